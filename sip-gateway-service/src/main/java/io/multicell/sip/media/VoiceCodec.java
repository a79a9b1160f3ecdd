package io.multicell.sip.media;

import java.util.Optional;

import io.multicell.proto.media.v1.Codec;

/**
 * A codec the gateway carries on calls: G.711 A-law and µ-law (8 kHz, one byte per sample, so the RTP timestamp
 * advances by the payload length), with their static RTP payload types (RFC 3551).
 */
public enum VoiceCodec {
    PCMA(8, Codec.PCMA),
    PCMU(0, Codec.PCMU);

    private final int staticPayloadType;
    private final Codec wire;

    VoiceCodec(int staticPayloadType, Codec wire) {
        this.staticPayloadType = staticPayloadType;
        this.wire = wire;
    }

    public int staticPayloadType() {
        return staticPayloadType;
    }

    /** The encoding name of an SDP rtpmap ("PCMA", "PCMU"). */
    public String encodingName() {
        return name();
    }

    public Codec wire() {
        return wire;
    }

    /** The codec a profile names, if the gateway carries it on calls (G722 and G729A it does not). */
    public static Optional<VoiceCodec> of(io.multicell.sip.config.Codec configured) {
        return switch (configured) {
            case PCMA -> Optional.of(PCMA);
            case PCMU -> Optional.of(PCMU);
            default -> Optional.empty();
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
