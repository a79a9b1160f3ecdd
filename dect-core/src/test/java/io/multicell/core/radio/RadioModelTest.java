package io.multicell.core.radio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RadioModelTest {

    private final RadioModel radio = new RadioModel(RadioParameters.office());

    @Test
    void signalFallsByTenTimesTheExponentPerDecadeOfDistance() {
        var origin = new FloorPosition(0, 0);
        double at10 = radio.rssiDbm(origin, new FloorPosition(10, 0));
        double at100 = radio.rssiDbm(origin, new FloorPosition(100, 0));
        assertThat(at10 - at100).isCloseTo(35.0, within(1e-9));
        assertThat(at10).isCloseTo(24 - 40 - 35, within(1e-9));
    }

    @Test
    void basesTwentyMetresApartSynchroniseButTwoHundredDoNot() {
        var origin = new FloorPosition(0, 0);
        assertThat(radio.canSynchronise(new FloorPosition(20, 0), origin)).isTrue();
        assertThat(radio.canSynchronise(new FloorPosition(200, 0), origin)).isFalse();
    }

    @Test
    void coverageRadiusIsWhereTheSignalMeetsTheHandsetSensitivity() {
        double radius = radio.coverageRadiusMetres();
        var origin = new FloorPosition(0, 0);
        assertThat(radio.rssiDbm(origin, new FloorPosition(radius, 0))).isCloseTo(-93.0, within(1e-9));
        assertThat(radius).isCloseTo(Math.pow(10, 77.0 / 35), within(1e-9));
        assertThat(radio.rangeMetres(0)).as("stronger than the signal at 1 m").isZero();
    }
}
