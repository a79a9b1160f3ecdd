package io.multicell.simulator.air;

/** Audio codec of a call's voice frames, as the network chose it. */
public enum Codec {
    /** G.711 A-law: the simulator's default when the network names none. */
    PCMA,
    /** G.711 µ-law. */
    PCMU,
    /** G.722 wideband: carried, not decoded (the simulator's test signal is sent A-law coded under this label). */
    G722
}
