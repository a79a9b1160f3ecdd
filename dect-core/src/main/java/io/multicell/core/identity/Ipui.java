package io.multicell.core.identity;

import io.multicell.core.InvalidValueException;
import java.util.Locale;

/** International Portable User Identity of a handset (IPUI-N: 10 hex digits, EMC + PSN). */
public record Ipui(String value) {

    public Ipui {
        if (value == null || !value.matches("[0-9A-F]{10}")) {
            throw new InvalidValueException("ipui", "must be 10 hex digits");
        }
    }

    public static Ipui parse(String text) {
        if (text == null) {
            throw new InvalidValueException("ipui", "is required");
        }
        return new Ipui(text.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
