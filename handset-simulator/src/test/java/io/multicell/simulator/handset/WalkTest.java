package io.multicell.simulator.handset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.InvalidValueException;
import io.multicell.core.radio.FloorPosition;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class WalkTest {

    private static final Offset<Double> CM = Offset.offset(0.01);

    @Test
    void aWalkerCoversSpeedTimesSecondsAlongThePath() {
        var walk = new Walk(List.of(new FloorPosition(10, 0), new FloorPosition(10, 10)), 2.0);

        var after3s = walk.advance(new FloorPosition(0, 0), 3);
        assertThat(after3s.x()).isCloseTo(6, CM);
        assertThat(after3s.y()).isCloseTo(0, CM);

        // 4 m to the corner, then 4 m north: the corner is passed, not cut.
        var after7s = walk.advance(after3s, 4);
        assertThat(after7s.x()).isCloseTo(10, CM);
        assertThat(after7s.y()).isCloseTo(4, CM);
        assertThat(walk.finished()).isFalse();
        assertThat(walk.remainingPath()).containsExactly(new FloorPosition(10, 10));
    }

    @Test
    void theWalkEndsExactlyAtTheLastPoint() {
        var walk = new Walk(List.of(new FloorPosition(3, 4)), 1.0);

        var end = walk.advance(new FloorPosition(0, 0), 60);

        assertThat(end).isEqualTo(new FloorPosition(3, 4));
        assertThat(walk.finished()).isTrue();
        assertThat(walk.advance(end, 5)).isEqualTo(end);
    }

    @Test
    void aWalkNeedsAPathAndASensibleSpeed() {
        assertThatThrownBy(() -> new Walk(List.of(), 1.0)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("path"));
        assertThatThrownBy(() -> new Walk(List.of(new FloorPosition(1, 1)), 0)).isInstanceOfSatisfying(
                InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("speedMetresPerSecond");
                    assertThat(e.rule()).isEqualTo("must be more than 0 and at most 100 m/s");
                });
        assertThatThrownBy(() -> new Walk(List.of(new FloorPosition(1, 1)), 100.5))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Walk(List.of(new FloorPosition(1, 1)), Double.NaN))
                .isInstanceOf(InvalidValueException.class);
    }
}
