package io.multicell.manager.paging;

import java.time.Duration;

/** Runs a task later on the owner's thread (the control loop in the service, by hand in tests). */
public interface Timers {

    void schedule(Duration after, Runnable task);
}
