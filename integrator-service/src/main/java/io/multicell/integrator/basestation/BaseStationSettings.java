package io.multicell.integrator.basestation;

import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.FloorPosition;
import io.multicell.core.sync.PlannedBase;
import io.multicell.core.sync.SyncSettings;
import io.multicell.core.sync.SyncSlave;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The editable data of a base (the manual's "Adding/Editing base stations" page). Every field may be absent:
 * on confirmation an absent field takes its default, on an edit it keeps its current value.
 */
@Schema(name = "BaseStationSettings", description = "Editable settings of a base station; absent fields take their default (confirm) or keep their value (edit)")
public record BaseStationSettings(
        @Schema(description = "Name / location, at most 32 characters; empty: the MAC address (LocalBS for the local base)", examples = "Reception")
        String name,
        @Schema(description = "DHCP or STATIC", enumeration = {"DHCP", "STATIC"}, defaultValue = "DHCP")
        String ipAddressType,
        @Schema(description = "IPv4 address, required with STATIC; empty string clears it", examples = "192.168.2.10")
        String staticIpAddress,
        @Schema(description = "Activated bases manage handsets and calls", defaultValue = "true")
        Boolean activated,
        @Schema(description = "Position on the floor plan; default: where the pending base reported to be installed")
        Position position,
        @Schema(description = "Cluster 1..9", defaultValue = "1")
        Integer cluster,
        @Schema(description = "DECT sync level 1..10; level 1 at most once per cluster", defaultValue = "2")
        Integer syncLevel,
        @Schema(description = "DECT or LAN below level 1; absent on level 1", enumeration = {"DECT", "LAN"})
        String syncSlave,
        @Schema(description = "LAN master of its cluster (level 1 only)", defaultValue = "false")
        Boolean lanMaster,
        @Schema(description = "Takes over when the level 1 base fails (level 2 only; shown as level \"2 1\")", defaultValue = "false")
        Boolean syncMasterRedundancy,
        @Schema(description = "Reduce transmitting power for external antenna operation", defaultValue = "false")
        Boolean reducedTxPower) {

    /** Name the manual gives the base co-located with the DECT manager. */
    public static final String LOCAL_BASE_NAME = "LocalBS";

    public static BaseStationSettings none() {
        return new BaseStationSettings(null, null, null, null, null, null, null, null, null, null, null);
    }

    public static BaseStationSettings sync(Integer cluster, Integer syncLevel, String syncSlave, Boolean lanMaster,
                                           Boolean syncMasterRedundancy) {
        return new BaseStationSettings(null, null, null, null, null, cluster, syncLevel, syncSlave, lanMaster, syncMasterRedundancy, null);
    }

    public static BaseStationSettings position(Position position) {
        return new BaseStationSettings(null, null, null, null, position, null, null, null, null, null, null);
    }

    /** The same settings with another IP address type (import: the type chosen for all imported bases). */
    public BaseStationSettings withIpAddressType(String type) {
        return new BaseStationSettings(name, type, staticIpAddress, activated, position, cluster, syncLevel, syncSlave,
                lanMaster, syncMasterRedundancy, reducedTxPower);
    }

    /** A newly confirmed base: absent fields take the manual's defaults. */
    public ConfirmedBase confirm(MacAddress mac, boolean local, FloorPosition reportedPosition) {
        String defaultName = local ? LOCAL_BASE_NAME : mac.value();
        var ip = new IpAddressing(ipAddressType == null ? IpAddressType.DHCP : IpAddressType.parse("ipAddressType", ipAddressType),
                staticIpAddress);
        FloorPosition installed = reportedPosition == null ? new FloorPosition(0, 0) : reportedPosition;
        int level = syncLevel == null ? 2 : syncLevel;
        var sync = new SyncSettings(
                cluster == null ? 1 : cluster,
                level,
                syncSlaveOr(null),
                Boolean.TRUE.equals(lanMaster),
                Boolean.TRUE.equals(syncMasterRedundancy));
        var planned = new PlannedBase(mac, nameOr(defaultName), activated == null || activated, sync,
                position == null ? installed : position.over(installed));
        return new ConfirmedBase(planned, ip, Boolean.TRUE.equals(reducedTxPower), null);
    }

    /** An edited base: absent fields keep their value; RPN/RFPI stay. */
    public ConfirmedBase applyTo(ConfirmedBase current) {
        return applyTo(current, false);
    }

    /** As {@link #applyTo(ConfirmedBase)}; an emptied name becomes LocalBS for the local base, else the MAC. */
    public ConfirmedBase applyTo(ConfirmedBase current, boolean local) {
        SyncSettings was = current.sync();
        int level = syncLevel == null ? was.syncLevel() : syncLevel;
        // Moving to level 1 drops the slave function; leaving level 1 takes the default DECT unless told otherwise.
        SyncSlave keptSlave = level == 1 ? SyncSlave.NONE : was.syncSlave() == SyncSlave.NONE ? SyncSlave.DECT : was.syncSlave();
        var sync = new SyncSettings(
                cluster == null ? was.cluster() : cluster,
                level,
                syncSlaveOr(keptSlave),
                lanMaster == null ? was.lanMaster() : lanMaster,
                syncMasterRedundancy == null ? was.syncMasterRedundancy() : syncMasterRedundancy);
        var ip = new IpAddressing(
                ipAddressType == null ? current.ip().type() : IpAddressType.parse("ipAddressType", ipAddressType),
                staticIpAddress == null ? current.ip().staticAddress() : staticIpAddress);
        var planned = new PlannedBase(current.mac(), name == null ? current.name() : nameOr(local ? LOCAL_BASE_NAME : current.mac().value()),
                activated == null ? current.activated() : activated, sync,
                position == null ? current.position() : position.over(current.position()));
        return new ConfirmedBase(planned, ip, reducedTxPower == null ? current.reducedTxPower() : reducedTxPower, current.radio());
    }

    private String nameOr(String defaultName) {
        return name == null || name.isBlank() ? defaultName : name.strip();
    }

    private SyncSlave syncSlaveOr(SyncSlave fallback) {
        if (syncSlave == null || syncSlave.isBlank()) {
            return fallback;
        }
        return parseSyncSlave("syncSlave", syncSlave);
    }

    /** "DECT" or "LAN" (case-insensitive). */
    public static SyncSlave parseSyncSlave(String field, String text) {
        return switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "DECT" -> SyncSlave.DECT;
            case "LAN" -> SyncSlave.LAN;
            default -> throw new InvalidValueException(field, "must be DECT or LAN");
        };
    }
}
