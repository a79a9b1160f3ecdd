package io.multicell.sip.call;

import java.time.Duration;

/** Exponential wait between connection attempts to the DM: min, doubling per failure, capped at max. */
final class ReconnectBackoff {

    private final Duration min;
    private final Duration max;
    private Duration next;

    ReconnectBackoff(Duration min, Duration max) {
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

    Duration next() {
        Duration current = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return current;
    }

    void reset() {
        next = min;
    }
}
