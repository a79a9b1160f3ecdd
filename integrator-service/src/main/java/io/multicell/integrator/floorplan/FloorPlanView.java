package io.multicell.integrator.floorplan;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything the live floor plan draws at one moment; later changes come as events. */
@Schema(name = "FloorPlan")
public record FloorPlanView(
        @Schema(description = "The DECT manager answered (false: bases shown Offline, handsets without links)") boolean dmConnected,
        @Schema(description = "A handset simulator is configured (handsets can be moved)") boolean simulation,
        @Schema(description = "The simulator answered (false with simulation: positions unknown for now)") boolean simulatorConnected,
        List<BaseOnPlan> bases,
        List<HandsetOnPlan> handsets) {
}
