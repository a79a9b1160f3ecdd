package io.multicell.base.call;

/** States of a call as the handset sees them (CallProgress). */
public enum CallState {
    UNSPECIFIED,
    /** The network accepted the setup and is calling. */
    PROCEEDING,
    /** The far end rings. */
    RINGBACK,
    /** Voice flows. */
    CONNECTED
}
