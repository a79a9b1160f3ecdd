package io.multicell.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.multicell.core.radio.BaseSelection;
import io.multicell.core.radio.FloorPosition;
import io.multicell.core.radio.RadioModel;
import io.multicell.core.radio.RadioParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LockPredictionTest {

    private static final Map<String, FloorPosition> LINE = Map.of(
            "B1", new FloorPosition(0, 0), "B2", new FloorPosition(20, 0), "B3", new FloorPosition(40, 0));
    // Hysteresis 6 dB, exponent 3.5: the new base is 6 dB stronger where d_old / d_new = 10^(6/35).
    private static final double RATIO = Math.pow(10, 6.0 / 35.0);
    private static final double EDGE = 20 * RATIO / (1 + RATIO);

    private final LockPrediction prediction = new LockPrediction(new RadioModel(RadioParameters.office()),
            BaseSelection.defaults(RadioParameters.office()), LINE);

    @Test
    void walkingEastReLocksPastEachMidpointByTheHysteresis() {
        var relocks = prediction.relocks(new FloorPosition(0, 0), "B1", List.of(new FloorPosition(40, 0)));

        assertThat(relocks).extracting(r -> r.fromBase() + ">" + r.toBase()).containsExactly("B1>B2", "B2>B3");
        assertThat(relocks.get(0).distanceMetres()).isCloseTo(EDGE, within(0.02));
        assertThat(relocks.get(1).distanceMetres()).isCloseTo(20 + EDGE, within(0.02));
    }

    @Test
    void walkingBackReLocksOnTheOtherSideOfTheMidpoint() {
        var relocks = prediction.relocks(new FloorPosition(15, 0), "B2",
                List.of(new FloorPosition(40, 0), new FloorPosition(0, 0)));

        assertThat(relocks).extracting(r -> r.fromBase() + ">" + r.toBase()).containsExactly("B2>B3", "B3>B2", "B2>B1");
        assertThat(relocks.get(0).distanceMetres()).isCloseTo(5 + EDGE, within(0.02));
        // 25 m east to 40, then back to 40 - EDGE, and on to 20 - EDGE.
        assertThat(relocks.get(1).distanceMetres()).isCloseTo(25 + EDGE, within(0.02));
        assertThat(relocks.get(2).distanceMetres()).isCloseTo(25 + 20 + EDGE, within(0.02));
    }

    @Test
    void aHandsetThatStaysInsideTheHysteresisBandNeverReLocks() {
        var relocks = prediction.relocks(new FloorPosition(9, 0), "B1",
                List.of(new FloorPosition(11.5, 0), new FloorPosition(8.5, 0), new FloorPosition(11.5, 0)));

        assertThat(relocks).isEmpty();
    }
}
