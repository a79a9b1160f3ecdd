package io.multicell.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    @Test
    void defaultsToTwentyTwoHundredFiftyAndAThousandForAMinute() {
        var arguments = HandsetBenchmark.Arguments.parse();

        assertThat(arguments.counts()).containsExactly(20, 250, 1000);
        assertThat(arguments.walk()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void takesTheCountsAndWalkGiven() {
        var arguments = HandsetBenchmark.Arguments.parse("--walk-seconds", "20", "5", "50");

        assertThat(arguments.counts()).isEqualTo(List.of(5, 50));
        assertThat(arguments.walk()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void moreHandsetsThanTheSimulatorCreatesAtOnceIsRefused() {
        assertThatThrownBy(() -> HandsetBenchmark.Arguments.parse("1001"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..1000");
        assertThatThrownBy(() -> HandsetBenchmark.Arguments.parse("many"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'many'");
    }
}
