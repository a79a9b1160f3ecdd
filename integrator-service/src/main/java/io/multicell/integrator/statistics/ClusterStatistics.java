package io.multicell.integrator.statistics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The summary row of one cluster in the manual's statistics tree: every counter summed over its bases. Calls and
 * Calls-pk are summed too, so callsPeak is the sum of the bases' peaks (an upper bound of the cluster's own peak).
 */
@Schema(name = "ClusterStatistics", description = "Counters summed over the bases of one cluster; calls and callsPeak are sums too")
public record ClusterStatistics(int cluster, int baseStations, long conn, long hoSetup, long hoRelease, long callDrops,
                                long async, long busy, long connDrops, long calls, long callsPeak, long syncSwaps) {

    static ClusterStatistics empty(int cluster) {
        return new ClusterStatistics(cluster, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    ClusterStatistics plus(BaseStationStatistics b) {
        return new ClusterStatistics(cluster, baseStations + 1, conn + b.conn(), hoSetup + b.hoSetup(), hoRelease + b.hoRelease(),
                callDrops + b.callDrops(), async + b.async(), busy + b.busy(), connDrops + b.connDrops(), calls + b.calls(),
                callsPeak + b.callsPeak(), syncSwaps + b.syncSwaps());
    }

    /** One row per cluster that has bases, by cluster number. */
    public static List<ClusterStatistics> of(List<BaseStationStatistics> bases) {
        Map<Integer, ClusterStatistics> clusters = new TreeMap<>();
        for (BaseStationStatistics base : bases) {
            clusters.put(base.cluster(), clusters.getOrDefault(base.cluster(), empty(base.cluster())).plus(base));
        }
        return List.copyOf(clusters.values());
    }
}
