package io.multicell.integrator.basestation;

import io.multicell.integrator.dm.LiveBaseStation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of the manual's "List of synchronised base stations". */
@Schema(name = "SynchronisationRow")
public record SynchronisationRow(
        String mac,
        String name,
        String dmName,
        int cluster,
        int syncLevel,
        @Schema(description = "\"2 1\" for a redundancy master") String syncLevelLabel,
        boolean lanMaster,
        @Schema(enumeration = {"DECT", "LAN"}, nullable = true) String syncSlave,
        String status,
        String statusCode,
        @Schema(enumeration = {"1", "D", "L", ""}) String syncType,
        String reference,
        String syncSourceMac,
        String syncSourceRfpi) {

    public static SynchronisationRow of(ConfirmedBase base, LiveBaseStation live, String dmName) {
        BaseStationView view = BaseStationView.of(base, live, dmName);
        return new SynchronisationRow(view.mac(), view.name(), view.dmName(), view.cluster(), view.syncLevel(),
                view.syncLevelLabel(), view.lanMaster(), view.syncSlave(), view.status(), view.statusCode(),
                view.syncType(), view.reference(), view.syncSourceMac(), view.syncSourceRfpi());
    }

}
