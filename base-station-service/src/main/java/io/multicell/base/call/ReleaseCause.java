package io.multicell.base.call;

/** Why a call ends; the same causes in every direction (air, link, SIP gateway). */
public enum ReleaseCause {
    UNSPECIFIED,
    NORMAL,
    BUSY,
    UNREACHABLE,
    DECLINED,
    NO_ANSWER,
    CANCELLED,
    NO_CHANNEL,
    LINK_LOST,
    NETWORK_FAILURE
}
