package io.multicell.manager.subscription;

import io.multicell.manager.paging.Timers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Timers that fire only when the test moves its clock and says so. */
final class ManualTimers implements Timers {

    private record Due(Instant at, Runnable task) {
    }

    private final Clock clock;
    private final List<Due> due = new ArrayList<>();

    ManualTimers(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void schedule(Duration after, Runnable task) {
        due.add(new Due(clock.instant().plus(after), task));
    }

    /** Runs every task due by now, in due order (tasks may schedule more). */
    void fireDue() {
        while (true) {
            Instant now = clock.instant();
            Due next = due.stream().filter(d -> !d.at().isAfter(now)).min(Comparator.comparing(Due::at)).orElse(null);
            if (next == null) {
                return;
            }
            due.remove(next);
            next.task().run();
        }
    }

    int pending() {
        return due.size();
    }
}
