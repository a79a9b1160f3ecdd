package io.multicell.simulator.handset;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** {@link EngineScheduler} on one daemon thread named "handsets". */
public final class ExecutorEngineScheduler implements EngineScheduler, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ExecutorEngineScheduler.class);

    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
        var thread = new Thread(task, "handsets");
        thread.setDaemon(true);
        return thread;
    });

    public ExecutorEngineScheduler() {
        // Handsets cancel and re-arm timers all the time (base loss grace, retries, rings): without this the queue
        // fills with cancelled tasks, and every tick pays for sorting them.
        executor.setRemoveOnCancelPolicy(true);
    }

    @Override
    public void execute(Runnable task) {
        try {
            executor.execute(guarded(task));
        } catch (RejectedExecutionException shuttingDown) {
            LOG.debug("handset task dropped: engine shut down");
        }
    }

    @Override
    public Cancellable schedule(Runnable task, Duration delay) {
        try {
            var future = executor.schedule(guarded(task), delay.toNanos(), TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        } catch (RejectedExecutionException shuttingDown) {
            return Cancellable.NONE;
        }
    }

    // An exception must not silently kill the tick chain: log it where an operator sees it.
    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("handset task failed", e);
            }
        };
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
