package io.multicell.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The samples of one sipp response-time timer ({@code rtd}) in milliseconds, as sipp writes them with
 * {@code -trace_rtt -rtt_freq 1} ({@code Date_ms;response_time_ms;rtd_no}, one line per call), with nearest-rank
 * percentiles: every printed figure is a measured sample.
 */
final class ResponseTimes {

    private final List<Double> sorted;

    ResponseTimes(List<Double> millis) {
        var copy = new ArrayList<>(millis);
        Collections.sort(copy);
        this.sorted = List.copyOf(copy);
    }

    /** Samples by timer name, from every data line of one or more rtt files. */
    static Map<String, ResponseTimes> parse(List<String> lines) {
        var byTimer = new LinkedHashMap<String, List<Double>>();
        for (String line : lines) {
            String[] cells = line.split(";", -1);
            if (line.isBlank() || line.startsWith("Date_ms") || cells.length < 3) {
                continue;
            }
            double millis;
            try {
                millis = Double.parseDouble(cells[1].trim());
            } catch (NumberFormatException e) {
                throw new BenchmarkException("sipp's rtt file has a line without a response time: '" + line + "'", e);
            }
            byTimer.computeIfAbsent(cells[2].trim(), t -> new ArrayList<>()).add(millis);
        }
        var times = new LinkedHashMap<String, ResponseTimes>();
        byTimer.forEach((timer, samples) -> times.put(timer, new ResponseTimes(samples)));
        return times;
    }

    static ResponseTimes none() {
        return new ResponseTimes(List.of());
    }

    int count() {
        return sorted.size();
    }

    /** The {@code q}-quantile (0 < q ≤ 1) by nearest rank; empty without samples. */
    OptionalDouble millis(double q) {
        if (!(q > 0) || q > 1) {
            throw new IllegalArgumentException("quantile must be in (0, 1], was " + q);
        }
        if (sorted.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(sorted.get((int) Math.ceil(q * sorted.size()) - 1));
    }
}
