package io.multicell.simulator.radio;

import io.multicell.core.InvalidValueException;
import io.multicell.core.radio.FloorPosition;
import java.util.Locale;

/** The area handsets may be put on: a rectangle within the dect-core floor plan limits (±10 km). */
public record FloorPlan(double minX, double maxX, double minY, double maxY) {

    public FloorPlan {
        // The corners themselves must be valid floor positions.
        new FloorPosition(minX, minY);
        new FloorPosition(maxX, maxY);
        if (minX > maxX || minY > maxY) {
            throw new IllegalArgumentException("floor plan minimum above maximum: x " + minX + ".." + maxX + ", y "
                    + minY + ".." + maxY);
        }
    }

    /** The whole dect-core floor plan. */
    public static FloorPlan unlimited() {
        return new FloorPlan(-FloorPosition.LIMIT_METRES, FloorPosition.LIMIT_METRES, -FloorPosition.LIMIT_METRES,
                FloorPosition.LIMIT_METRES);
    }

    /**
     * The point ({@code x}, {@code y}) named {@code field} in a request.
     *
     * @throws InvalidValueException naming {@code field.x} or {@code field.y} when absent or off the plan
     */
    public FloorPosition position(String field, Double x, Double y) {
        check(field + ".x", x, minX, maxX);
        check(field + ".y", y, minY, maxY);
        return new FloorPosition(x, y);
    }

    private static void check(String field, Double value, double min, double max) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        if (!Double.isFinite(value) || value < min || value > max) {
            throw new InvalidValueException(field, String.format(Locale.ROOT,
                    "must be within the floor plan, %s..%s m", number(min), number(max)));
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
