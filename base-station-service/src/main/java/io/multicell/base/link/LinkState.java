package io.multicell.base.link;

import java.util.EnumSet;
import java.util.Set;

/** State of the base's control link to its DECT manager. */
public enum LinkState {
    /** No stream: waiting for the next connection attempt. */
    DISCONNECTED,
    /** Stream opened and Hello sent; the DM has not answered yet. */
    CONNECTING,
    /** The DM answered on the stream: commands flow down, heartbeats up. */
    CONNECTED,
    /** A Reboot command closed the stream; the base is off the air until it starts again. */
    REBOOTING;

    /** The states this one may be entered from. */
    public Set<LinkState> legalPrevious() {
        return switch (this) {
            case DISCONNECTED -> EnumSet.of(CONNECTING, CONNECTED);
            case CONNECTING -> EnumSet.of(DISCONNECTED, REBOOTING);
            case CONNECTED -> EnumSet.of(CONNECTING);
            case REBOOTING -> EnumSet.of(CONNECTED);
        };
    }

    public boolean canFollow(LinkState previous) {
        return legalPrevious().contains(previous);
    }
}
