package io.multicell.integrator.basestation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Confirms a pending base: its MAC plus the settings of the "Adding base stations" page (absent: defaults). */
@Schema(name = "ConfirmBaseStation")
public record ConfirmRequest(
        @Schema(description = "MAC of a pending base; any notation (7C:2F:80:00:00:01, 7c2f80000001, 7C-2F-80-00-00-01)",
                required = true, examples = "7C:2F:80:00:00:02")
        String mac,
        String name,
        String ipAddressType,
        String staticIpAddress,
        Boolean activated,
        Position position,
        Integer cluster,
        Integer syncLevel,
        String syncSlave,
        Boolean lanMaster,
        Boolean syncMasterRedundancy,
        Boolean reducedTxPower) {

    public BaseStationSettings settings() {
        return new BaseStationSettings(name, ipAddressType, staticIpAddress, activated, position, cluster, syncLevel,
                syncSlave, lanMaster, syncMasterRedundancy, reducedTxPower);
    }
}
