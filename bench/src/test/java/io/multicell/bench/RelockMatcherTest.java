package io.multicell.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelockMatcherTest {

    private static final Instant T = Instant.parse("2026-01-01T10:00:00Z");

    private static Relock at(long millis, String from, String to) {
        return new Relock(T.plusMillis(millis), from, to);
    }

    @Test
    void eachDmUpdateIsPairedWithTheRelockBeforeIt() {
        var locks = List.of(at(0, "B1", "B2"), at(5_000, "B2", "B3"));
        var updates = List.of(at(40, "B1", "B2"), at(5_120, "B2", "B3"));

        var result = RelockMatcher.match(locks, updates, Duration.ZERO);

        assertThat(result.latencies()).containsExactly(Duration.ofMillis(40), Duration.ofMillis(120));
        assertThat(result.lostRelocks()).isZero();
        assertThat(result.unexplained()).isZero();
    }

    @Test
    void aRelockTheDmNeverFollowedIsCountedLost() {
        // The attach at B2 failed: the DM saw the handset move from B1 straight to B3.
        var locks = List.of(at(0, "B1", "B2"), at(5_000, "B2", "B3"));
        var updates = List.of(at(5_050, "B1", "B3"));

        var result = RelockMatcher.match(locks, updates, Duration.ZERO);

        assertThat(result.latencies()).containsExactly(Duration.ofMillis(50));
        assertThat(result.lostRelocks()).isEqualTo(1);
    }

    @Test
    void anUpdateBeforeAnyRelockIsUnexplainedUnlessWithinTheTolerance() {
        var locks = List.of(at(1_000, "B1", "B2"));
        var updates = List.of(at(950, "B1", "B2"));

        assertThat(RelockMatcher.match(locks, updates, Duration.ZERO).unexplained()).isEqualTo(1);
        assertThat(RelockMatcher.match(locks, updates, Duration.ofMillis(100)).latencies()).containsExactly(Duration.ofMillis(-50));
    }
}
