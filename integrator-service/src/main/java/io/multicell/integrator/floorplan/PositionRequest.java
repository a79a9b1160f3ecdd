package io.multicell.integrator.floorplan;

import io.multicell.core.InvalidValueException;
import io.multicell.core.radio.FloorPosition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where to put a virtual handset, in metres on the floor plan. */
@Schema(name = "HandsetPositionRequest")
public record PositionRequest(@Schema(examples = "20") Double x, @Schema(examples = "1.5") Double y) {

    static final String RANGE_RULE = "must be a number of metres within ±" + (int) FloorPosition.LIMIT_METRES;

    /** The position, or 400 naming the coordinate that is missing or off the floor plan. */
    public FloorPosition toFloorPosition() {
        return new FloorPosition(coordinate("x", x), coordinate("y", y));
    }

    private static double coordinate(String field, Double value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        if (!Double.isFinite(value) || Math.abs(value) > FloorPosition.LIMIT_METRES) {
            throw new InvalidValueException(field, RANGE_RULE);
        }
        return value;
    }
}
