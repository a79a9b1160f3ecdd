package io.multicell.core.sync;

import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.FloorPosition;

/** A confirmed base as the admin configured it: identity, name, activation, sync settings and floor position. */
public record PlannedBase(MacAddress mac, String name, boolean activated, SyncSettings sync, FloorPosition position) {

    public static final int MAX_NAME_LENGTH = 32;

    public PlannedBase {
        if (mac == null) {
            throw new InvalidValueException("mac", "is required");
        }
        if (name == null || name.isBlank()) {
            name = mac.value();
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException("name", "must be at most 32 characters");
        }
        if (sync == null) {
            throw new InvalidValueException("sync", "is required");
        }
        if (position == null) {
            position = new FloorPosition(0, 0);
        }
    }
}
