package io.multicell.integrator.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The service's clock in QuarkusTests: system time until a test sets it, so windows are tested without sleeping. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    /** Stops the clock at {@code instant}. */
    public void set(Instant instant) {
        fixed.set(instant);
    }

    /** Moves a stopped clock on (a running one is stopped at now + {@code by}). */
    public void advance(Duration by) {
        fixed.updateAndGet(at -> (at == null ? Instant.now() : at).plus(by));
    }

    /** Back to system time. */
    public void reset() {
        fixed.set(null);
    }

    @Override
    public Instant instant() {
        Instant at = fixed.get();
        return at == null ? Instant.now() : at;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
