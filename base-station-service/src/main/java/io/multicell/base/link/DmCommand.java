package io.multicell.base.link;

import io.multicell.core.identity.Ipui;

/** A command the DM sends down the control stream. */
public sealed interface DmCommand {

    /** The base's current assignment and state. */
    record Assign(Assignment assignment) implements DmCommand {
    }

    /** Reboot now: every connection of the base is terminated. */
    record Reboot() implements DmCommand {
    }

    /** Switch the status LED display on or off. */
    record LedDisplay(boolean enabled) implements DmCommand {
    }

    /** Page a handset attached here; its answer goes back to the DM with {@code pageId}. */
    record PageHandset(Ipui ipui, String pageId) implements DmCommand {
    }

    /** Drop a handset's air stream (it was de-registered), telling it why. */
    record ReleaseHandset(Ipui ipui, String reason) implements DmCommand {
    }
}
