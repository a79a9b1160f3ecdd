package io.multicell.core.radio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BaseSelectionTest {

    private final BaseSelection selection = new BaseSelection(-93, 6);

    @Test
    void locksToTheStrongestBaseAboveSensitivity() {
        assertThat(selection.select(Map.of("A", -60.0, "B", -50.0), Optional.empty())).contains("B");
        assertThat(selection.select(Map.of("A", -95.0), Optional.empty())).isEmpty();
    }

    @Test
    void staysOnItsBaseUntilAnotherIsStrongerByTheHysteresis() {
        assertThat(selection.select(Map.of("A", -60.0, "B", -55.0), Optional.of("A"))).contains("A");
        assertThat(selection.select(Map.of("A", -60.0, "B", -53.9), Optional.of("A"))).contains("B");
    }

    @Test
    void leavesAFadedBaseForAnyBaseItHears() {
        assertThat(selection.select(Map.of("A", -94.0, "B", -90.0), Optional.of("A"))).contains("B");
    }
}
