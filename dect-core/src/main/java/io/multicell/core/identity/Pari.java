package io.multicell.core.identity;

import io.multicell.core.InvalidValueException;
import java.util.random.RandomGenerator;

/** Primary Access Rights Identity: the system id every base of the DECT network shares (32 bits, 8 hex digits). */
public record Pari(long value) {

    public Pari {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new InvalidValueException("pari", "must be 8 hex digits");
        }
    }

    public static Pari parse(String text) {
        if (text == null || !text.trim().matches("[0-9a-fA-F]{8}")) {
            throw new InvalidValueException("pari", "must be 8 hex digits");
        }
        return new Pari(Long.parseLong(text.trim(), 16));
    }

    /** A fresh system identity, drawn once when a DM first starts. */
    public static Pari random(RandomGenerator random) {
        return new Pari(random.nextLong(0x1000_0000L, 0x1_0000_0000L));
    }

    @Override
    public String toString() {
        return String.format("%08X", value);
    }
}
