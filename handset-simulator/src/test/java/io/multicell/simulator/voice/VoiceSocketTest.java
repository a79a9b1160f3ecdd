package io.multicell.simulator.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class VoiceSocketTest {

    @Test
    void theWildcardIsRefusedBecauseTheBasesCouldNotSendToIt() {
        assertThatThrownBy(() -> VoiceSocket.bind("0.0.0.0", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wildcard");
    }

    @Test
    void anEphemeralPortIsAnnouncedAsTheOneTaken() {
        try (var socket = VoiceSocket.bind("127.0.0.1", 0)) {
            assertThat(socket.address()).matches("127\\.0\\.0\\.1:[1-9][0-9]*");
        }
    }

    @Test
    void tokensAreNonzeroAndUniquePerRegistration() {
        try (var socket = VoiceSocket.bind("127.0.0.1", 0)) {
            long first = socket.register(frame -> { });
            long second = socket.register(frame -> { });
            socket.release(first);
            long third = socket.register(frame -> { });
            assertThat(first).isNotZero();
            assertThat(second).isNotEqualTo(first);
            assertThat(third).as("a released token is not given again").isNotIn(first, second);
        }
    }

    @Test
    void anIpv6AddressIsAnnouncedInBrackets() throws Exception {
        assertThat(VoiceSocket.hostAndPort(InetAddress.getByName("::1"), 4000)).isEqualTo("[0:0:0:0:0:0:0:1]:4000");
        assertThat(VoiceSocket.hostAndPort(InetAddress.getByName("10.0.0.7"), 4000)).isEqualTo("10.0.0.7:4000");
    }
}
