package io.multicell.integrator.api;

import io.multicell.core.InvalidValueException;
import java.util.regex.Pattern;

/** The manual's recurring value rules for text and numbers, each failing with the field and the rule it breaks. */
public final class TextRules {

    /** The manual's limit for addresses, names and credentials of the telephony pages. */
    public static final int MAX_TEXT = 74;
    private static final Pattern SERVER_ADDRESS = Pattern.compile("[0-9a-zA-Z._-]*");

    private TextRules() {
    }

    /** Proxy, registrar, outbound proxy, domain: "max. 74 characters, 0 - 9, a - z, A - Z, -, ., _". */
    public static String serverAddress(String field, String text) {
        String value = text == null ? "" : text.strip();
        if (value.length() > MAX_TEXT || !SERVER_ADDRESS.matcher(value).matches()) {
            throw new InvalidValueException(field, "must be at most " + MAX_TEXT + " characters of 0-9 a-z A-Z - . _");
        }
        return value;
    }

    /** Free text up to {@code max} characters; control characters would end up in SIP headers and displays. */
    public static String text(String field, String text, int max) {
        String value = text == null ? "" : text;
        if (value.length() > max) {
            throw new InvalidValueException(field, "must be at most " + max + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(field, "must not contain control characters");
        }
        return value;
    }

    /** Authentication name, username: "max. 74 characters, no spaces allowed". */
    public static String noSpaces(String field, String text) {
        // Tabs and line breaks are spaces to a person reading the rule, so this rule comes first.
        if (text != null && text.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidValueException(field, "must not contain spaces");
        }
        return text(field, text, MAX_TEXT);
    }

    /** Digits only, at most {@code max} of them (prefixes and area codes). */
    public static String digits(String field, String text, int max) {
        String value = text == null ? "" : text.strip();
        if (value.length() > max || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException(field, "must be at most " + max + " digits (0-9)");
        }
        return value;
    }

    public static int range(String field, int value, int min, int max, String unit) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, "must be " + min + ".." + max + unit);
        }
        return value;
    }

    /** A SIP or RTP port, or any other "Range: 1-65535". */
    public static int port(String field, int value) {
        return range(field, value, 1, 65535, "");
    }
}
