package io.multicell.integrator.floorplan;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One base in its cluster's sync tree; {@code children} take their sync from it.
 *
 * @param liveSource true: the parent is the sync source the DM reports; false: the DM reports none, and the base
 *                   hangs under the first base one level up, as the plan intends
 */
@Schema(name = "SyncNode")
public record SyncNode(
        String mac,
        String name,
        @Schema(description = "Configured level, 1 = sync master") int syncLevel,
        @Schema(description = "\"2 1\" for a redundancy master") String syncLevelLabel,
        @Schema(enumeration = {"DECT", "LAN"}, nullable = true) String syncSlave,
        boolean lanMaster,
        boolean redundancyMaster,
        @Schema(enumeration = {"Offline", "Deactivated", "No sync", "Sync", "Sync overload"}) String status,
        @Schema(enumeration = {"OFFLINE", "DEACTIVATED", "NO_SYNC", "SYNC", "SYNC_OVERLOAD"}) String statusCode,
        @Schema(enumeration = {"1", "D", "L", ""}) String syncType,
        String syncSourceMac,
        boolean liveSource,
        List<SyncNode> children) {
}
