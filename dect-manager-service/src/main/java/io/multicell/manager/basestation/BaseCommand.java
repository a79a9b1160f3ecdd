package io.multicell.manager.basestation;

import io.multicell.core.identity.Ipui;

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

    /** Page a handset through this base; the handset echoes the page id. */
    record Page(Ipui ipui, String pageId) implements BaseCommand {
    }

    /** Drop a handset's air stream (it was de-registered). */
    record ReleaseHandset(Ipui ipui, String reason) implements BaseCommand {
    }
}
