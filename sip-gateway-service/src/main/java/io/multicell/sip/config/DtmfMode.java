package io.multicell.sip.config;

/**
 * "DTMF over VoIP connections" of a profile: how a handset's key presses reach the far end and the far end's digits
 * reach the handset.
 */
public enum DtmfMode {
    /**
     * The manual's automatic negotiation, per call: RFC 2833 when the peer's SDP has telephone-event, else SIP INFO
     * (application/dtmf-relay) when the peer allows INFO, else audio.
     */
    AUTOMATIC,
    /** In the speech channel: no telephone-event offered or answered, no INFO sent. */
    AUDIO,
    /** RFC 2833 / 4733 telephone-event packets in the RTP stream. */
    RFC2833,
    /** SIP INFO requests with an application/dtmf-relay body. */
    SIP_INFO;

    /** Whether the gateway offers (or answers) telephone-event in its SDP. */
    public boolean offersTelephoneEvent() {
        return this == AUTOMATIC || this == RFC2833;
    }
}
