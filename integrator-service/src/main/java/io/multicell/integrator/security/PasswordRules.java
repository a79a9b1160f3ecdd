package io.multicell.integrator.security;

import io.multicell.core.InvalidValueException;

/**
 * The manual's rules for a web configurator password ("Logging in the first time"): at least one upper-case character,
 * at least one number, at least one special character, from 8 to 74 characters; the repeat must match.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 74;

    public static final String LENGTH = "must be from 8 to 74 characters";
    public static final String UPPER_CASE = "must contain at least one upper-case character";
    public static final String NUMBER = "must contain at least one number";
    public static final String SPECIAL = "must contain at least one special character";
    public static final String REPEAT = "must be the same as the new password";

    private PasswordRules() {
    }

    /** Throws for the first rule broken, naming {@code field} (or {@code repeatField} when only the repeat differs). */
    public static void check(String field, String password, String repeatField, String repeat) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new InvalidValueException(field, LENGTH);
        }
        if (password.chars().noneMatch(Character::isUpperCase)) {
            throw new InvalidValueException(field, UPPER_CASE);
        }
        if (password.chars().noneMatch(Character::isDigit)) {
            throw new InvalidValueException(field, NUMBER);
        }
        // Special: anything that is neither a letter nor a digit (punctuation, symbols, spaces).
        if (password.chars().allMatch(Character::isLetterOrDigit)) {
            throw new InvalidValueException(field, SPECIAL);
        }
        if (!password.equals(repeat)) {
            throw new InvalidValueException(repeatField, REPEAT);
        }
    }
}
