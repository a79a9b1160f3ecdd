package io.multicell.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polling until something holds: the benchmark waits the way an installer would, with a limit. */
final class Waits {

    private Waits() {
    }

    static void until(String what, Duration timeout, Duration poll, BooleanSupplier condition) {
        until(what, timeout, poll, condition, () -> "");
    }

    /** @param state described in the error when the time runs out */
    static void until(String what, Duration timeout, Duration poll, BooleanSupplier condition, Supplier<String> state) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                String now = state.get();
                throw new BenchmarkException("timed out after " + timeout.toSeconds() + " s waiting for " + what
                        + (now.isEmpty() ? "" : " (" + now + ")"));
            }
            pause(poll);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("interrupted", e);
        }
    }
}
