package io.multicell.integrator.basestation;

import io.multicell.core.sync.BaseStationStatus;
import io.multicell.core.sync.SyncSettings;
import io.multicell.core.sync.SyncSlave;
import io.multicell.integrator.dm.LiveBaseStation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of the connected list: the configuration of record merged with what the DM reports live. */
@Schema(name = "BaseStation", description = "A confirmed (connected) base station")
public record BaseStationView(
        @Schema(examples = "7C:2F:80:00:00:01") String mac,
        @Schema(examples = "Reception") String name,
        @Schema(description = "RPN, 2 hex digits; null until the DECT manager assigned one", examples = "01") String rpn,
        @Schema(description = "RFPI = PARI + RPN, 10 hex digits", examples = "1A2B3C4D01") String rfpi,
        @Schema(description = "Name of the DECT manager the base belongs to", examples = "DM1") String dmName,
        @Schema(description = "Firmware reported by the base (null when unknown)", examples = "2.54.0") String firmware,
        @Schema(description = "Current IP address reported by the base (null when unknown)") String ipAddress,
        @Schema(enumeration = {"DHCP", "STATIC"}) String ipAddressType,
        String staticIpAddress,
        boolean activated,
        @Schema(description = "Status as the manual shows it", enumeration = {"Offline", "Deactivated", "No sync", "Sync", "Sync overload"})
        String status,
        @Schema(enumeration = {"OFFLINE", "DEACTIVATED", "NO_SYNC", "SYNC", "SYNC_OVERLOAD"}) String statusCode,
        @Schema(description = "The base co-located with the DECT manager") boolean local,
        int cluster,
        int syncLevel,
        @Schema(description = "Sync Level column: \"2 1\" for a redundancy master", examples = "2") String syncLevelLabel,
        @Schema(enumeration = {"DECT", "LAN"}, nullable = true) String syncSlave,
        boolean lanMaster,
        boolean syncMasterRedundancy,
        boolean reducedTxPower,
        Position position,
        @Schema(description = "\"1\" running free, \"D\" DECT slave, \"L\" LAN slave, \"\" not synchronised", enumeration = {"1", "D", "L", ""})
        String syncType,
        @Schema(description = "Reference column, e.g. \"Cluster 1\"") String reference,
        String syncSourceMac,
        String syncSourceRfpi) {

    /** Merges a confirmed base with its live state ({@code live} null: the DM does not know it or was not reachable). */
    public static BaseStationView of(ConfirmedBase base, LiveBaseStation live, String dmName) {
        SyncSettings sync = base.sync();
        RadioIdentity radio = base.radioIdentity().orElse(live == null ? null : live.radio());
        BaseStationStatus status = live == null ? BaseStationStatus.OFFLINE : live.status();
        return new BaseStationView(
                base.mac().value(),
                base.name(),
                radio == null ? null : radio.rpn().toString(),
                radio == null ? null : radio.rfpi().toString(),
                dmName,
                live == null ? null : live.firmware(),
                live == null ? null : live.ipAddress(),
                base.ip().type().name(),
                base.ip().staticAddress(),
                base.activated(),
                status.label(),
                status.name(),
                live != null && live.local(),
                sync.cluster(),
                sync.syncLevel(),
                sync.levelLabel(),
                syncSlave(sync.syncSlave()),
                sync.lanMaster(),
                sync.syncMasterRedundancy(),
                base.reducedTxPower(),
                Position.of(base.position()),
                live == null ? "" : live.syncType(),
                live == null ? "" : live.reference(),
                live == null || live.syncSourceMac() == null ? null : live.syncSourceMac().value(),
                live == null ? null : live.syncSourceRfpi());
    }

    static String syncSlave(SyncSlave slave) {
        return slave == SyncSlave.NONE ? null : slave.name();
    }
}
