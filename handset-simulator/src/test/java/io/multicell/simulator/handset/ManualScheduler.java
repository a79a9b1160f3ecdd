package io.multicell.simulator.handset;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

/** An {@link EngineScheduler} driven by a {@link MutableClock}: tasks run only when the test lets time pass. */
final class ManualScheduler implements EngineScheduler {

    private record Task(Instant due, long order, Runnable body) {
    }

    private final MutableClock clock;
    private final PriorityQueue<Task> queue =
            new PriorityQueue<>(Comparator.comparing(Task::due).thenComparingLong(Task::order));
    private long order;

    ManualScheduler(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public void execute(Runnable task) {
        queue.add(new Task(clock.instant(), order++, task));
    }

    @Override
    public Cancellable schedule(Runnable task, Duration delay) {
        var entry = new Task(clock.instant().plus(delay), order++, task);
        queue.add(entry);
        return () -> queue.remove(entry);
    }

    /** Runs everything due now, including what those tasks post for now. */
    void runDue() {
        advance(Duration.ZERO);
    }

    /** Lets {@code duration} pass, running each task at its due time in order. */
    void advance(Duration duration) {
        Instant end = clock.instant().plus(duration);
        while (!queue.isEmpty() && !queue.peek().due().isAfter(end)) {
            var task = queue.poll();
            if (task.due().isAfter(clock.instant())) {
                clock.set(task.due());
            }
            task.body().run();
        }
        clock.set(end);
    }
}
