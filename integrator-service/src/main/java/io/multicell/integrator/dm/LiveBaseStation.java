package io.multicell.integrator.dm;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.FloorPosition;
import io.multicell.core.sync.BaseStationStatus;
import io.multicell.integrator.basestation.RadioIdentity;

/**
 * What the DECT manager knows of one base right now.
 *
 * @param assigned           in the DM's plan (connected list) rather than pending
 * @param online             its control stream is open
 * @param radio              RPN/RFPI, null while pending
 * @param syncType           "1", "D", "L" or "" (Reference column)
 * @param syncSourceMac      base it takes its sync from, null for a master or when not synchronised
 * @param reportedPosition   where the base says it is installed (null when it did not say)
 * @param local              the base co-located with the DM (LocalBS)
 * @param effectiveSyncLevel level it runs at: a redundancy master that took over runs at 1
 */
public record LiveBaseStation(
        MacAddress mac,
        boolean assigned,
        boolean online,
        String firmware,
        String ipAddress,
        RadioIdentity radio,
        BaseStationStatus status,
        String syncType,
        MacAddress syncSourceMac,
        String syncSourceRfpi,
        String reference,
        FloorPosition reportedPosition,
        boolean local,
        int effectiveSyncLevel) {
}
