package io.multicell.simulator.handset;

import java.time.Duration;

/** The one serial executor that owns every virtual handset: tasks never run concurrently and run in order. */
public interface EngineScheduler {

    void execute(Runnable task);

    Cancellable schedule(Runnable task, Duration delay);

    /** A scheduled task that may still be called off. */
    interface Cancellable {

        Cancellable NONE = () -> { };

        void cancel();
    }
}
