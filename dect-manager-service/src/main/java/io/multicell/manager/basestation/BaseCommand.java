package io.multicell.manager.basestation;

/** Everything the DM sends down a base's control stream. */
public sealed interface BaseCommand {

    /** The base's current assignment and state. */
    record Assign(Assignment assignment) implements BaseCommand {
    }

    /** Reboot now: every connection of the base is terminated. */
    record Reboot() implements BaseCommand {
    }

    /** Switch the status LED display on or off. */
    record LedDisplay(boolean enabled) implements BaseCommand {
    }
}
