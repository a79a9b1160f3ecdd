package io.multicell.core.sync;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.FloorPosition;

/** What the resolver needs to know of one confirmed base: its plan entry and whether its control link is up. */
public record SyncCandidate(PlannedBase base, boolean online) {

    public MacAddress mac() {
        return base.mac();
    }

    public SyncSettings sync() {
        return base.sync();
    }

    public FloorPosition position() {
        return base.position();
    }
}
