package io.multicell.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How busy the whole machine was between two readings (Linux {@code /proc/stat}), and how much of it the cluster's
 * services took. On a small shared machine a latency figure mostly says how long a message waited for a core: this
 * puts the answer next to it.
 *
 * @param busyTicks  clock ticks of all cores not idle (user, nice, system, irq, softirq, steal) since the start
 * @param totalTicks clock ticks of all cores since the start
 * @param cores      cores of the machine
 */
record MachineLoad(long busyTicks, long totalTicks, int cores) {

    private static final Path PROC_STAT = Path.of("/proc/stat");

    /** The machine's counters now; zeros where {@code /proc/stat} cannot be read (not Linux). */
    static MachineLoad now() {
        try {
            return parse(Files.readAllLines(PROC_STAT).get(0), Runtime.getRuntime().availableProcessors());
        } catch (IOException | RuntimeException e) {
            return new MachineLoad(0, 0, Runtime.getRuntime().availableProcessors());
        }
    }

    /** The aggregate "cpu  user nice system idle iowait irq softirq steal ..." line. */
    static MachineLoad parse(String cpuLine, int cores) {
        String[] f = cpuLine.trim().split("\\s+");
        if (!"cpu".equals(f[0]) || f.length < 5) {
            throw new IllegalArgumentException("not the aggregate cpu line of /proc/stat: " + cpuLine);
        }
        long total = 0;
        long idle = 0;
        for (int i = 1; i < f.length && i <= 8; i++) {
            long ticks = Long.parseLong(f[i]);
            total += ticks;
            if (i == 4 || i == 5) {
                idle += ticks; // idle, iowait
            }
        }
        return new MachineLoad(total - idle, total, cores);
    }

    /** Share of all cores busy between {@code start} and this reading, 0..1; empty when nothing was counted. */
    double busySince(MachineLoad start) {
        long total = totalTicks - start.totalTicks;
        return total <= 0 ? Double.NaN : (double) (busyTicks - start.busyTicks) / total;
    }

    /**
     * "busy 94 % of 2 cores; the services took 163 % of one core: bases 72, sip-gateway 33, ..." from two readings of
     * this and of {@link BenchCluster#cpuTimes()} over {@code elapsed}.
     */
    String describeSince(MachineLoad start, Map<String, Duration> servicesBefore, Map<String, Duration> servicesAfter,
            Duration elapsed) {
        double busy = busySince(start);
        var text = new StringBuilder(Double.isNaN(busy) ? "busy: not measured (no /proc/stat)"
                : String.format(Locale.ROOT, "busy %.0f %% of %d cores", busy * 100, cores));
        double seconds = elapsed.toNanos() / 1e9;
        if (seconds > 0 && !servicesAfter.isEmpty()) {
            Map<String, Double> percent = new LinkedHashMap<>();
            servicesAfter.forEach((name, cpu) -> percent.merge(
                    name.startsWith("base-station-") ? CpuPerCall.BASES : name,
                    cpu.minus(servicesBefore.getOrDefault(name, Duration.ZERO)).toNanos() / 1e9 / seconds * 100,
                    Double::sum));
            double sum = percent.values().stream().mapToDouble(Double::doubleValue).sum();
            text.append(String.format(Locale.ROOT, "; the services took %.0f %% of one core: ", sum));
            text.append(percent.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .map(e -> String.format(Locale.ROOT, "%s %.0f", e.getKey(), e.getValue()))
                    .collect(Collectors.joining(", ")));
        }
        return text.toString();
    }
}
