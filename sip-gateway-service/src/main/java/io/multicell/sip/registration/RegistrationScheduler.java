package io.multicell.sip.registration;

import java.time.Duration;

/**
 * The one thread that owns every account's registration state: tasks run there one at a time, in order; timers fire
 * there too. Tests drive a manual one together with a fixed clock.
 */
public interface RegistrationScheduler {

    /** Runs the task on the owning thread, after those already queued. */
    void execute(Runnable task);

    /** Runs the task on the owning thread once the delay has passed. */
    Timer schedule(Duration delay, Runnable task);

    /** A scheduled task that can still be called off. */
    interface Timer {
        void cancel();
    }
}
