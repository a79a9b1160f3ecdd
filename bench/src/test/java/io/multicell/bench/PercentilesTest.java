package io.multicell.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOfAHundredSamples() {
        var p = new Percentiles(LongStream.rangeClosed(1, 100).mapToObj(Duration::ofMillis).toList());

        assertThat(p.millis(0.5)).hasValue(50);
        assertThat(p.millis(0.99)).hasValue(99);
        assertThat(p.millis(1.0)).hasValue(100);
    }

    @Test
    void aFewSamplesGiveTheLargestAsP99AndNoneGiveNothing() {
        assertThat(new Percentiles(List.of(Duration.ofMillis(7), Duration.ofMillis(3))).millis(0.99)).hasValue(7);
        assertThat(new Percentiles(List.of()).millis(0.5)).isEmpty();
    }
}
