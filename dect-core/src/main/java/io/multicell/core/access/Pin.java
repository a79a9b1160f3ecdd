package io.multicell.core.access;

import io.multicell.core.InvalidValueException;
import java.util.random.RandomGenerator;

/** Authentication code (PIN) of a handset entry: exactly 4 digits. toString never reveals it. */
public final class Pin {

    private final String digits;

    private Pin(String digits) {
        this.digits = digits;
    }

    public static Pin parse(String text) {
        if (text == null || !text.matches("[0-9]{4}")) {
            throw new InvalidValueException("pin", "must be exactly 4 digits");
        }
        return new Pin(text);
    }

    /** "Generate random PIN" of the manual. */
    public static Pin random(RandomGenerator random) {
        return new Pin(String.format("%04d", random.nextInt(10_000)));
    }

    /** The digits, for storing in the configuration of record and for the key derivation only. */
    public String digits() {
        return digits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pin other && java.security.MessageDigest.isEqual(digits.getBytes(), other.digits.getBytes());
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "Pin[****]";
    }
}
