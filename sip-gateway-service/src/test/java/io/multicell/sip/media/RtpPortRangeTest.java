package io.multicell.sip.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RtpPortRangeTest {

    private static final RelayConnector NO_RELAY = new RelayConnector() {
        @Override
        public RelayLeg open(String relayEndpoint, io.multicell.proto.media.v1.RelayOpen open, RelayLeg.Listener listener) {
            throw new AssertionError("no relay in this test");
        }

        @Override
        public void attach(String callId, MediaAnchor anchor, int rtpDscp) {
        }

        @Override
        public void detach(String callId, MediaAnchor anchor) {
        }
    };

    @Test
    void pairsAreBoundInsideTheRangeUntilItIsFullThenTheCallGetsAClearError() throws Exception {
        int min = freeEvenPortBlock();
        var range = new RtpPortRange(min, min + 5); // three pairs
        var anchors = new ArrayList<MediaAnchor>();
        try {
            for (int i = 0; i < 3; i++) {
                anchors.add(MediaAnchor.bind("call-" + i, "0279A7C1D2", InetAddress.getLoopbackAddress(), range, 46, NO_RELAY,
                        (callId, base) -> { }));
            }
            assertThat(anchors).extracting(MediaAnchor::port).containsExactlyInAnyOrder(min, min + 2, min + 4);
            assertThatThrownBy(() -> MediaAnchor.bind("call-4", "0279A7C1D2", InetAddress.getLoopbackAddress(), range, 46,
                    NO_RELAY, (callId, base) -> { })).hasMessageContaining(min + ".." + (min + 5));
        } finally {
            anchors.forEach(MediaAnchor::close);
        }
    }

    @Test
    void aRangeIsBothBoundsEvenStartAndOrdered() {
        assertThat(RtpPortRange.of(OptionalInt.empty(), OptionalInt.empty()).isAny()).isTrue();
        assertThatThrownBy(() -> RtpPortRange.of(OptionalInt.of(40000), OptionalInt.empty())).hasMessageContaining("both or neither");
        assertThatThrownBy(() -> new RtpPortRange(40001, 40099)).hasMessageContaining("rtp-port-min").hasMessageContaining("even");
        assertThatThrownBy(() -> new RtpPortRange(40000, 40000)).hasMessageContaining("rtp-port-max");
        assertThatThrownBy(() -> new RtpPortRange(40000, 70000)).hasMessageContaining("rtp-port-max");
    }

    /** An even port p with p..p+5 free right now. */
    private static int freeEvenPortBlock() throws Exception {
        for (int candidate = 42000; candidate < 60000; candidate += 6) {
            boolean free = true;
            for (int p = candidate; p < candidate + 6 && free; p++) {
                try (var probe = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), p))) {
                    free = true;
                } catch (java.net.SocketException busy) {
                    free = false;
                }
            }
            if (free) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free port block");
    }
}
