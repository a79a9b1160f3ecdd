package io.multicell.integrator.api;

import io.multicell.core.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The If-Match request header of RFC 9110 (section 13.1.1): "*" or a list of entity tags. Tags are compared strongly
 * (a weak tag W/"..." never matches), as the RFC requires for If-Match.
 */
public record IfMatch(boolean any, List<String> strongTags) {

    public static final String HEADER = "If-Match";
    private static final Pattern TAG = Pattern.compile("\\s*(W/)?(\"[\\x21\\x23-\\x7E\\x80-\\xFF]*\")\\s*(,|$)");

    /** The header's value, or {@code null} when the request has none (then every PUT goes ahead, as before). */
    public static IfMatch parse(String header) {
        if (header == null) {
            return null;
        }
        if (header.strip().equals("*")) {
            return new IfMatch(true, List.of());
        }
        var tags = new ArrayList<String>();
        Matcher m = TAG.matcher(header);
        int at = 0;
        while (at < header.length() && m.find(at) && m.start() == at) {
            if (m.group(1) == null) {
                tags.add(m.group(2));
            }
            at = m.end();
            if (m.group(3).isEmpty()) {
                break;
            }
        }
        if (at < header.length() || header.isBlank()) {
            throw new InvalidValueException(HEADER, "must be * or entity tags in double quotes separated by commas, "
                    + "e.g. \"3q2-7w\" as the GET answered in ETag");
        }
        return new IfMatch(false, List.copyOf(tags));
    }

    /** Whether the stored version {@code current} (a strong ETag with its quotes) satisfies the header. */
    public boolean matches(String current) {
        return any || strongTags.contains(current);
    }
}
