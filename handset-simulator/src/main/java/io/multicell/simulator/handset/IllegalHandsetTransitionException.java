package io.multicell.simulator.handset;

/** A move of a handset's state machine that its rules do not allow: a bug in the engine, never input. */
public class IllegalHandsetTransitionException extends IllegalStateException {

    public IllegalHandsetTransitionException(String handset, HandsetState from, HandsetState to) {
        super("handset " + handset + ": illegal transition " + from + " -> " + to + "; " + to + " may only follow "
                + to.legalPrevious());
    }
}
