package io.multicell.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.cluster.BaseGrid;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandoverBenchmarkTest {

    @Test
    void defaultsAreHundredCallsOnTwentyFiveBasesForThousandHandovers() {
        var a = HandoverBenchmark.Arguments.parse();
        assertThat(a.calls()).isEqualTo(100);
        assertThat(a.bases()).isEqualTo(25);
        assertThat(a.handovers()).isEqualTo(1000);
        assertThat(a.speed()).isEqualTo(4.0);
        assertThat(a.warmupSeconds()).isEqualTo(20);
        assertThat(HandoverBenchmark.Arguments.parse("--warmup-seconds", "0").warmupSeconds()).isZero();
        assertThat(HandoverBenchmark.Arguments.parse("--calls", "10").bases()).isEqualTo(4);
    }

    @Test
    void badValuesAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> HandoverBenchmark.Arguments.parse("--bases", "1")).hasMessageContaining("--bases must be a whole number 2..99");
        assertThatThrownBy(() -> HandoverBenchmark.Arguments.parse("--speed", "fast")).hasMessageContaining("--speed");
        assertThatThrownBy(() -> HandoverBenchmark.Arguments.parse("--calls")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> HandoverBenchmark.Arguments.parse("--warmup-seconds", "-1"))
                .hasMessageContaining("--warmup-seconds must be a whole number 0..600");
    }

    @Test
    void handsetsAreSpreadOverTheLoopsByLengthAndEvenlyAlongEach() {
        List<GridLoop> loops = GridLoop.of(new BaseGrid(25));
        var placements = HandoverBenchmark.Placement.spread(loops, 100);

        assertThat(placements).hasSize(100);
        // Two loops of 192 m and a thin one of 158 m: 35, 35 and the remaining 30 handsets.
        assertThat(placements.stream().filter(p -> p.loop().equals(loops.get(0))).count()).isEqualTo(35);
        assertThat(placements.stream().filter(p -> p.loop().equals(loops.get(2))).count()).isEqualTo(30);
        var first = placements.stream().filter(p -> p.loop().equals(loops.get(0))).toList();
        assertThat(first.get(1).along() - first.get(0).along()).isCloseTo(192.0 / 35, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void eachHandsetWalksFarEnoughForItsShareOfTheHandovers() {
        var a = HandoverBenchmark.Arguments.parse();
        // 10 handovers each, 50 m of walking for each, and 20 s at 4 m/s of warm-up before
        assertThat(HandoverBenchmark.walkLength(GridLoop.of(new BaseGrid(25)), a)).isEqualTo(580.0);
    }
}
