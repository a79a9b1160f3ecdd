package io.multicell.simulator.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamVoiceTest {

    @Test
    void uplinkVoiceGoesToTheHostOfTheAirEndpoint() {
        assertThat(StreamVoice.host("10.0.0.7:9091")).isEqualTo("10.0.0.7");
        assertThat(StreamVoice.host("base-1.lab:9091")).isEqualTo("base-1.lab");
        assertThat(StreamVoice.host("[::1]:9091")).isEqualTo("::1");
    }
}
