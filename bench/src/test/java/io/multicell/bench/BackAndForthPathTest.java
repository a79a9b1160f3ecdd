package io.multicell.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.radio.FloorPosition;
import org.junit.jupiter.api.Test;

class BackAndForthPathTest {

    @Test
    void turnsAtBothEndsAndStopsWhenTheLengthIsWalked() {
        var path = BackAndForthPath.of(new FloorPosition(10, 1), 0, 40, true, 100);

        // 30 m east, 40 m west, 30 m east again.
        assertThat(path.points()).containsExactly(new FloorPosition(40, 1), new FloorPosition(0, 1), new FloorPosition(30, 1));
    }

    @Test
    void westFirstWhenAsked() {
        var path = BackAndForthPath.of(new FloorPosition(10, 0), 0, 40, false, 5);

        assertThat(path.points()).containsExactly(new FloorPosition(5, 0));
    }

    @Test
    void aStartOffTheLineIsRefused() {
        assertThatThrownBy(() -> BackAndForthPath.of(new FloorPosition(41, 0), 0, 40, true, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must lie on the line");
    }
}
