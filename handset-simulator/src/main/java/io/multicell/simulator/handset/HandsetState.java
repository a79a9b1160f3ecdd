package io.multicell.simulator.handset;

import java.util.EnumSet;
import java.util.Set;

/** State of one virtual handset. */
public enum HandsetState {
    /** No base in service is heard above the handset's sensitivity: not reachable. */
    OUT_OF_RANGE,
    /** A base is heard; the air stream to it is being opened (or re-opened after the base ended it). */
    LOCKING,
    /** Locked, without access rights: it holds no key, or its registration was refused. */
    LOCKED_UNREGISTERED,
    /** Access rights (registration with a PIN) requested at the locked base. */
    REGISTERING,
    /** Location registration (attach) requested at the locked base. */
    ATTACHING,
    /** Attached at the locked base: the network can page it. */
    ATTACHED,
    /** Holds a key but its attach was refused (de-registered, DM away): it tries again later. */
    REFUSED;

    /** The states this one may be entered from. */
    public Set<HandsetState> legalPrevious() {
        return switch (this) {
            case OUT_OF_RANGE -> EnumSet.of(LOCKING, LOCKED_UNREGISTERED, REGISTERING, ATTACHING, ATTACHED, REFUSED);
            case LOCKING -> EnumSet.of(OUT_OF_RANGE, LOCKED_UNREGISTERED, REGISTERING, ATTACHING, ATTACHED, REFUSED);
            case LOCKED_UNREGISTERED -> EnumSet.of(REGISTERING, ATTACHING);
            case REGISTERING -> EnumSet.of(LOCKING, LOCKED_UNREGISTERED, ATTACHED, REFUSED);
            case ATTACHING -> EnumSet.of(LOCKING, REGISTERING, REFUSED);
            case ATTACHED -> EnumSet.of(ATTACHING);
            case REFUSED -> EnumSet.of(ATTACHING, ATTACHED);
        };
    }

    public boolean canFollow(HandsetState previous) {
        return legalPrevious().contains(previous);
    }

    /** An air stream to a base is open in this state. */
    public boolean hasStream() {
        return this != OUT_OF_RANGE && this != LOCKING;
    }
}
