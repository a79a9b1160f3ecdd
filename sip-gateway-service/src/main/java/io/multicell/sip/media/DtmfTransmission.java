package io.multicell.sip.media;

import java.util.OptionalInt;

import io.multicell.sip.config.DtmfMode;

/**
 * How the digits of one call travel, settled when the call connects from the profile's DTMF mode and what the peer
 * showed: telephone-event in its SDP, INFO in its Allow header.
 *
 * @param payloadType the agreed telephone-event payload type (RFC 2833 only, else -1)
 */
public record DtmfTransmission(Kind kind, int payloadType) {

    /** The three ways of the manual's "DTMF over VoIP connections". */
    public enum Kind {
        /** In-band: the gateway sends and takes no digit of its own (key presses of the handset are not relayed). */
        AUDIO,
        /** RFC 2833 / 4733 telephone-event packets. */
        RFC2833,
        /** SIP INFO, application/dtmf-relay. */
        SIP_INFO
    }

    public static final DtmfTransmission AUDIO = new DtmfTransmission(Kind.AUDIO, -1);

    public static DtmfTransmission rfc2833(int payloadType) {
        return new DtmfTransmission(Kind.RFC2833, payloadType);
    }

    public static final DtmfTransmission SIP_INFO = new DtmfTransmission(Kind.SIP_INFO, -1);

    /**
     * The way for a call. Automatic: RFC 2833 when the peer's SDP has telephone-event, else SIP INFO when the peer allows
     * INFO, else audio (the manual's order). RFC 2833 set but not in the peer's SDP: audio (the peer takes no event).
     */
    public static DtmfTransmission negotiate(DtmfMode mode, OptionalInt peerTelephoneEvent, boolean peerAllowsInfo) {
        return switch (mode) {
            case AUDIO -> AUDIO;
            case SIP_INFO -> SIP_INFO;
            case RFC2833 -> peerTelephoneEvent.isPresent() ? rfc2833(peerTelephoneEvent.getAsInt()) : AUDIO;
            case AUTOMATIC -> peerTelephoneEvent.isPresent() ? rfc2833(peerTelephoneEvent.getAsInt())
                    : peerAllowsInfo ? SIP_INFO : AUDIO;
        };
    }

    /** The telephone-event payload type for RTP, when digits travel as RFC 2833 events. */
    public OptionalInt telephoneEvent() {
        return kind == Kind.RFC2833 ? OptionalInt.of(payloadType) : OptionalInt.empty();
    }
}
