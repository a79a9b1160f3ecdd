package io.multicell.core.identity;

import io.multicell.core.InvalidValueException;

/**
 * Radio Fixed Part Number: identifies a base on the air and enumerates it within its DECT manager.
 * The two most significant bits are the RPN group of the DM.
 */
public record Rpn(int value) {

    /** Bases one RPN group can number. */
    public static final int PER_GROUP = 64;

    public Rpn {
        if (value < 0 || value > 255) {
            throw new InvalidValueException("rpn", "must be 0..255");
        }
    }

    public static Rpn of(int group, int index) {
        if (group < 0 || group > 3) {
            throw new InvalidValueException("rpnGroup", "must be 0..3");
        }
        if (index < 0 || index >= PER_GROUP) {
            throw new InvalidValueException("rpn", "RPN group " + group + " is full (" + PER_GROUP + " bases)");
        }
        return new Rpn(group << 6 | index);
    }

    public int group() {
        return value >> 6;
    }

    public int index() {
        return value & 0x3F;
    }

    @Override
    public String toString() {
        return String.format("%02X", value);
    }
}
