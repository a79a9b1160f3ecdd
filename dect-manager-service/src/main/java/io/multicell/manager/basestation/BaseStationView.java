package io.multicell.manager.basestation;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Rfpi;
import io.multicell.core.identity.Rpn;
import io.multicell.core.radio.FloorPosition;
import io.multicell.core.sync.BaseStationStatus;
import java.util.Optional;

/**
 * Live state of one base as ListBaseStations shows it.
 *
 * @param syncSourceRssiDbm 0 when the base has no over-the-air source
 * @param reportedPosition  from the Hello of the open stream; empty when the base is not connected
 * @param airEndpoint       host:port of the base's AirInterface from its last Hello; empty when never reported
 * @param position          where the base is on the floor plan now: the plan's position, else the reported one
 * @param attachedHandsets  handsets reachable at this base now
 */
public record BaseStationView(
        MacAddress mac,
        String name,
        boolean assigned,
        boolean online,
        String firmware,
        String ipAddress,
        Optional<Rpn> rpn,
        Optional<Rfpi> rfpi,
        BaseStationStatus status,
        String syncType,
        Optional<MacAddress> syncSourceMac,
        Optional<Rfpi> syncSourceRfpi,
        String reference,
        double syncSourceRssiDbm,
        Optional<FloorPosition> reportedPosition,
        boolean local,
        int effectiveSyncLevel,
        String airEndpoint,
        Optional<FloorPosition> position,
        int attachedHandsets) {
}
