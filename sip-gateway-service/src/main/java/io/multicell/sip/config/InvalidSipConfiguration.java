package io.multicell.sip.config;

/** A configuration value breaks a rule of the manual; the configuration is refused whole. */
public class InvalidSipConfiguration extends RuntimeException {

    private final String field;
    private final String rule;

    public InvalidSipConfiguration(String field, String rule, String detail) {
        super(field + ": " + rule + " (" + detail + ")");
        this.field = field;
        this.rule = rule;
    }

    /** Path of the offending value, e.g. {@code profiles[id=2].proxy_port}. */
    public String field() {
        return field;
    }

    /** The rule it breaks, e.g. {@code 1..65535}. */
    public String rule() {
        return rule;
    }
}
