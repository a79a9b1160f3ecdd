package io.multicell.core.identity;

import io.multicell.core.InvalidValueException;

/** Radio Fixed Part Identity = PARI + RPN: the unique name of a base on the air, shown as 10 hex digits. */
public record Rfpi(Pari pari, Rpn rpn) {

    public static Rfpi parse(String text) {
        if (text == null || !text.trim().matches("[0-9a-fA-F]{10}")) {
            throw new InvalidValueException("rfpi", "must be 10 hex digits");
        }
        String hex = text.trim();
        return new Rfpi(Pari.parse(hex.substring(0, 8)), new Rpn(Integer.parseInt(hex.substring(8), 16)));
    }

    @Override
    public String toString() {
        return pari.toString() + rpn.toString();
    }
}
