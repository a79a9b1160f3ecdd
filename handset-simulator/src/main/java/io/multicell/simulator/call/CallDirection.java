package io.multicell.simulator.call;

/** Who set the call up. */
public enum CallDirection {
    /** A call for the handset (it rang). */
    INCOMING,
    /** The handset dialled. */
    OUTGOING
}
