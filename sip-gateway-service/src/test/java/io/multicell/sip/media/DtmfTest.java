package io.multicell.sip.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import io.multicell.sip.config.DtmfMode;

/** The way digits travel per profile mode and peer, the RFC 4733 key press and the application/dtmf-relay body. */
class DtmfTest {

    private static final OptionalInt EVENT_101 = OptionalInt.of(101);
    private static final OptionalInt NO_EVENT = OptionalInt.empty();

    @Test
    void automaticNegotiationPrefersRfc2833ThenSipInfoThenAudio() {
        assertThat(DtmfTransmission.negotiate(DtmfMode.AUTOMATIC, EVENT_101, true)).isEqualTo(DtmfTransmission.rfc2833(101));
        assertThat(DtmfTransmission.negotiate(DtmfMode.AUTOMATIC, NO_EVENT, true)).isEqualTo(DtmfTransmission.SIP_INFO);
        assertThat(DtmfTransmission.negotiate(DtmfMode.AUTOMATIC, NO_EVENT, false)).isEqualTo(DtmfTransmission.AUDIO);
    }

    @Test
    void aFixedSendSettingIsKeptWhateverThePeerOffers() {
        assertThat(DtmfTransmission.negotiate(DtmfMode.SIP_INFO, EVENT_101, false)).isEqualTo(DtmfTransmission.SIP_INFO);
        assertThat(DtmfTransmission.negotiate(DtmfMode.AUDIO, EVENT_101, true)).isEqualTo(DtmfTransmission.AUDIO);
        assertThat(DtmfTransmission.negotiate(DtmfMode.RFC2833, OptionalInt.of(96), true)).isEqualTo(DtmfTransmission.rfc2833(96));
        assertThat(DtmfTransmission.negotiate(DtmfMode.RFC2833, NO_EVENT, true)).as("a peer without telephone-event takes none")
                .isEqualTo(DtmfTransmission.AUDIO);
    }

    @Test
    void aKeyPressIsStartUpdateAndThreeEndPacketsOfOneEvent() {
        var packets = TelephoneEvents.keyPress(11);
        assertThat(packets).hasSize(5).allSatisfy(p -> assertThat(p).hasSize(4).startsWith((byte) 11));
        assertThat(packets.get(0)[1] & 0x80).as("start: E bit clear").isZero();
        assertThat(packets.subList(2, 5)).allSatisfy(p -> {
            assertThat(p[1] & 0x80).as("end: E bit set").isEqualTo(0x80);
            assertThat(((p[2] & 0xff) << 8) | (p[3] & 0xff)).as("100 ms").isEqualTo(800);
        });
    }

    @Test
    void theFarEndsPacketsOfOneEventAreOneKeyAndANewTimestampIsTheNextKey() {
        var receiver = new TelephoneEvents.Receiver();
        var keys = new java.util.ArrayList<Integer>();
        for (long timestamp : new long[] {1000, 2000}) {
            for (byte[] payload : TelephoneEvents.keyPress(5)) {
                receiver.keyOf(new RtpPacket(101, false, 1, timestamp, 7, payload)).ifPresent(keys::add);
            }
        }
        receiver.keyOf(new RtpPacket(101, false, 1, 3000, 7, new byte[] {16, 0, 0, 1})).ifPresent(keys::add);
        assertThat(keys).as("the same key pressed twice; event 16 (flash) is no key").containsExactly(5, 5);
    }

    @Test
    void dtmfRelayBodiesAreWrittenAndReadAsPbxesDo() {
        assertThat(TelephoneEvents.dtmfRelay(10)).isEqualTo("Signal=*\r\nDuration=100\r\n");
        assertThat(TelephoneEvents.parseDtmfRelay("Signal=#\r\nDuration=160\r\n")).hasValue(11);
        assertThat(TelephoneEvents.parseDtmfRelay("Signal= 7\nDuration=100")).hasValue(7);
        assertThat(TelephoneEvents.parseDtmfRelay("signal=d")).hasValue(15);
        assertThat(TelephoneEvents.parseDtmfRelay("Signal=12")).hasValue(12);
        assertThat(TelephoneEvents.parseDtmfRelay("Signal=X")).isEmpty();
        assertThat(TelephoneEvents.parseDtmfRelay("Duration=100")).isEmpty();
    }
}
