package io.multicell.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the re-locks of one handset with the DM's location updates of that handset, in order: each DM update belongs
 * to the latest earlier re-lock to the same base; re-locks it skips were never followed by a DM update.
 */
public final class RelockMatcher {

    private RelockMatcher() {
    }

    /**
     * @param latencies   DM update minus re-lock, one per pair
     * @param lostRelocks re-locks no DM update followed
     * @param unexplained DM updates with no re-lock before them
     */
    public record Result(List<Duration> latencies, int lostRelocks, int unexplained) {
    }

    /**
     * @param locks     the handset's re-locks, in time order
     * @param updates   the DM's location updates of the handset, in time order
     * @param tolerance how much earlier than its re-lock a DM update may seem (the uncertainty of a computed re-lock)
     */
    public static Result match(List<Relock> locks, List<Relock> updates, Duration tolerance) {
        var latencies = new ArrayList<Duration>();
        int next = 0;
        int lost = 0;
        int unexplained = 0;
        for (Relock update : updates) {
            int chosen = -1;
            for (int k = next; k < locks.size() && !locks.get(k).at().isAfter(update.at().plus(tolerance)); k++) {
                if (locks.get(k).toBase().equals(update.toBase())) {
                    chosen = k;
                }
            }
            if (chosen < 0) {
                unexplained++;
                continue;
            }
            lost += chosen - next;
            latencies.add(Duration.between(locks.get(chosen).at(), update.at()));
            next = chosen + 1;
        }
        lost += locks.size() - next;
        return new Result(List.copyOf(latencies), lost, unexplained);
    }
}
