package io.multicell.simulator.air;

/** How far a call has come, as the network tells the handset (AirInterface CallState). */
public enum ProgressState {
    /** The network accepted the setup and is calling. */
    PROCEEDING,
    /** The far end rings. */
    RINGBACK,
    /** Connected: voice flows. */
    CONNECTED
}
