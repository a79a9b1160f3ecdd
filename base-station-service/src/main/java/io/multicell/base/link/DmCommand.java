package io.multicell.base.link;

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
}
