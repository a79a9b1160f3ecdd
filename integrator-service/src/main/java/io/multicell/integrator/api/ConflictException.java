package io.multicell.integrator.api;

/** The request is well formed but the current state forbids it (HTTP 409). */
public class ConflictException extends RuntimeException {

    private final String field;
    private final String rule;

    public ConflictException(String field, String rule) {
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
}
