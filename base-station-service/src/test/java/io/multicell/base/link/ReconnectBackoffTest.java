package io.multicell.base.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {

    @Test
    void waitDoublesFrom200MillisecondsAndStaysAtTwoSeconds() {
        var backoff = new ReconnectBackoff(Duration.ofMillis(200), Duration.ofSeconds(2));

        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(800));
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(1600));
        assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aSuccessfulConnectionStartsTheWaitAgainFromTheMinimum() {
        var backoff = new ReconnectBackoff(Duration.ofMillis(200), Duration.ofSeconds(2));
        backoff.next();
        backoff.next();
        backoff.reset();

        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void maxBelowMinIsRefused() {
        assertThatThrownBy(() -> new ReconnectBackoff(Duration.ofSeconds(2), Duration.ofMillis(200)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("below min");
    }
}
