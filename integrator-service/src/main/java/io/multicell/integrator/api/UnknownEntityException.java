package io.multicell.integrator.api;

/** The request names something that does not exist (HTTP 404). */
public class UnknownEntityException extends RuntimeException {

    private final String field;
    private final String rule;

    public UnknownEntityException(String field, String rule) {
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
