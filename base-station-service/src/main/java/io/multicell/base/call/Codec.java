package io.multicell.base.call;

/** Audio codec of a call's voice frames; the base carries the payload without decoding it. */
public enum Codec {
    UNSPECIFIED,
    /** G.711 A-law. */
    PCMA,
    /** G.711 µ-law. */
    PCMU,
    /** G.722 wideband: a base carrying one takes fewer calls. */
    G722;

    public boolean wideband() {
        return this == G722;
    }
}
