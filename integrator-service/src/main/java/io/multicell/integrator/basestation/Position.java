package io.multicell.integrator.basestation;

import io.multicell.core.radio.FloorPosition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A position on the floor plan as the API shows it, in metres; in requests a missing coordinate keeps its value. */
@Schema(description = "Position on the floor plan in metres")
public record Position(
        @Schema(description = "Metres east of the floor plan origin", examples = "12.5") Double x,
        @Schema(description = "Metres north of the floor plan origin", examples = "4") Double y) {

    public static Position of(FloorPosition position) {
        return position == null ? new Position(0.0, 0.0) : new Position(position.x(), position.y());
    }

    /** This position with its missing coordinates taken from {@code current}. */
    public FloorPosition over(FloorPosition current) {
        return new FloorPosition(x == null ? current.x() : x, y == null ? current.y() : y);
    }
}
