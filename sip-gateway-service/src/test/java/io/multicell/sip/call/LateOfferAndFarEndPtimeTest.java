package io.multicell.sip.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.multicell.sip.config.OutboundProxyMode;
import io.multicell.sip.config.ProviderProfile;
import io.multicell.sip.config.Transport;
import io.multicell.sip.media.VoiceCodec;

class LateOfferAndFarEndPtimeTest {

    private static ProviderProfile profile(List<String> codecs, long ptime) {
        return new ProviderProfile(1, "Demo PBX", "127.0.0.1", "127.0.0.1", 5060, 600, Transport.UDP, "", 0,
                OutboundProxyMode.NEVER, "", 0, codecs, ptime, false);
    }

    private static String answer(String mLine, String... attributes) {
        return "v=0\r\no=pbx 1 1 IN IP4 192.0.2.7\r\ns=-\r\nc=IN IP4 192.0.2.7\r\nt=0 0\r\n" + mLine + "\r\n"
                + String.join("", List.of(attributes).stream().map(a -> a + "\r\n").toList());
    }

    @Test
    void theGatewaySendsAtTheFarEndsPtimeWhenItNamesOneItCanCutElseAtTheProfiles() {
        assertThat(Calls.packetisation(10, 30).ptimeMs()).isEqualTo(10);
        assertThat(Calls.packetisation(40, 20).ptimeMs()).isEqualTo(40);
        assertThat(Calls.packetisation(0, 30).ptimeMs()).as("no a=ptime: the profile's").isEqualTo(30);
        assertThat(Calls.packetisation(25, 30).ptimeMs()).as("not a multiple of 10 ms").isEqualTo(30);
        assertThat(Calls.packetisation(90, 10).ptimeMs()).as("longer than 60 ms").isEqualTo(10);
        assertThat(Calls.packetisation(0, 0).ptimeMs()).as("neither: radio frames").isEqualTo(20);
    }

    @Test
    void theLateOfferNamesTheProfilesFirstCodecTheGatewayCarries() {
        var codec = LateOffer.codec(profile(List.of("G729A", "PCMU", "PCMA"), 20)).orElseThrow();
        assertThat(codec.codec()).isEqualTo(VoiceCodec.PCMU);
        assertThat(codec.payloadType()).isZero();
        assertThat(LateOffer.codec(profile(List.of("G729A"), 20))).isEmpty();

        String sdp = LateOffer.sdp(7, "127.0.0.1", 40000, codec, profile(List.of("PCMU", "PCMA"), 30));
        assertThat(sdp).contains("m=audio 40000 RTP/AVP 0 101\r\n", "a=rtpmap:0 PCMU/8000", "a=ptime:30").doesNotContain("PCMA");
    }

    @Test
    void anAckAnswersTheLateOfferOnlyWithTheOfferedCodecOnALiveStream() {
        var pcma = LateOffer.codec(profile(List.of("PCMA"), 20)).orElseThrow();

        var answer = LateOffer.answer(answer("m=audio 5004 RTP/AVP 8", "a=rtpmap:8 PCMA/8000", "a=ptime:30"), pcma).orElseThrow();
        assertThat(answer.description().address()).isEqualTo("192.0.2.7");
        assertThat(answer.description().port()).isEqualTo(5004);
        assertThat(answer.description().ptimeMs()).isEqualTo(30);
        assertThat(answer.codec().codec()).isEqualTo(VoiceCodec.PCMA);

        assertThat(LateOffer.answer("", pcma)).as("an ACK without SDP").isEmpty();
        assertThat(LateOffer.answer(answer("m=audio 0 RTP/AVP 8"), pcma)).as("the stream rejected").isEmpty();
        assertThat(LateOffer.answer(answer("m=audio 5004 RTP/AVP 0"), pcma)).as("another codec").isEmpty();
        assertThat(LateOffer.answer("garbage", pcma)).isEmpty();
    }
}
