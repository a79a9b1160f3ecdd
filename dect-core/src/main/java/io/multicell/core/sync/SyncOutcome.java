package io.multicell.core.sync;

import io.multicell.core.identity.MacAddress;
import java.util.Optional;

/**
 * The sync state the resolver derived for one base.
 *
 * @param status         status column
 * @param syncType       the manual's sync type: "1" running free (master), "D" DECT slave, "L" LAN slave, "" not synchronised
 * @param source         the base it synchronises with (empty for a master or when not synchronised)
 * @param sourceRssiDbm  RSSI at which it hears that source over the air (NaN for LAN or none)
 * @param effectiveLevel the level it runs at: a redundancy master that took over runs at 1
 * @param cluster        its cluster
 */
public record SyncOutcome(
        BaseStationStatus status,
        String syncType,
        Optional<MacAddress> source,
        double sourceRssiDbm,
        int effectiveLevel,
        int cluster) {

    static SyncOutcome notSynchronised(BaseStationStatus status, SyncSettings sync) {
        return new SyncOutcome(status, "", Optional.empty(), Double.NaN, sync.syncLevel(), sync.cluster());
    }

    public boolean inSync() {
        return status == BaseStationStatus.SYNC || status == BaseStationStatus.SYNC_OVERLOAD;
    }

    /** The manual's Reference column: cluster name for a DECT slave, DM name for a LAN slave, empty otherwise. */
    public String reference(String dectManagerName) {
        return switch (syncType) {
            case "D" -> "Cluster " + cluster;
            case "L" -> dectManagerName;
            default -> "";
        };
    }
}
