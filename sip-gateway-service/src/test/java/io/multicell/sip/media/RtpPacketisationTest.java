package io.multicell.sip.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RtpPacketisationTest {

    /** A 20 ms radio frame of the test signal: its index in the first four bytes, then its own filler. */
    private static byte[] frame(int index) {
        var frame = ByteBuffer.allocate(160).putInt(index);
        while (frame.hasRemaining()) {
            frame.put((byte) (index * 7 + frame.position()));
        }
        return frame.array();
    }

    private static byte[] stream(List<byte[]> pieces) {
        var all = new ByteArrayOutputStream();
        pieces.forEach(all::writeBytes);
        return all.toByteArray();
    }

    private static List<byte[]> packetise(Packetiser packetiser, int frames) {
        List<byte[]> packets = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            packets.addAll(packetiser.add(frame(i)));
        }
        return packets;
    }

    @Test
    void thirtyMillisecondsMakeTwoPacketsOf240BytesOutOfThreeRadioFrames() {
        var packets = packetise(new RtpPacketisation(30).packetiser(), 9);

        assertThat(packets).hasSize(6).allSatisfy(packet -> assertThat(packet).hasSize(240));
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            frames.add(frame(i));
        }
        assertThat(stream(packets)).as("every byte, in order").isEqualTo(stream(frames));
    }

    @Test
    void tenMillisecondsCutEachRadioFrameInTwo() {
        var packets = packetise(new RtpPacketisation(10).packetiser(), 3);

        assertThat(packets).hasSize(6).allSatisfy(packet -> assertThat(packet).hasSize(80));
        assertThat(stream(packets.subList(0, 2))).isEqualTo(frame(0));
    }

    @Test
    void twentyMillisecondsPassTheRadioFramesUnchanged() {
        var packetiser = RtpPacketisation.radioFrames().packetiser();
        byte[] frame = frame(4);

        assertThat(packetiser.add(frame)).singleElement().isSameAs(frame);
        assertThat(packetiser.waiting()).isZero();
    }

    @Test
    void thirtyMillisecondPacketsFromThePbxBecomeRadioFramesAgain() {
        var toPbx = new RtpPacketisation(30).packetiser();
        var toRadio = RtpPacketisation.radioFrames().packetiser();
        List<byte[]> radioFrames = new ArrayList<>();
        for (byte[] packet : packetise(toPbx, 12)) {
            radioFrames.addAll(toRadio.add(packet));
        }

        assertThat(radioFrames).hasSize(12);
        for (int i = 0; i < 12; i++) {
            assertThat(radioFrames.get(i)).as("frame %d", i).isEqualTo(frame(i));
        }
    }

    @Test
    void whatWaitsBeforeAKeyPressLeavesAsAShortPacket() {
        var packetiser = new RtpPacketisation(30).packetiser();
        assertThat(packetiser.add(frame(0))).isEmpty();

        assertThat(packetiser.flush()).hasValueSatisfying(rest -> assertThat(rest).isEqualTo(frame(0)));
        assertThat(packetiser.flush()).isEmpty();
        assertThat(packetiser.add(frame(1))).as("a fresh start after the key").isEmpty();
        assertThat(packetiser.waiting()).isEqualTo(160);
    }

    @Test
    void aPtimeThatIsNoMultipleOfTenMillisecondsIsRefused() {
        assertThatThrownBy(() -> new RtpPacketisation(25)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("25");
        assertThatThrownBy(() -> new RtpPacketisation(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
