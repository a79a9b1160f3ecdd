package io.multicell.sip.media;

import java.util.List;
import java.util.Optional;

import io.multicell.sip.config.Codec;

/**
 * The codec of a call and the RTP payload type the two ends agreed for it.
 */
public record NegotiatedCodec(VoiceCodec codec, int payloadType) {

    /**
     * Codec choice for an offer: the first codec of the profile's order that the offer lists and the gateway carries
     * (G722, PCMA, PCMU), with the offer's payload type for it; empty when there is none (488 Not Acceptable Here).
     */
    public static Optional<NegotiatedCodec> choose(List<Codec> profileOrder, SessionDescription offer) {
        for (var configured : profileOrder) {
            var codec = VoiceCodec.of(configured);
            if (codec.isPresent()) {
                var payloadType = offer.payloadTypeOf(codec.get());
                if (payloadType.isPresent()) {
                    return Optional.of(new NegotiatedCodec(codec.get(), payloadType.getAsInt()));
                }
            }
        }
        return Optional.empty();
    }

    /** Codec of an answer to the gateway's offer: the first payload type of the answer that the gateway carries. */
    public static Optional<NegotiatedCodec> ofAnswer(SessionDescription answer, List<VoiceCodec> offered) {
        for (int payloadType : answer.payloadTypes()) {
            for (var codec : offered) {
                if (codec.encodingName().equals(answer.encodings().get(payloadType))) {
                    return Optional.of(new NegotiatedCodec(codec, payloadType));
                }
            }
        }
        return Optional.empty();
    }
}
