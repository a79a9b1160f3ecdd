package io.multicell.base.link;

import java.time.Duration;

/** The one serial executor that owns the link's state: tasks never run concurrently and run in order. */
public interface LinkScheduler {

    void execute(Runnable task);

    Cancellable schedule(Runnable task, Duration delay);

    /** A scheduled task that may still be called off. */
    interface Cancellable {

        Cancellable NONE = () -> { };

        void cancel();
    }
}
