package io.multicell.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Re-lock → DM location latencies of all handsets, with the re-locks the DM never followed. */
record Latencies(Percentiles percentiles, int pairs, int lostRelocks, int unexplainedUpdates, int relocks) {

    /**
     * @param locksByIpui   re-locks per handset
     * @param updatesByIpui DM location updates per handset
     * @param tolerance     per handset: how much earlier than its re-lock a DM update may seem
     */
    static Latencies of(Map<String, List<Relock>> locksByIpui, Map<String, List<Relock>> updatesByIpui,
            Function<String, Duration> tolerance) {
        var samples = new ArrayList<Duration>();
        int lost = 0;
        int unexplained = 0;
        int relocks = 0;
        var ipuis = new java.util.TreeSet<String>();
        ipuis.addAll(locksByIpui.keySet());
        ipuis.addAll(updatesByIpui.keySet());
        for (String ipui : ipuis) {
            List<Relock> locks = locksByIpui.getOrDefault(ipui, List.of());
            relocks += locks.size();
            var result = RelockMatcher.match(locks, updatesByIpui.getOrDefault(ipui, List.of()), tolerance.apply(ipui));
            samples.addAll(result.latencies());
            lost += result.lostRelocks();
            unexplained += result.unexplained();
        }
        return new Latencies(new Percentiles(samples), samples.size(), lost, unexplained, relocks);
    }

    Figure quantile(double q, String unmeasuredWhy) {
        var value = percentiles.millis(q);
        return value.isPresent() ? Figure.of(value.getAsLong(), "ms") : Figure.unmeasured(unmeasuredWhy);
    }
}
