package io.multicell.bench;

import java.util.List;

/**
 * What one benchmark run measured for {@code handsets} handsets; every figure is a number or the reason it is none.
 *
 * @param details lines that say how each figure was taken and what else was seen
 */
public record RunFigures(
        int handsets,
        Figure registrationsPerSecond,
        Figure roamsPerSecond,
        Figure lockToLocationP50,
        Figure lockToLocationP99,
        Figure computedLockToLocationP50,
        Figure computedLockToLocationP99,
        Figure roamToConsumedP50,
        Figure roamToConsumedP99,
        List<String> details) {

    public RunFigures {
        details = List.copyOf(details);
    }

    /** A run that broke off: every figure names the failure. */
    public static RunFigures failed(int handsets, String why, List<String> details) {
        Figure none = Figure.unmeasured("run failed: " + why);
        return new RunFigures(handsets, none, none, none, none, none, none, none, none, details);
    }
}
