package io.multicell.integrator.floorplan;

import io.multicell.integrator.basestation.Position;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A handset on the floor plan.
 *
 * @param baseMac    the base it holds its link to: where the DM located it, else (simulation) the base it listens to
 * @param attached   the DM located it at {@code baseMac}
 * @param position   null when unknown (a real handset): the page draws it next to its base
 * @param outOfRange hears no base in service (simulation), or registered but not attached anywhere
 */
@Schema(name = "FloorPlanHandset")
public record HandsetOnPlan(
        @Schema(examples = "0279A7C1D2") String ipui,
        @Schema(description = "Handset name of its Mobile devices entry; null when it has none") String name,
        String baseMac,
        boolean attached,
        Position position,
        boolean inCall,
        boolean outOfRange,
        @Schema(description = "Id of the virtual handset in the simulator; null for a handset the simulator does not know")
        String simulatorId) {
}
