package io.multicell.integrator.diagnostics;

import io.multicell.core.InvalidValueException;
import java.util.Locale;

/**
 * The options of Status > Incidents > Diagnostics beyond the standard set. Core dump and Ram dump are not options here:
 * no service of this system writes core dumps and there is no CSS co-processor (docs/web-configurator.md).
 *
 * @param saveSettings the complete configuration file of Save and restore (the manual's default: on)
 * @param lastIncident every detail of the newest incident ("Last incident sysdump")
 */
public record DiagnosticOptions(boolean saveSettings, boolean lastIncident) {

    /** From query parameters: absent takes the manual's default (Save settings on, Last incident off). */
    public static DiagnosticOptions parse(String saveSettings, String lastIncident) {
        return new DiagnosticOptions(flag("saveSettings", saveSettings, true), flag("lastIncident", lastIncident, false));
    }

    private static boolean flag(String field, String value, boolean absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidValueException(field, "must be true or false");
        };
    }
}
