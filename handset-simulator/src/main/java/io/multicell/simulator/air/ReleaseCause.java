package io.multicell.simulator.air;

/** Why a call ends; the same causes in every direction (AirInterface ReleaseCause). */
public enum ReleaseCause {
    /** A party hung up. */
    NORMAL,
    /** The called handset (or far end) is busy. */
    BUSY,
    /** The handset could not be reached. */
    UNREACHABLE,
    /** The called party rejected the call. */
    DECLINED,
    /** Nobody answered in time. */
    NO_ANSWER,
    /** The caller cancelled while it was ringing. */
    CANCELLED,
    /** No base the handset hears has a free channel. */
    NO_CHANNEL,
    /** The radio link was lost mid-call: a call drop. */
    LINK_LOST,
    /** The SIP side failed, or the network did not answer a call setup. */
    NETWORK_FAILURE,
    /** A cause this simulator does not know (a newer network). */
    UNSPECIFIED
}
