package io.multicell.integrator.dm;

import io.multicell.integrator.handset.RegStatus;

/**
 * What the DECT manager reports for one handset entry right now.
 *
 * @param ipui            IPUI of the registered handset, or the entry's pattern while none is bound
 * @param status          live RegStatus; null when the DM did not state one
 * @param reachable       the handset is attached at some base
 * @param locationBaseMac base the handset is locked to (last known), null when unknown
 * @param model           handset model as reported (Type column), null when unknown
 */
public record LiveSubscription(
        String entryId,
        String ipui,
        RegStatus status,
        boolean reachable,
        String locationBaseMac,
        String locationRfpi,
        String model,
        String firmware) {
}
