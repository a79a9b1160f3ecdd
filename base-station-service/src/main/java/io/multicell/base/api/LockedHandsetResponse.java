package io.multicell.base.api;

import io.multicell.base.air.HandsetView;
import java.time.Instant;

/**
 * One entry of GET /api/v1/base-station/handsets: a handset locked to this base.
 *
 * @param state LOCKED, REGISTERING, ATTACHING or ATTACHED
 * @param since when it entered that state
 */
public record LockedHandsetResponse(String ipui, String state, double rssiDbm, String model, String firmware,
        Instant since) {

    static LockedHandsetResponse of(HandsetView view) {
        return new LockedHandsetResponse(view.ipui(), view.state().name(), view.rssiDbm(), view.model(), view.firmware(),
                view.since());
    }
}
