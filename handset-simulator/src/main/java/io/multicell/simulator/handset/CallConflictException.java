package io.multicell.simulator.handset;

/** A call action the handset's state does not allow now (dial while not attached or in a call, answer while not ringing). */
public class CallConflictException extends RuntimeException {

    private final String field;
    private final String rule;

    public CallConflictException(String field, String rule, String message) {
        super(message);
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
