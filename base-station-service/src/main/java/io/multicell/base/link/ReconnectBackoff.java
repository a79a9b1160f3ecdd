package io.multicell.base.link;

import java.time.Duration;

/** Exponential wait between connection attempts: min, doubling per failure, capped at max; reset on success. */
public final class ReconnectBackoff {

    private final Duration min;
    private final Duration max;
    private Duration next;

    public ReconnectBackoff(Duration min, Duration max) {
        if (min.isNegative() || min.isZero()) {
            throw new IllegalArgumentException("reconnect backoff min must be positive, was " + min);
        }
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException("reconnect backoff max " + max + " is below min " + min);
        }
        this.min = min;
        this.max = max;
        this.next = min;
    }

    /** The wait before the next attempt; the one after it is twice as long (at most max). */
    public Duration next() {
        Duration current = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return current;
    }

    /** After a successful connection the next failure starts again from min. */
    public void reset() {
        next = min;
    }
}
