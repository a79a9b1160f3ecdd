package io.multicell.integrator.system.time;

import io.multicell.core.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The manual's "Time server": "Multiple time servers can be entered separated by commas. Value: max. 255 characters".
 * Each one is a host name or an IPv4 address; the canonical text has no spaces around the commas.
 */
public final class TimeServers {

    public static final int MAX_LENGTH = 255;
    /** The common public servers preset on delivery. */
    public static final String PRESET = "europe.pool.ntp.org,pool.ntp.org";
    private static final Pattern HOST = Pattern.compile(
            "(?=.{1,253}$)[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*");

    private TimeServers() {
    }

    /** The servers of {@code text} in their order, checked; empty text is an empty list (no time server). */
    public static List<String> parse(String field, String text) {
        String value = text == null ? "" : text.strip();
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(field, "must be at most " + MAX_LENGTH + " characters");
        }
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> servers = Arrays.stream(value.split(",", -1)).map(String::strip).toList();
        for (String server : servers) {
            if (!HOST.matcher(server).matches()) {
                throw new InvalidValueException(field, "must be host names or IPv4 addresses separated by commas ("
                        + (server.isEmpty() ? "an empty entry" : "'" + server + "'") + " is neither)");
            }
        }
        return servers;
    }

    public static String canonical(String field, String text) {
        return String.join(",", parse(field, text));
    }
}
