package io.multicell.integrator.basestation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One base of an export file: everything the admin configured, nothing the DM assigned. */
@Schema(name = "ExportedBaseStation")
public record TransferredBase(
        String mac,
        String name,
        Boolean activated,
        String ipAddressType,
        String staticIpAddress,
        Integer cluster,
        Integer syncLevel,
        String syncSlave,
        Boolean lanMaster,
        Boolean syncMasterRedundancy,
        Boolean reducedTxPower,
        Position position) {

    public static TransferredBase of(ConfirmedBase base) {
        return new TransferredBase(base.mac().value(), base.name(), base.activated(), base.ip().type().name(),
                base.ip().staticAddress(), base.sync().cluster(), base.sync().syncLevel(),
                BaseStationView.syncSlave(base.sync().syncSlave()), base.sync().lanMaster(),
                base.sync().syncMasterRedundancy(), base.reducedTxPower(), Position.of(base.position()));
    }

    public BaseStationSettings settings() {
        return new BaseStationSettings(name, ipAddressType, staticIpAddress, activated, position, cluster, syncLevel,
                syncSlave, lanMaster, syncMasterRedundancy, reducedTxPower);
    }
}
