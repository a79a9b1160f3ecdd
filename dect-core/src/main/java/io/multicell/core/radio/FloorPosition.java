package io.multicell.core.radio;

import io.multicell.core.InvalidValueException;

/** A point on the floor plan shared by bases and handsets, in metres. */
public record FloorPosition(double x, double y) {

    /** Floor plans are at most this far from the origin in any direction. */
    public static final double LIMIT_METRES = 10_000;

    public FloorPosition {
        if (!Double.isFinite(x) || Math.abs(x) > LIMIT_METRES) {
            throw new InvalidValueException("position.x", "must be a number of metres within ±" + (int) LIMIT_METRES);
        }
        if (!Double.isFinite(y) || Math.abs(y) > LIMIT_METRES) {
            throw new InvalidValueException("position.y", "must be a number of metres within ±" + (int) LIMIT_METRES);
        }
    }

    public double distanceTo(FloorPosition other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
