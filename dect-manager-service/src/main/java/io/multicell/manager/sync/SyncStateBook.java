package io.multicell.manager.sync;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.sync.SyncOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Remembers the last sync state published for every planned base and tells which bases changed.
 * A change is what consumers of multicell.sync.v1 care about: status, effective level or sync source, and also
 * sync type or cluster (a base moved to another cluster, or from DECT to LAN slave, shows different columns).
 */
public final class SyncStateBook {

    private final Map<MacAddress, SyncOutcome> published = new HashMap<>();
    // Never cleared: a base removed and planned again keeps counting up within this run.
    private final Map<MacAddress, Long> sequences = new HashMap<>();

    /** Takes the latest resolution of every planned base; bases missing from it are forgotten. */
    public List<SyncTransition> record(Map<MacAddress, SyncOutcome> outcomes) {
        published.keySet().retainAll(outcomes.keySet());
        List<SyncTransition> transitions = new ArrayList<>();
        outcomes.forEach((mac, current) -> {
            Optional<SyncOutcome> previous = Optional.ofNullable(published.get(mac));
            if (previous.isPresent() && sameForConsumers(previous.get(), current)) {
                published.put(mac, current); // keep RSSI fresh without telling anyone
                return;
            }
            long sequence = sequences.merge(mac, 1L, Long::sum);
            published.put(mac, current);
            transitions.add(new SyncTransition(mac, previous, current, sequence));
        });
        return transitions;
    }

    private static boolean sameForConsumers(SyncOutcome a, SyncOutcome b) {
        return a.status() == b.status()
                && a.effectiveLevel() == b.effectiveLevel()
                && Objects.equals(a.source(), b.source())
                && a.syncType().equals(b.syncType())
                && a.cluster() == b.cluster();
    }
}
