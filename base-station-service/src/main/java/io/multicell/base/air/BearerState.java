package io.multicell.base.air;

import java.util.EnumSet;
import java.util.Set;

/** State of one call bearer at this base. */
public enum BearerState {
    /** Channel reserved (ExpectBearer): the handset's bearer stream has not arrived yet. */
    RESERVED,
    /** An air stream carries the call here (the handset's lock stream or a bearer stream). */
    CARRIED,
    /** Released (call released, handover done, stream lost); the channel is free again. */
    RELEASED;

    /** The states this one may be entered from. */
    public Set<BearerState> legalPrevious() {
        return switch (this) {
            case RESERVED -> EnumSet.noneOf(BearerState.class);
            case CARRIED -> EnumSet.of(RESERVED);
            case RELEASED -> EnumSet.of(RESERVED, CARRIED);
        };
    }

    public boolean canFollow(BearerState previous) {
        return legalPrevious().contains(previous);
    }
}
