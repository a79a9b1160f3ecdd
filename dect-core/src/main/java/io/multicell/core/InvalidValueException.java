package io.multicell.core;

/** Input that breaks a rule of the manual; names the field and the rule so callers can answer 400 / INVALID_ARGUMENT. */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;
    private final String rule;

    public InvalidValueException(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    /** The same violation reported under a field path of an enclosing object (e.g. "baseStations[7C:..].name"). */
    public InvalidValueException under(String prefix) {
        return new InvalidValueException(prefix + "." + field, rule);
    }
}
