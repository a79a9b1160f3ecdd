package io.multicell.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time (user + system, from the operating system) each service spent per call of one load: the cost of a call
 * where the latency figures on a shared machine mostly say how busy the others were.
 *
 * @param millisPerCall milliseconds of CPU per answered call, by service (the bases summed as "bases")
 */
record CpuPerCall(Map<String, Double> millisPerCall) {

    static final String BASES = "bases";
    private static final String BASE_PREFIX = "base-station-";

    CpuPerCall {
        millisPerCall = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(millisPerCall));
    }

    /** The CPU used between two readings of {@link BenchCluster#cpuTimes()}, per call; none when no call was made. */
    static CpuPerCall between(Map<String, Duration> before, Map<String, Duration> after, long calls) {
        Map<String, Double> perCall = new LinkedHashMap<>();
        if (calls <= 0) {
            return new CpuPerCall(perCall);
        }
        for (var entry : after.entrySet()) {
            Duration used = entry.getValue().minus(before.getOrDefault(entry.getKey(), Duration.ZERO));
            String name = entry.getKey().startsWith(BASE_PREFIX) ? BASES : entry.getKey();
            perCall.merge(name, used.toNanos() / 1e6 / calls, Double::sum);
        }
        return new CpuPerCall(perCall);
    }

    double total() {
        return millisPerCall.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** "sip-gateway 1.2, dect-manager 0.8, ... = 4.1 ms CPU per call". */
    String describe() {
        if (millisPerCall.isEmpty()) {
            return "no call";
        }
        return millisPerCall.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ")) + String.format(Locale.ROOT, " = %.2f ms CPU per call", total());
    }
}
