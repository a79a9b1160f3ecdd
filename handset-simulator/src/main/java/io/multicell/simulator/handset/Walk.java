package io.multicell.simulator.handset;

import io.multicell.core.InvalidValueException;
import io.multicell.core.radio.FloorPosition;
import java.util.List;

/** A handset walking along a path of points at a constant speed, from wherever it is to the last point. */
public final class Walk {

    /** Faster than any person: a handset in a car across a campus. */
    public static final double MAX_SPEED_METRES_PER_SECOND = 100;
    public static final int MAX_POINTS = 1000;

    private final List<FloorPosition> path;
    private final double speed;
    private int next;

    public Walk(List<FloorPosition> path, double speedMetresPerSecond) {
        if (path == null || path.isEmpty()) {
            throw new InvalidValueException("path", "must have at least one point");
        }
        if (path.size() > MAX_POINTS) {
            throw new InvalidValueException("path", "must have at most " + MAX_POINTS + " points");
        }
        if (!(speedMetresPerSecond > 0) || speedMetresPerSecond > MAX_SPEED_METRES_PER_SECOND) {
            throw new InvalidValueException("speedMetresPerSecond",
                    "must be more than 0 and at most " + (int) MAX_SPEED_METRES_PER_SECOND + " m/s");
        }
        this.path = List.copyOf(path);
        this.speed = speedMetresPerSecond;
    }

    public double speedMetresPerSecond() {
        return speed;
    }

    public List<FloorPosition> remainingPath() {
        return path.subList(next, path.size());
    }

    public boolean finished() {
        return next >= path.size();
    }

    /** Where a handset at {@code from} is after walking on for {@code seconds}; passes through every point. */
    public FloorPosition advance(FloorPosition from, double seconds) {
        double budget = speed * Math.max(0, seconds);
        FloorPosition at = from;
        while (next < path.size()) {
            FloorPosition target = path.get(next);
            double distance = at.distanceTo(target);
            if (distance > budget) {
                double f = budget / distance;
                return new FloorPosition(at.x() + (target.x() - at.x()) * f, at.y() + (target.y() - at.y()) * f);
            }
            budget -= distance;
            at = target;
            next++;
        }
        return at;
    }
}
