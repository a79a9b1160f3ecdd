package io.multicell.base.link;

import java.time.Duration;

/** The timers of the control link. */
public record LinkTimings(Duration heartbeatInterval, Duration backoffMin, Duration backoffMax, Duration rebootDuration) {

    public LinkTimings {
        if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
            throw new IllegalArgumentException("heartbeat interval must be positive, was " + heartbeatInterval);
        }
        if (rebootDuration.isNegative()) {
            throw new IllegalArgumentException("reboot duration must not be negative, was " + rebootDuration);
        }
    }
}
