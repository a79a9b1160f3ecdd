package io.multicell.manager.calls;

/** Progress of a call towards the handset (CallProgressCommand). */
public enum Progress {
    PROCEEDING,
    RINGBACK,
    CONNECTED
}
