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
        return between(before, after, calls, Map.of(), Duration.ZERO);
    }

    /**
     * As above, less what each service uses when no call is made ({@code idlePerSecond}, from {@link #idlePerSecond})
     * over the {@code elapsed} time between the readings.
     */
    static CpuPerCall between(Map<String, Duration> before, Map<String, Duration> after, long calls,
            Map<String, Double> idlePerSecond, Duration elapsed) {
        Map<String, Double> perCall = new LinkedHashMap<>();
        if (calls <= 0) {
            return new CpuPerCall(perCall);
        }
        double seconds = elapsed.toNanos() / 1e9;
        for (var entry : after.entrySet()) {
            Duration used = entry.getValue().minus(before.getOrDefault(entry.getKey(), Duration.ZERO));
            double callMillis = used.toNanos() / 1e6 - idlePerSecond.getOrDefault(entry.getKey(), 0.0) * seconds;
            String name = entry.getKey().startsWith(BASE_PREFIX) ? BASES : entry.getKey();
            perCall.merge(name, Math.max(0, callMillis) / calls, Double::sum);
        }
        return new CpuPerCall(perCall);
    }

    /** Milliseconds of CPU per second each service used between two readings with no call in between. */
    static Map<String, Double> idlePerSecond(Map<String, Duration> before, Map<String, Duration> after, Duration elapsed) {
        Map<String, Double> perSecond = new LinkedHashMap<>();
        double seconds = Math.max(1e-3, elapsed.toNanos() / 1e9);
        after.forEach((name, cpu) -> perSecond.put(name,
                cpu.minus(before.getOrDefault(name, Duration.ZERO)).toNanos() / 1e6 / seconds));
        return perSecond;
    }

    /** "sip-gateway 12.0, bases 30.5, ... = 50.1 ms CPU per second" of an idle cluster. */
    static String describeIdle(Map<String, Double> perSecond) {
        Map<String, Double> grouped = new LinkedHashMap<>();
        perSecond.forEach((name, ms) -> grouped.merge(name.startsWith(BASE_PREFIX) ? BASES : name, ms, Double::sum));
        return grouped.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "))
                + String.format(Locale.ROOT, " = %.1f ms CPU per second",
                        grouped.values().stream().mapToDouble(Double::doubleValue).sum());
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
