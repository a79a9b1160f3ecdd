package io.multicell.core.sync;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.RadioModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Derives every base's sync state from the plan, which bases are online and what they hear.
 *
 * <p>Rules of the manual: a base synchronises only within its cluster; level 1 is the master and runs free;
 * a DECT slave synchronises with the strongest base of a better level that it hears and that is itself in
 * sync; one that hears none stays No sync; a LAN slave synchronises with its cluster's LAN master. A level 2
 * base marked as sync master redundancy takes over as level 1 while the cluster's master is not available.
 */
public final class SyncResolver {

    private final RadioModel radio;

    public SyncResolver(RadioModel radio) {
        this.radio = radio;
    }

    public Map<MacAddress, SyncOutcome> resolve(Collection<SyncCandidate> candidates) {
        Map<MacAddress, SyncOutcome> outcomes = new TreeMap<>();
        Map<Integer, List<SyncCandidate>> byCluster = candidates.stream()
                .collect(Collectors.groupingBy(c -> c.sync().cluster(), TreeMap::new, Collectors.toList()));
        byCluster.values().forEach(cluster -> outcomes.putAll(resolveCluster(cluster)));
        return outcomes;
    }

    private Map<MacAddress, SyncOutcome> resolveCluster(List<SyncCandidate> cluster) {
        Map<MacAddress, SyncOutcome> outcomes = new LinkedHashMap<>();
        List<SyncCandidate> running = new ArrayList<>();
        for (SyncCandidate c : cluster) {
            if (!c.online()) {
                outcomes.put(c.mac(), SyncOutcome.notSynchronised(BaseStationStatus.OFFLINE, c.sync()));
            } else if (!c.base().activated()) {
                outcomes.put(c.mac(), SyncOutcome.notSynchronised(BaseStationStatus.DEACTIVATED, c.sync()));
            } else {
                running.add(c);
            }
        }
        Optional<SyncCandidate> master = running.stream().filter(c -> c.sync().syncLevel() == 1).findFirst()
                .or(() -> running.stream()
                        .filter(c -> c.sync().syncMasterRedundancy())
                        .min(Comparator.comparing(SyncCandidate::mac)));
        Map<MacAddress, Integer> effectiveLevel = new LinkedHashMap<>();
        running.forEach(c -> effectiveLevel.put(c.mac(), c.sync().syncLevel()));
        master.ifPresent(m -> {
            effectiveLevel.put(m.mac(), 1);
            outcomes.put(m.mac(), new SyncOutcome(BaseStationStatus.SYNC, "1", Optional.empty(), Double.NaN, 1, m.sync().cluster()));
        });
        Optional<SyncCandidate> lanMaster = master.filter(m -> m.sync().lanMaster() || m.sync().syncMasterRedundancy()
                && cluster.stream().anyMatch(c -> c.sync().lanMaster()));

        // Better levels settle first, so a slave only ever looks at bases whose state is final.
        List<SyncCandidate> slaves = running.stream()
                .filter(c -> master.map(m -> !m.mac().equals(c.mac())).orElse(true))
                .sorted(Comparator.comparingInt((SyncCandidate c) -> c.sync().syncLevel()).thenComparing(SyncCandidate::mac))
                .toList();
        for (SyncCandidate slave : slaves) {
            outcomes.put(slave.mac(), slave.sync().syncSlave() == SyncSlave.LAN
                    ? lanSlave(slave, lanMaster, outcomes)
                    : dectSlave(slave, running, effectiveLevel, outcomes));
        }
        return outcomes;
    }

    private SyncOutcome lanSlave(SyncCandidate slave, Optional<SyncCandidate> lanMaster, Map<MacAddress, SyncOutcome> outcomes) {
        return lanMaster
                .filter(m -> outcomes.get(m.mac()) != null && outcomes.get(m.mac()).inSync())
                .map(m -> new SyncOutcome(BaseStationStatus.SYNC, "L", Optional.of(m.mac()), Double.NaN,
                        slave.sync().syncLevel(), slave.sync().cluster()))
                .orElseGet(() -> SyncOutcome.notSynchronised(BaseStationStatus.NO_SYNC, slave.sync()));
    }

    private SyncOutcome dectSlave(SyncCandidate slave, List<SyncCandidate> running, Map<MacAddress, Integer> effectiveLevel,
                                  Map<MacAddress, SyncOutcome> outcomes) {
        int level = slave.sync().syncLevel();
        SyncCandidate best = null;
        double bestRssi = Double.NEGATIVE_INFINITY;
        for (SyncCandidate other : running) {
            SyncOutcome otherOutcome = outcomes.get(other.mac());
            if (other == slave || otherOutcome == null || !otherOutcome.inSync() || effectiveLevel.get(other.mac()) >= level) {
                continue;
            }
            double rssi = radio.rssiDbm(other.position(), slave.position());
            if (rssi >= radio.parameters().syncThresholdDbm() && rssi > bestRssi) {
                best = other;
                bestRssi = rssi;
            }
        }
        if (best == null) {
            return SyncOutcome.notSynchronised(BaseStationStatus.NO_SYNC, slave.sync());
        }
        return new SyncOutcome(BaseStationStatus.SYNC, "D", Optional.of(best.mac()), bestRssi, level, slave.sync().cluster());
    }
}
