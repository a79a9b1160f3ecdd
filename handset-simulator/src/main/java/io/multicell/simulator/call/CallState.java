package io.multicell.simulator.call;

import java.util.EnumSet;
import java.util.Set;

/** State of a handset's call, as its display would show it. */
public enum CallState {
    /** No call since the handset was switched on. */
    IDLE,
    /** The handset sent its call setup; the network has not answered yet. */
    DIALLING,
    /** The network accepted the setup and is calling the far end. */
    PROCEEDING,
    /** The far end rings (ringback tone). */
    RINGBACK,
    /** A call for this handset rings (also after it answered, until the network connects it). */
    RINGING,
    /** Voice flows. */
    CONNECTED,
    /** The call ended; the release cause says why. Stays until the next call. */
    RELEASED;

    /** The states this one may be entered from. */
    public Set<CallState> legalPrevious() {
        return switch (this) {
            case IDLE -> EnumSet.noneOf(CallState.class);
            case DIALLING, RINGING -> EnumSet.of(IDLE, RELEASED);
            case PROCEEDING -> EnumSet.of(DIALLING);
            case RINGBACK -> EnumSet.of(DIALLING, PROCEEDING);
            case CONNECTED -> EnumSet.of(DIALLING, PROCEEDING, RINGBACK, RINGING);
            case RELEASED -> EnumSet.of(DIALLING, PROCEEDING, RINGBACK, RINGING, CONNECTED);
        };
    }

    public boolean canFollow(CallState previous) {
        return legalPrevious().contains(previous);
    }

    /** A call is in progress: the handset is busy for another one and does not roam by itself. */
    public boolean active() {
        return this != IDLE && this != RELEASED;
    }
}
