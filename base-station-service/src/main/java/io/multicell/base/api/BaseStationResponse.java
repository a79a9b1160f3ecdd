package io.multicell.base.api;

import io.multicell.base.link.Assignment;
import io.multicell.base.link.BaseStationSnapshot;
import io.multicell.core.identity.Rfpi;
import io.multicell.core.identity.Rpn;
import java.time.Instant;

/**
 * GET /api/v1/base-station: the base as it sees itself.
 *
 * @param linkState      DISCONNECTED, CONNECTING, CONNECTED or REBOOTING
 * @param rpn            null until assigned
 * @param rfpi           10 hex digits; null until assigned
 * @param status         as the DM last said (OFFLINE, DEACTIVATED, NO_SYNC, SYNC, SYNC_OVERLOAD); null before
 * @param connectedSince null while not connected
 * @param airEndpoint    host:port of the AirInterface handsets connect to
 * @param inService      true while the last assignment lets the base carry handsets (status SYNC or SYNC_OVERLOAD)
 */
public record BaseStationResponse(
        String mac,
        String linkState,
        boolean assigned,
        Integer rpn,
        String rfpi,
        String name,
        String status,
        String syncSourceRfpi,
        boolean ledDisplay,
        Position position,
        Instant connectedSince,
        String airEndpoint,
        boolean inService) {

    /** Where the base is installed on the floor plan, in metres. */
    public record Position(double x, double y) {
    }

    static BaseStationResponse of(BaseStationSnapshot base, String airEndpoint, boolean inService) {
        var assignment = base.assignment();
        return new BaseStationResponse(
                base.mac().value(),
                base.linkState().name(),
                assignment.map(Assignment::assigned).orElse(false),
                assignment.flatMap(Assignment::rpn).map(Rpn::value).orElse(null),
                assignment.flatMap(Assignment::rfpi).map(Rfpi::toString).orElse(null),
                assignment.map(Assignment::name).orElse(null),
                assignment.flatMap(Assignment::status).map(Enum::name).orElse(null),
                assignment.flatMap(Assignment::syncSource).map(Rfpi::toString).orElse(null),
                base.ledDisplay(),
                new Position(base.position().x(), base.position().y()),
                base.connectedSince().orElse(null),
                airEndpoint,
                inService);
    }
}
