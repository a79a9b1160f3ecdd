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
    /**
     * Locked with a call id: the bearer stream of a call the DM told this base to expect. No attach procedure is
     * needed; after a handover the handset may still attach on it (it is then locked here).
     */
    BEARER,
    /** Stream over. */
    CLOSED;

    /** The states this one may be entered from. */
    public Set<SessionState> legalPrevious() {
        return switch (this) {
            case AWAITING_LOCK -> EnumSet.noneOf(SessionState.class);
            case LOCKED -> EnumSet.of(AWAITING_LOCK, REGISTERING, ATTACHING);
            case REGISTERING, ATTACHING -> EnumSet.of(LOCKED, ATTACHED, BEARER);
            case ATTACHED -> EnumSet.of(ATTACHING);
            case BEARER -> EnumSet.of(AWAITING_LOCK);
            case CLOSED -> EnumSet.of(AWAITING_LOCK, LOCKED, REGISTERING, ATTACHING, ATTACHED, BEARER);
        };
    }

    public boolean canFollow(SessionState previous) {
        return legalPrevious().contains(previous);
    }
}
