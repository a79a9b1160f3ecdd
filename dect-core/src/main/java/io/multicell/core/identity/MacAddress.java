package io.multicell.core.identity;

import io.multicell.core.InvalidValueException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Hardware address of a base station; canonical form is upper case with colons (7C:2F:80:00:00:01). */
public record MacAddress(String value) implements Comparable<MacAddress> {

    private static final Pattern CANONICAL = Pattern.compile("([0-9A-F]{2}:){5}[0-9A-F]{2}");
    /** Prefix of the MACs the base-station-service derives from its instance number. */
    private static final String INSTANCE_PREFIX = "7C:2F:80:00:";

    public MacAddress {
        if (value == null || !CANONICAL.matcher(value).matches()) {
            throw new InvalidValueException("mac", "must be 12 hex digits, e.g. 7C:2F:80:00:00:01");
        }
    }

    /** Accepts 7c2f80000001, 7C:2F:80:00:00:01 and 7C-2F-80-00-00-01. */
    public static MacAddress parse(String text) {
        if (text == null) {
            throw new InvalidValueException("mac", "is required");
        }
        String hex = text.trim().replace(":", "").replace("-", "").toUpperCase();
        if (!hex.matches("[0-9A-F]{12}")) {
            throw new InvalidValueException("mac", "must be 12 hex digits, e.g. 7C:2F:80:00:00:01");
        }
        var sb = new StringBuilder(17);
        for (int i = 0; i < 12; i += 2) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(hex, i, i + 2);
        }
        return new MacAddress(sb.toString());
    }

    /** The default MAC of base-station-service instance n (1..65535). */
    public static MacAddress forInstance(int instance) {
        if (instance < 1 || instance > 0xFFFF) {
            throw new InvalidValueException("instance", "must be 1..65535");
        }
        String hex = HexFormat.of().withUpperCase().toHexDigits((short) instance);
        return new MacAddress(INSTANCE_PREFIX + hex.substring(0, 2) + ":" + hex.substring(2));
    }

    @Override
    public int compareTo(MacAddress other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
