package io.multicell.base.link;

/** A move of the link state machine that its rules do not allow: a bug in the caller, never input. */
public class IllegalLinkTransitionException extends IllegalStateException {

    public IllegalLinkTransitionException(LinkState from, LinkState to) {
        super("illegal link transition " + from + " -> " + to + "; " + to + " may only follow " + to.legalPrevious());
    }
}
