package io.multicell.bench;

import java.util.Optional;

/**
 * One sipp load at one rate on one path: what sipp counted and the two timers, or why there is nothing to count.
 *
 * @param planned calls the load was to make (rate × seconds)
 * @param holdMillis how long each answered call was held before the BYE
 */
record LoadResult(CallPath path, int rate, long planned, long holdMillis, Optional<SippStatistics> statistics,
        ResponseTimes ringing, ResponseTimes answered, Optional<String> problem) {

    static LoadResult failed(CallPath path, int rate, long planned, long holdMillis, String problem) {
        return new LoadResult(path, rate, planned, holdMillis, Optional.empty(), ResponseTimes.none(), ResponseTimes.none(),
                Optional.of(problem));
    }

    long offered() {
        return statistics.map(SippStatistics::offered).orElse(0L);
    }

    long successful() {
        return statistics.map(SippStatistics::successful).orElse(0L);
    }

    long failed() {
        return statistics.map(SippStatistics::failed).orElse(0L);
    }

    /** Every planned call was made and succeeded, and sipp ended normally. */
    boolean clean() {
        return problem.isEmpty() && statistics.isPresent() && failed() == 0 && offered() == planned && successful() == planned;
    }
}
