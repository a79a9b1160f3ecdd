package io.multicell.sip.call;

import java.util.List;
import java.util.Optional;

import io.multicell.sip.config.ProviderProfile;
import io.multicell.sip.media.InvalidSdpException;
import io.multicell.sip.media.NegotiatedCodec;
import io.multicell.sip.media.SessionDescription;
import io.multicell.sip.media.VoiceCodec;

/**
 * An INVITE without SDP (late offer, RFC 3261 13.2.1): the gateway offers in its 200 OK and the caller answers in the
 * ACK. The offer names one codec, the first of the profile's order that the gateway carries: the DM books the handset's
 * channel for the codec of the OfferCall before the answer exists, so the answer must not pick another.
 */
final class LateOffer {

    /** The answer of the ACK: its audio stream and the codec it accepted. */
    record Answer(SessionDescription description, NegotiatedCodec codec) {
    }

    private LateOffer() {
    }

    /** The codec to offer, with its static payload type; empty when the profile lists none the gateway carries. */
    static Optional<NegotiatedCodec> codec(ProviderProfile profile) {
        return profile.activeCodecs().stream().flatMap(c -> VoiceCodec.of(c).stream()).findFirst()
                .map(codec -> new NegotiatedCodec(codec, codec.staticPayloadType()));
    }

    /** The offer of the 200 OK: that codec, telephone-event when the profile's DTMF mode may use it, the profile's ptime. */
    static String sdp(long sessionId, String address, int port, NegotiatedCodec codec, ProviderProfile profile) {
        return SessionDescription.offer(sessionId, address, port, List.of(codec.codec()), (int) profile.ptimeMs(),
                profile.dtmfMode().offersTelephoneEvent());
    }

    /** The answer an ACK carries, if it is one: an audio stream, not rejected, with the offered codec. */
    static Optional<Answer> answer(String ackBody, NegotiatedCodec offered) {
        if (ackBody == null || ackBody.isBlank()) {
            return Optional.empty();
        }
        try {
            var description = SessionDescription.parse(ackBody);
            if (description.rejected()) {
                return Optional.empty();
            }
            return NegotiatedCodec.ofAnswer(description, List.of(offered.codec())).map(codec -> new Answer(description, codec));
        } catch (InvalidSdpException e) {
            return Optional.empty();
        }
    }
}
