package io.multicell.integrator.basestation;

import io.multicell.integrator.dm.LiveBaseStation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of the pending list: a base the DM recognised that the admin has not confirmed. */
@Schema(name = "PendingBaseStation", description = "A recognised base station waiting to be confirmed")
public record PendingBaseStationView(
        @Schema(examples = "7C:2F:80:00:00:02") String mac,
        String ipAddress,
        String firmware,
        @Schema(description = "Where the base reported to be installed") Position position,
        @Schema(description = "The base co-located with the DECT manager") boolean local) {

    public static PendingBaseStationView of(LiveBaseStation live) {
        return new PendingBaseStationView(live.mac().value(), live.ipAddress(), live.firmware(),
                Position.of(live.reportedPosition()), live.local());
    }
}
