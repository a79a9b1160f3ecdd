package io.multicell.bench;

import io.multicell.core.radio.BaseSelection;
import io.multicell.core.radio.FloorPosition;
import io.multicell.core.radio.RadioModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where along a walk a handset re-locks: the simulator's own rule (dect-core radio model and {@link BaseSelection}
 * with its hysteresis) applied every {@link #STEP_METRES} along the path, from the base it is locked to at the start.
 */
public final class LockPrediction {

    /** Resolution of the prediction; at 2..4 m/s one centimetre is a few milliseconds. */
    public static final double STEP_METRES = 0.01;

    private final RadioModel radio;
    private final BaseSelection selection;
    private final Map<String, FloorPosition> bases;

    /** @param bases base key (MAC) → where it is installed */
    public LockPrediction(RadioModel radio, BaseSelection selection, Map<String, FloorPosition> bases) {
        this.radio = radio;
        this.selection = selection;
        this.bases = Map.copyOf(bases);
    }

    /** A re-lock {@code distanceMetres} into the walk. */
    public record Relock(double distanceMetres, String fromBase, String toBase) {
    }

    /** Every re-lock from one base to another along {@code path} walked from {@code start}, locked to {@code current}. */
    public List<Relock> relocks(FloorPosition start, String current, List<FloorPosition> path) {
        var relocks = new ArrayList<Relock>();
        Optional<String> locked = Optional.of(current);
        FloorPosition at = start;
        double walked = 0;
        for (FloorPosition target : path) {
            double leg = at.distanceTo(target);
            int steps = Math.max(1, (int) Math.ceil(leg / STEP_METRES));
            for (int i = 1; i <= steps; i++) {
                double f = (double) i / steps;
                var position = new FloorPosition(at.x() + (target.x() - at.x()) * f, at.y() + (target.y() - at.y()) * f);
                Optional<String> chosen = selection.select(rssi(position), locked);
                if (chosen.isPresent() && locked.isPresent() && !chosen.equals(locked)) {
                    relocks.add(new Relock(walked + leg * f, locked.get(), chosen.get()));
                }
                if (chosen.isPresent()) {
                    locked = chosen;
                }
            }
            walked += leg;
            at = target;
        }
        return List.copyOf(relocks);
    }

    private Map<String, Double> rssi(FloorPosition handset) {
        var rssi = new HashMap<String, Double>();
        bases.forEach((key, position) -> rssi.put(key, radio.rssiDbm(position, handset)));
        return rssi;
    }
}
