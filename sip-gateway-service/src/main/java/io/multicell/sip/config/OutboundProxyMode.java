package io.multicell.sip.config;

/** Outbound proxy mode of a profile: Always sends every request to the outbound proxy, Never does not use it. */
public enum OutboundProxyMode {
    ALWAYS,
    NEVER
}
