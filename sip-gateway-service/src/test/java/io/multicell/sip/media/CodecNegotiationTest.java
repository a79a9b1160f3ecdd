package io.multicell.sip.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import io.multicell.sip.config.Codec;

/** SDP offer/answer and the codec choice of the gateway. */
class CodecNegotiationTest {

    private static final String SIPP_OFFER = """
            v=0
            o=user1 53655765 2353687637 IN IP4 127.0.0.1
            s=-
            c=IN IP4 127.0.0.2
            t=0 0
            m=audio 6000 RTP/AVP 0 8 101
            a=rtpmap:0 PCMU/8000
            a=rtpmap:101 telephone-event/8000
            a=fmtp:101 0-15
            a=ptime:20
            """;

    @Test
    void offerIsReadWithStaticPayloadTypesAndTelephoneEvent() {
        var offer = SessionDescription.parse(SIPP_OFFER);

        assertThat(offer.address()).isEqualTo("127.0.0.2");
        assertThat(offer.port()).isEqualTo(6000);
        assertThat(offer.payloadTypes()).containsExactly(0, 8, 101);
        // 8 has no rtpmap line: its static encoding counts.
        assertThat(offer.payloadTypeOf(VoiceCodec.PCMA)).hasValue(8);
        assertThat(offer.telephoneEventPayloadType()).hasValue(101);
        assertThat(offer.ptimeMs()).isEqualTo(20);
    }

    @Test
    void mediaLevelConnectionWinsOverTheSessionLevel() {
        var offer = SessionDescription.parse("v=0\r\nc=IN IP4 10.0.0.1\r\nm=audio 4000 RTP/AVP 8\r\nc=IN IP4 10.0.0.9\r\n");
        assertThat(offer.address()).isEqualTo("10.0.0.9");
    }

    @Test
    void theFirstCodecOfTheProfileOrderThatTheOfferHasIsChosen() {
        var offer = SessionDescription.parse(SIPP_OFFER);

        assertThat(NegotiatedCodec.choose(List.of(Codec.PCMA, Codec.PCMU), offer))
                .contains(new NegotiatedCodec(VoiceCodec.PCMA, 8));
        assertThat(NegotiatedCodec.choose(List.of(Codec.G722, Codec.PCMU, Codec.PCMA), offer))
                .contains(new NegotiatedCodec(VoiceCodec.PCMU, 0));
    }

    @Test
    void g722IsChosenWhenTheProfileHasItAndTheOfferToo() {
        var g722First = SessionDescription.parse("v=0\r\nc=IN IP4 10.0.0.1\r\nm=audio 4000 RTP/AVP 9 8\r\n");
        assertThat(NegotiatedCodec.choose(List.of(Codec.G722, Codec.PCMA), g722First)).contains(new NegotiatedCodec(VoiceCodec.G722, 9));
        assertThat(NegotiatedCodec.choose(List.of(Codec.PCMA, Codec.G722), g722First)).as("the profile's order decides")
                .contains(new NegotiatedCodec(VoiceCodec.PCMA, 8));
        assertThat(NegotiatedCodec.choose(List.of(Codec.PCMA, Codec.PCMU), SessionDescription.parse(
                "v=0\r\nc=IN IP4 10.0.0.1\r\nm=audio 4000 RTP/AVP 9\r\n"))).as("G.722 off (left out of the profile)").isEmpty();
        assertThat(SessionDescription.offer(1, "10.0.0.2", 4002, List.of(VoiceCodec.G722, VoiceCodec.PCMA), 20))
                .contains("m=audio 4002 RTP/AVP 9 8 101").contains("a=rtpmap:9 G722/8000");
    }

    @Test
    void noCommonCodecMeansNoChoice() {
        var g722Only = SessionDescription.parse("v=0\r\nc=IN IP4 10.0.0.1\r\nm=audio 4000 RTP/AVP 9 18\r\n");
        assertThat(NegotiatedCodec.choose(List.of(Codec.PCMA, Codec.PCMU), g722Only)).isEmpty();
        assertThat(NegotiatedCodec.choose(List.of(Codec.G729A), SessionDescription.parse(SIPP_OFFER))).isEmpty();
    }

    @Test
    void anOfferWithoutAudioOrAddressIsRefused() {
        assertThatThrownBy(() -> SessionDescription.parse("v=0\r\nc=IN IP4 1.2.3.4\r\nm=video 4000 RTP/AVP 96\r\n"))
                .isInstanceOf(InvalidSdpException.class).hasMessageContaining("audio");
        assertThatThrownBy(() -> SessionDescription.parse("v=0\r\nm=audio 4000 RTP/AVP 8\r\n"))
                .isInstanceOf(InvalidSdpException.class).hasMessageContaining("address");
        assertThatThrownBy(() -> SessionDescription.parse("")).isInstanceOf(InvalidSdpException.class);
    }

    @Test
    void theGatewaysOfferListsTheProfileCodecsInOrderWithPtimeAndTelephoneEvent() {
        String sdp = SessionDescription.offer(7, "127.0.0.1", 40000, List.of(VoiceCodec.PCMU, VoiceCodec.PCMA), 30);

        assertThat(sdp).contains("m=audio 40000 RTP/AVP 0 8 101\r\n", "a=rtpmap:0 PCMU/8000", "a=rtpmap:8 PCMA/8000",
                "a=rtpmap:101 telephone-event/8000", "a=ptime:30", "c=IN IP4 127.0.0.1");
        var parsed = SessionDescription.parse(sdp);
        assertThat(NegotiatedCodec.ofAnswer(parsed, List.of(VoiceCodec.PCMA, VoiceCodec.PCMU)))
                .contains(new NegotiatedCodec(VoiceCodec.PCMU, 0));
    }

    @Test
    void theAnswerCarriesTheChosenCodecWithTheOffersPayloadType() {
        var offer = SessionDescription.parse(SIPP_OFFER);
        var codec = NegotiatedCodec.choose(List.of(Codec.PCMA), offer).orElseThrow();

        String answer = SessionDescription.answer(1, "127.0.0.1", 40002, codec, offer.telephoneEventPayloadType(), 20);
        assertThat(answer).contains("m=audio 40002 RTP/AVP 8 101\r\n", "a=rtpmap:8 PCMA/8000", "a=fmtp:101 0-15", "a=ptime:20");
        assertThat(SessionDescription.answer(1, "127.0.0.1", 40002, codec, OptionalInt.empty(), 20))
                .contains("m=audio 40002 RTP/AVP 8\r\n").doesNotContain("telephone-event");
    }
}
