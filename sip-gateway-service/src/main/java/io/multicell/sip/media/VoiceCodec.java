package io.multicell.sip.media;

import java.util.Optional;

import io.multicell.proto.media.v1.Codec;

/**
 * A codec the gateway carries on calls, with its static RTP payload type (RFC 3551): G.711 A-law and µ-law (8 kHz,
 * one byte per sample) and G.722 (16 kHz at 64 kbit/s, also one byte per 8 kHz clock tick: RFC 3551 keeps its RTP
 * clock at 8000). For all three a 20 ms frame is 160 bytes and the RTP timestamp advances by the payload length;
 * payloads are relayed unchanged, never transcoded.
 */
public enum VoiceCodec {
    PCMA(8, Codec.PCMA),
    PCMU(0, Codec.PCMU),
    /** Wideband: the DM gives a call with it a wideband channel (5 calls per base instead of 8). */
    G722(9, Codec.G722);

    private final int staticPayloadType;
    private final Codec wire;

    VoiceCodec(int staticPayloadType, Codec wire) {
        this.staticPayloadType = staticPayloadType;
        this.wire = wire;
    }

    public int staticPayloadType() {
        return staticPayloadType;
    }

    /** The encoding name of an SDP rtpmap ("PCMA", "PCMU", "G722"). */
    public String encodingName() {
        return name();
    }

    public Codec wire() {
        return wire;
    }

    /**
     * The codec a profile names, if the gateway carries it on calls (G729A it does not). G.722 is in a profile only
     * while the Audio setting allows wideband calls: the integrator leaves it out otherwise.
     */
    public static Optional<VoiceCodec> of(io.multicell.sip.config.Codec configured) {
        return switch (configured) {
            case PCMA -> Optional.of(PCMA);
            case PCMU -> Optional.of(PCMU);
            case G722 -> Optional.of(G722);
            case G729A -> Optional.empty();
        };
    }

    /** The codec of an SDP encoding name, case-insensitive. */
    public static Optional<VoiceCodec> named(String encodingName) {
        for (var codec : values()) {
            if (codec.name().equalsIgnoreCase(encodingName)) {
                return Optional.of(codec);
            }
        }
        return Optional.empty();
    }
}
