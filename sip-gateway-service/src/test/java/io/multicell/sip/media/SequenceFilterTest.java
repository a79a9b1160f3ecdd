package io.multicell.sip.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Uplink frames arriving on two bearers during a handover reach the PBX once each. */
class SequenceFilterTest {

    @Test
    void copiesFromTheSecondBearerAreDroppedAndNothingIsLost() {
        var filter = new SequenceFilter();
        List<Long> passed = new ArrayList<>();
        // Bearer A delivers 0..5, bearer B (joined at 3) delivers 3..8, interleaved and a little late.
        long[] arrivals = {0, 1, 2, 3, 3, 4, 4, 5, 6, 5, 7, 8};
        for (long sequence : arrivals) {
            if (filter.firstCopy(sequence)) {
                passed.add(sequence);
            }
        }
        assertThat(passed).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    }

    @Test
    void onlyTheLastWindowIsRemembered() {
        var filter = new SequenceFilter();
        for (long sequence = 0; sequence <= SequenceFilter.WINDOW; sequence++) {
            assertThat(filter.firstCopy(sequence)).isTrue();
        }
        assertThat(filter.firstCopy(SequenceFilter.WINDOW)).isFalse();
        assertThat(filter.firstCopy(0)).as("0 fell out of the window").isTrue();
    }

    @Test
    void rtpPacketsSurviveARoundTrip() {
        var packet = new RtpPacket(8, true, 65535, 0xfffffff0L, 0xdeadbeefL, new byte[] {1, 2, 3});
        var parsed = RtpPacket.parse(packet.toBytes(), packet.toBytes().length).orElseThrow();
        assertThat(parsed.payloadType()).isEqualTo(8);
        assertThat(parsed.marker()).isTrue();
        assertThat(parsed.sequence()).isEqualTo(65535);
        assertThat(parsed.timestamp()).isEqualTo(0xfffffff0L);
        assertThat(parsed.ssrc()).isEqualTo(0xdeadbeefL);
        assertThat(parsed.payload()).containsExactly(1, 2, 3);
        assertThat(RtpPacket.parse(new byte[] {1, 2, 3}, 3)).isEmpty();
    }
}
