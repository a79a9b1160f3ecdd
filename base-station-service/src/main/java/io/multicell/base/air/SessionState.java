package io.multicell.base.air;

import java.util.EnumSet;
import java.util.Set;

/** State of one handset's air stream at this base. */
public enum SessionState {
    /** Stream open; the first uplink must be Lock. */
    AWAITING_LOCK,
    /** Locked here, not attached, no procedure running. */
    LOCKED,
    /** Access rights (registration) relayed to the DM and not finished. */
    REGISTERING,
    /** Location registration (attach) relayed to the DM and not finished. */
    ATTACHING,
    /** Attached here: the DM located the handset at this base. */
    ATTACHED,
    /** Stream over. */
    CLOSED;

    /** The states this one may be entered from. */
    public Set<SessionState> legalPrevious() {
        return switch (this) {
            case AWAITING_LOCK -> EnumSet.noneOf(SessionState.class);
            case LOCKED -> EnumSet.of(AWAITING_LOCK, REGISTERING, ATTACHING);
            case REGISTERING, ATTACHING -> EnumSet.of(LOCKED, ATTACHED);
            case ATTACHED -> EnumSet.of(ATTACHING);
            case CLOSED -> EnumSet.of(AWAITING_LOCK, LOCKED, REGISTERING, ATTACHING, ATTACHED);
        };
    }

    public boolean canFollow(SessionState previous) {
        return legalPrevious().contains(previous);
    }
}
