package io.multicell.base.air;

/** A move of a handset session that its rules do not allow: a bug in the relay, never input. */
public class IllegalSessionTransitionException extends IllegalStateException {

    public IllegalSessionTransitionException(SessionState from, SessionState to) {
        super("illegal handset session transition " + from + " -> " + to + "; " + to + " may only follow "
                + to.legalPrevious());
    }
}
