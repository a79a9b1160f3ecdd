package io.multicell.manager.calls;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Rfpi;
import java.util.Optional;

/**
 * What call routing needs to know of one base.
 *
 * @param cluster      0 for a base that is not planned (it belongs to no cluster)
 * @param inSync       status Sync (or Sync overload)
 * @param online       control stream open and heartbeats fresh
 * @param airEndpoint  where handsets reach it (also where its VoiceRelay listens)
 */
public record CallBase(MacAddress mac, int cluster, boolean inSync, boolean online, String airEndpoint, Optional<Rfpi> rfpi) {

    /** A base that can carry a bearer of a neighbour's call: planned, online and in Sync. */
    public boolean canCarry() {
        return cluster > 0 && inSync && online;
    }
}
