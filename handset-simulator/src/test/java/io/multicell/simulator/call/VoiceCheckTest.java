package io.multicell.simulator.call;

import static org.assertj.core.api.Assertions.assertThat;

import io.multicell.simulator.air.Codec;
import org.junit.jupiter.api.Test;

class VoiceCheckTest {

    private final VoiceSignal signal = new VoiceSignal(Codec.PCMA);
    private final VoiceCheck check = new VoiceCheck(signal);

    @Test
    void aFrameCarriesItsIndexBigEndianThenTheCodedTone() {
        byte[] frame = signal.frame(0x01020304L);

        assertThat(frame).hasSize(160);
        assertThat(frame).startsWith((byte) 1, (byte) 2, (byte) 3, (byte) 4);
        assertThat(VoiceSignal.indexOf(frame)).isEqualTo(0x01020304L);
        // 1 kHz at 8 kHz: the samples repeat every 8, and the tone is not silence.
        assertThat(frame[12]).isEqualTo(frame[20]);
        assertThat(frame[6]).isNotEqualTo(G711.alaw((short) 0));
        assertThat(new VoiceSignal(Codec.PCMU).frame(7)).isNotEqualTo(signal.frame(7));
        assertThat(signal.matches(9, signal.frame(9))).isTrue();
        assertThat(signal.matches(9, signal.frame(8))).isFalse();
    }

    @Test
    void copiesOfASequenceAreDroppedAndCounted() {
        for (long seq = 0; seq < 10; seq++) {
            assertThat(check.receive(seq, new byte[160], 0)).isTrue();
            if (seq >= 4 && seq < 7) {
                assertThat(check.receive(seq, new byte[160], 0)).as("second bearer's copy").isFalse();
            }
        }

        var counters = check.counters(0);
        assertThat(counters.framesReceived()).isEqualTo(10);
        assertThat(counters.duplicatesDropped()).isEqualTo(3);
        assertThat(counters.lost()).isZero();
        assertThat(counters.outOfOrder()).isZero();
    }

    @Test
    void gapsAreLostUntilTheMissingFrameArrivesLateThenItIsOutOfOrder() {
        check.receive(0, new byte[160], 0);
        check.receive(1, new byte[160], 0);
        check.receive(4, new byte[160], 0);
        assertThat(check.counters(0).lost()).isEqualTo(2);

        check.receive(2, new byte[160], 0);
        var counters = check.counters(0);
        assertThat(counters.lost()).isEqualTo(1);
        assertThat(counters.outOfOrder()).isEqualTo(1);
        assertThat(counters.framesReceived()).isEqualTo(4);
    }

    @Test
    void echoedFramesAreCheckedByIndexAndContent() {
        long sent = 100;
        // The far end echoes frames 10..20 under its own sequence 0..10, but frame 15 never comes back.
        long seq = 0;
        for (long index = 10; index <= 20; index++) {
            if (index != 15) {
                check.receive(seq++, signal.frame(index), sent);
            }
        }
        byte[] corrupted = signal.frame(21);
        corrupted[100] ^= 0x01;
        check.receive(seq++, corrupted, sent);
        // Frames whose index the handset never sent are the far end's own audio, not an echo.
        check.receive(seq, signal.frame(500), sent);

        var counters = check.counters(sent);
        assertThat(counters.echoedFrames()).isEqualTo(11);
        assertThat(counters.echoLost()).isEqualTo(1);
        assertThat(counters.contentErrors()).isEqualTo(1);
        assertThat(counters.framesReceived()).isEqualTo(12);
        assertThat(counters.lost()).isZero();
        assertThat(counters.framesSent()).isEqualTo(100);
    }
}
