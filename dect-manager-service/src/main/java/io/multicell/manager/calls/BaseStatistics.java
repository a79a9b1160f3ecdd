package io.multicell.manager.calls;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.sync.SyncOutcome;
import io.multicell.manager.sync.SyncTransition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DM's statistics counters per base, kept in memory (a DM restart starts them at 0). Conn is the base's own
 * counter, copied from its heartbeats. Confined to the control thread.
 *
 * <ul>
 *   <li>Async: a base whose status goes from Sync (or Sync overload) to No sync (going Offline is a Conn drop instead).
 *   <li>Conn drops: the control stream of a base ended (closed or broken).
 *   <li>Sync swaps: the cluster's running sync master (effective level 1, in Sync) changed from A to B while A is no
 *       longer in Sync (A failed); every planned base of that cluster counts one. A master coming back is no swap.
 * </ul>
 */
public final class BaseStatistics {

    private final Map<MacAddress, BaseCounters> counters = new HashMap<>();
    private final Map<Integer, MacAddress> masterOfCluster = new HashMap<>();

    public BaseCounters of(MacAddress base) {
        return counters.computeIfAbsent(base, b -> new BaseCounters());
    }

    public void busy(MacAddress base) {
        of(base).busy++;
    }

    public void callDrop(MacAddress base) {
        of(base).callDrops++;
    }

    public void handover(MacAddress from, MacAddress to) {
        of(from).hoRelease++;
        of(to).hoSetup++;
    }

    public void connDrop(MacAddress base) {
        of(base).connDrops++;
    }

    public void conn(MacAddress base, long macConnections) {
        of(base).conn = macConnections;
    }

    public void calls(MacAddress base, int callsNow) {
        BaseCounters c = of(base);
        c.callsPeak = Math.max(c.callsPeak, callsNow);
    }

    /** A sync resolution: counts Async and Sync swaps. */
    public void syncSettled(List<SyncTransition> transitions, Map<MacAddress, SyncOutcome> outcomes) {
        for (SyncTransition t : transitions) {
            if (t.previous().map(SyncOutcome::inSync).orElse(false)
                    && t.current().status() == io.multicell.core.sync.BaseStationStatus.NO_SYNC) {
                of(t.mac()).async++;
            }
        }
        Map<Integer, MacAddress> masters = new HashMap<>();
        outcomes.forEach((mac, o) -> {
            if (o.inSync() && o.effectiveLevel() == 1) {
                masters.putIfAbsent(o.cluster(), mac);
            }
        });
        masters.forEach((cluster, master) -> {
            MacAddress before = masterOfCluster.put(cluster, master);
            boolean failed = before != null && !before.equals(master)
                    && !Optional.ofNullable(outcomes.get(before)).map(SyncOutcome::inSync).orElse(false);
            if (failed) {
                outcomes.forEach((mac, o) -> {
                    if (o.cluster() == cluster) {
                        of(mac).syncSwaps++;
                    }
                });
            }
        });
    }

    /** "Reset all": every counter to 0, Calls-pk to the calls now. */
    public void reset(java.util.function.ToIntFunction<MacAddress> callsNow) {
        counters.forEach((mac, c) -> c.reset(callsNow.applyAsInt(mac)));
    }
}
