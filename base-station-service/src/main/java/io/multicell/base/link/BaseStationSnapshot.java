package io.multicell.base.link;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.FloorPosition;
import java.time.Instant;
import java.util.Optional;

/**
 * Immutable picture of the base as its link thread last left it; safe to read from any thread.
 *
 * @param assignment     empty until the DM sent one on the current power cycle
 * @param connectedSince when the current stream became CONNECTED; empty when not connected
 * @param reconnects     connection attempts after the first one of this process
 * @param connectionDrops how often a connected control stream broke (the manual's "Conn. drops")
 */
public record BaseStationSnapshot(
        MacAddress mac,
        FloorPosition position,
        LinkState linkState,
        Optional<Assignment> assignment,
        boolean ledDisplay,
        Optional<Instant> connectedSince,
        long reconnects,
        long connectionDrops) {
}
