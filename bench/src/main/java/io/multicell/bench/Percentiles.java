package io.multicell.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;

/** Nearest-rank percentiles of latencies in milliseconds (no interpolation: every figure is a measured sample). */
public final class Percentiles {

    private final List<Long> sorted;

    public Percentiles(Collection<Duration> samples) {
        var millis = new ArrayList<Long>(samples.size());
        samples.forEach(d -> millis.add(d.toMillis()));
        Collections.sort(millis);
        this.sorted = List.copyOf(millis);
    }

    public int count() {
        return sorted.size();
    }

    /** The {@code q}-quantile (0 < q ≤ 1) by nearest rank; empty without samples. */
    public OptionalLong millis(double q) {
        if (!(q > 0) || q > 1) {
            throw new IllegalArgumentException("quantile must be in (0, 1], was " + q);
        }
        if (sorted.isEmpty()) {
            return OptionalLong.empty();
        }
        int rank = (int) Math.ceil(q * sorted.size());
        return OptionalLong.of(sorted.get(rank - 1));
    }
}
