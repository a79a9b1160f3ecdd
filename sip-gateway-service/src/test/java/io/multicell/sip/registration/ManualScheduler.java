package io.multicell.sip.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A {@link RegistrationScheduler} driven by the test: tasks run at once, timers when the test advances its clock. */
final class ManualScheduler implements RegistrationScheduler {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T08:00:00Z"));
    private final List<Scheduled> timers = new ArrayList<>();

    private final class Scheduled implements Timer {
        final Instant due;
        final Runnable task;
        boolean cancelled;

        Scheduled(Instant due, Runnable task) {
            this.due = due;
            this.task = task;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    Clock clock() {
        return clock;
    }

    @Override
    public void execute(Runnable task) {
        task.run();
    }

    @Override
    public Timer schedule(Duration delay, Runnable task) {
        var scheduled = new Scheduled(clock.instant().plus(delay), task);
        timers.add(scheduled);
        return scheduled;
    }

    /** Moves time forward, running every timer that falls due on the way, in order. */
    void advance(Duration duration) {
        Instant end = clock.instant().plus(duration);
        while (true) {
            var next = timers.stream().filter(t -> !t.cancelled && !t.due.isAfter(end))
                    .min(Comparator.comparing(t -> t.due));
            if (next.isEmpty()) {
                break;
            }
            timers.remove(next.get());
            clock.now = next.get().due;
            next.get().task.run();
        }
        clock.now = end;
    }

    long pendingTimers() {
        return timers.stream().filter(t -> !t.cancelled).count();
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
