package io.multicell.core.identity;

import io.multicell.core.InvalidValueException;
import java.util.HexFormat;

/** Hardware address of a base station; canonical form is upper case with colons (7C:2F:80:00:00:01). */
public record MacAddress(String value) implements Comparable<MacAddress> {

    private static final String RULE = "must be 12 hex digits, e.g. 7C:2F:80:00:00:01";
    /** Prefix of the MACs the base-station-service derives from its instance number. */
    private static final String INSTANCE_PREFIX = "7C:2F:80:00:";

    public MacAddress {
        if (!isCanonical(value)) {
            throw new InvalidValueException("mac", RULE);
        }
    }

    /**
     * Accepts 7c2f80000001, 7C:2F:80:00:00:01 and 7C-2F-80-00-00-01. Every measurement a handset in a call reports
     * names its bases, so this runs hundreds of times a second in the DM: no regular expression, one pass.
     */
    public static MacAddress parse(String text) {
        if (text == null) {
            throw new InvalidValueException("mac", "is required");
        }
        String trimmed = text.strip();
        if (isCanonical(trimmed)) {
            return new MacAddress(trimmed);
        }
        var canonical = new StringBuilder(17);
        int digits = 0;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == ':' || c == '-') {
                continue;
            }
            char upper = Character.toUpperCase(c);
            if (!isHexDigit(upper) || digits == 12) {
                throw new InvalidValueException("mac", RULE);
            }
            if (digits > 0 && digits % 2 == 0) {
                canonical.append(':');
            }
            canonical.append(upper);
            digits++;
        }
        if (digits != 12) {
            throw new InvalidValueException("mac", RULE);
        }
        return new MacAddress(canonical.toString());
    }

    /** The default MAC of base-station-service instance n (1..65535). */
    public static MacAddress forInstance(int instance) {
        if (instance < 1 || instance > 0xFFFF) {
            throw new InvalidValueException("instance", "must be 1..65535");
        }
        String hex = HexFormat.of().withUpperCase().toHexDigits((short) instance);
        return new MacAddress(INSTANCE_PREFIX + hex.substring(0, 2) + ":" + hex.substring(2));
    }

    /** Upper-case hex pairs separated by colons: 7C:2F:80:00:00:01. */
    private static boolean isCanonical(String value) {
        if (value == null || value.length() != 17) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            char c = value.charAt(i);
            if (i % 3 == 2 ? c != ':' : !isHexDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
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
