package io.multicell.simulator.call;

/** A call state change the state machine does not allow: a bug, or a message out of order. */
public class IllegalCallTransitionException extends IllegalStateException {

    public IllegalCallTransitionException(String callId, CallState from, CallState to) {
        super("call " + callId + ": " + from + " -> " + to + " is not allowed; " + to + " follows only "
                + to.legalPrevious());
    }
}
