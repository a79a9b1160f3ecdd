package io.multicell.integrator.floorplan;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One cluster's sync tree: its masters (normally one root, the level-1 base) and who syncs from whom. */
@Schema(name = "ClusterTopology")
public record ClusterTopology(
        int cluster,
        @Schema(description = "MAC of the LAN master, null when the cluster has none") String lanMaster,
        @Schema(description = "MAC of the redundancy master, null when the cluster has none") String redundancyMaster,
        List<SyncNode> roots) {
}
