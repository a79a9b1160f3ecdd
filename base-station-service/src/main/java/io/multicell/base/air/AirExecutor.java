package io.multicell.base.air;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** The one serial executor that owns every handset session of the base: a daemon thread named "air". */
public final class AirExecutor implements Executor, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AirExecutor.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "air");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void execute(Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    // One broken stream must not take the others down: log it where an operator sees it.
                    LOG.error("air task failed", e);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            LOG.debug("air task dropped: the base is shutting down");
        }
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
