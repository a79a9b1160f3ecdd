package io.multicell.integrator.basestation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The synchronisation columns of one base; absent fields keep their value. */
@Schema(name = "SyncSettings")
public record SyncSettingsRequest(
        @Schema(description = "Cluster 1..9") Integer cluster,
        @Schema(description = "DECT level 1..10; level 1 at most once per cluster") Integer syncLevel,
        @Schema(description = "DECT or LAN below level 1; absent on level 1", enumeration = {"DECT", "LAN"}) String syncSlave,
        @Schema(description = "LAN master (level 1 only)") Boolean lanMaster,
        @Schema(description = "Redundancy sync master (level 2 only)") Boolean syncMasterRedundancy) {

    public BaseStationSettings settings() {
        return BaseStationSettings.sync(cluster, syncLevel, syncSlave, lanMaster, syncMasterRedundancy);
    }
}
