package io.multicell.integrator.floorplan;

import io.multicell.core.sync.BaseStationStatus;
import io.multicell.integrator.basestation.ConfirmedBase;
import io.multicell.integrator.basestation.LiveState;
import io.multicell.integrator.basestation.LiveStateReader;
import io.multicell.integrator.basestation.PlanCoordinator;
import io.multicell.integrator.dm.LiveBaseStation;
import io.multicell.core.sync.SyncSlave;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The sync topology view: per cluster, the tree of sync levels with LAN and redundancy masters and sync states. */
@ApplicationScoped
public class SyncTopology {

    private final PlanCoordinator plan;
    private final LiveStateReader live;

    public SyncTopology(PlanCoordinator plan, LiveStateReader live) {
        this.plan = plan;
        this.live = live;
    }

    public List<ClusterTopology> clusters() {
        return of(plan.current().bases(), live.read());
    }

    /** Activated bases only, as the manual's sync list; clusters in order, siblings by level then MAC. */
    static List<ClusterTopology> of(List<ConfirmedBase> bases, LiveState state) {
        Map<Integer, List<ConfirmedBase>> byCluster = new TreeMap<>();
        bases.stream().filter(ConfirmedBase::activated)
                .sorted(Comparator.comparingInt((ConfirmedBase b) -> b.sync().syncLevel()).thenComparing(ConfirmedBase::mac))
                .forEach(b -> byCluster.computeIfAbsent(b.sync().cluster(), c -> new ArrayList<>()).add(b));
        var clusters = new ArrayList<ClusterTopology>();
        byCluster.forEach((cluster, members) -> clusters.add(cluster(cluster, members, state)));
        return clusters;
    }

    private static ClusterTopology cluster(int cluster, List<ConfirmedBase> members, LiveState state) {
        Map<String, ConfirmedBase> byMac = new HashMap<>();
        members.forEach(b -> byMac.put(b.mac().value(), b));
        Map<String, String> parent = new HashMap<>();
        Set<String> liveParent = new HashSet<>();
        for (ConfirmedBase base : members) {
            String mac = base.mac().value();
            Optional<String> source = state.find(base.mac()).map(LiveBaseStation::syncSourceMac).map(m -> m.value())
                    .filter(byMac::containsKey).filter(m -> !m.equals(mac));
            if (source.isPresent()) {
                parent.put(mac, source.get());
                liveParent.add(mac);
            } else {
                // The DM reports no source: hang it where the plan puts it, under the first base one level up.
                members.stream().filter(m -> m.sync().syncLevel() == base.sync().syncLevel() - 1).findFirst()
                        .ifPresent(up -> parent.put(mac, up.mac().value()));
            }
        }
        breakCycles(parent, liveParent);
        Map<String, List<ConfirmedBase>> children = new HashMap<>();
        var roots = new ArrayList<ConfirmedBase>();
        for (ConfirmedBase base : members) {
            String up = parent.get(base.mac().value());
            if (up == null) {
                roots.add(base);
            } else {
                children.computeIfAbsent(up, k -> new ArrayList<>()).add(base);
            }
        }
        String lanMaster = members.stream().filter(b -> b.sync().lanMaster()).map(b -> b.mac().value()).findFirst().orElse(null);
        String redundancy = members.stream().filter(b -> b.sync().syncMasterRedundancy()).map(b -> b.mac().value())
                .findFirst().orElse(null);
        return new ClusterTopology(cluster, lanMaster, redundancy,
                roots.stream().map(r -> node(r, children, liveParent, state)).toList());
    }

    /** Live sources could in principle point in a circle during a re-sync; a base whose chain loops becomes a root. */
    private static void breakCycles(Map<String, String> parent, Set<String> liveParent) {
        for (String start : new ArrayList<>(parent.keySet())) {
            Set<String> seen = new HashSet<>();
            String at = start;
            while (at != null && seen.add(at)) {
                at = parent.get(at);
            }
            if (at != null) {
                parent.remove(at);
                liveParent.remove(at);
            }
        }
    }

    private static SyncNode node(ConfirmedBase base, Map<String, List<ConfirmedBase>> children, Set<String> liveParent,
                                 LiveState state) {
        String mac = base.mac().value();
        LiveBaseStation live = state.find(base.mac()).orElse(null);
        BaseStationStatus status = live == null ? BaseStationStatus.OFFLINE : live.status();
        return new SyncNode(mac, base.name(), base.sync().syncLevel(), base.sync().levelLabel(),
                base.sync().syncSlave() == SyncSlave.NONE ? null : base.sync().syncSlave().name(),
                base.sync().lanMaster(), base.sync().syncMasterRedundancy(), status.label(), status.name(),
                live == null ? "" : live.syncType(),
                live == null || live.syncSourceMac() == null ? null : live.syncSourceMac().value(),
                liveParent.contains(mac),
                children.getOrDefault(mac, List.of()).stream().map(c -> node(c, children, liveParent, state)).toList());
    }
}
