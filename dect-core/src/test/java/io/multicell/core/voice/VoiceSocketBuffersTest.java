package io.multicell.core.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class VoiceSocketBuffersTest {

    @Test
    void aVoiceSocketGetsALargerReceiveBufferThanTheSystemsDefault() throws Exception {
        try (var plain = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                var voice = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            int granted = VoiceSocketBuffers.enlarge(voice);

            assertThat(granted).isEqualTo(voice.getReceiveBufferSize());
            // Linux caps the request at net.core.rmem_max; only where that is the default would both be equal.
            assertThat(granted).isGreaterThanOrEqualTo(plain.getReceiveBufferSize());
        }
    }

    @Test
    void lessThanAskedForIsReportedAsCapped() {
        assertThat(VoiceSocketBuffers.cappedAt(VoiceSocketBuffers.RECEIVE_BUFFER_BYTES - 1)).isTrue();
        assertThat(VoiceSocketBuffers.cappedAt(2 * VoiceSocketBuffers.RECEIVE_BUFFER_BYTES)).isFalse();
    }
}
