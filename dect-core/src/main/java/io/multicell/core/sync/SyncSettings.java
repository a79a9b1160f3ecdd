package io.multicell.core.sync;

import io.multicell.core.InvalidValueException;

/**
 * Per-base synchronisation settings of the manual's cluster configuration.
 *
 * @param cluster              1..9
 * @param syncLevel            1..10, 1 is the best level (the cluster's sync master)
 * @param syncSlave            NONE on level 1, DECT or LAN below
 * @param lanMaster            acts as the cluster's LAN master (level 1 only)
 * @param syncMasterRedundancy takes over as master when level 1 fails (level 2 only; shown as "2 1")
 */
public record SyncSettings(int cluster, int syncLevel, SyncSlave syncSlave, boolean lanMaster, boolean syncMasterRedundancy) {

    public static final int MAX_CLUSTER = 9;
    public static final int MAX_SYNC_LEVEL = 10;

    public SyncSettings {
        if (cluster < 1 || cluster > MAX_CLUSTER) {
            throw new InvalidValueException("cluster", "must be 1..9");
        }
        if (syncLevel < 1 || syncLevel > MAX_SYNC_LEVEL) {
            throw new InvalidValueException("syncLevel", "must be 1..10");
        }
        if (syncSlave == null) {
            syncSlave = syncLevel == 1 ? SyncSlave.NONE : SyncSlave.DECT;
        }
        if (syncLevel == 1 && syncSlave != SyncSlave.NONE) {
            throw new InvalidValueException("syncSlave", "must be empty on level 1 (the sync master)");
        }
        if (syncLevel > 1 && syncSlave == SyncSlave.NONE) {
            throw new InvalidValueException("syncSlave", "must be DECT or LAN below level 1");
        }
        if (lanMaster && syncLevel != 1) {
            throw new InvalidValueException("lanMaster", "the LAN master can only be configured on DECT level 1");
        }
        if (syncMasterRedundancy && syncLevel != 2) {
            throw new InvalidValueException("syncMasterRedundancy", "only a level 2 base can act as sync master redundancy");
        }
    }

    /** What a newly confirmed base gets: cluster 1, level 2, DECT slave. */
    public static SyncSettings defaults() {
        return new SyncSettings(1, 2, SyncSlave.DECT, false, false);
    }

    /** The Sync Level column: "2 1" for a redundancy master. */
    public String levelLabel() {
        return syncMasterRedundancy ? "2 1" : Integer.toString(syncLevel);
    }
}
