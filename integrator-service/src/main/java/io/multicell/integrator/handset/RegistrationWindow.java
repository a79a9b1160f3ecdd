package io.multicell.integrator.handset;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The Registration Centre's time-controlled registration window: registration is possible while
 * {@code opensAt <= now < closesAt}. Closed (both null) after Close, which also resets the timers.
 *
 * @param startTime the "Registration start time" as entered, in the system's time zone; null: at once
 * @param duration  the "Registration duration"; 3 minutes unless set
 */
public record RegistrationWindow(LocalDateTime startTime, Duration duration, Instant opensAt, Instant closesAt) {

    /** The manual's default registration duration. */
    public static final Duration DEFAULT_DURATION = Duration.ofMinutes(3);

    public RegistrationWindow {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("A registration window lasts longer than 0 seconds");
        }
        if ((opensAt == null) != (closesAt == null) || (opensAt != null && !opensAt.isBefore(closesAt))) {
            throw new IllegalArgumentException("A registration window opens before it closes, or has neither time");
        }
    }

    /** No window, timers at their defaults. */
    public static RegistrationWindow closed() {
        return new RegistrationWindow(null, DEFAULT_DURATION, null, null);
    }

    /** A window from {@code opensAt} for {@code duration}. */
    public static RegistrationWindow of(LocalDateTime startTime, Duration duration, Instant opensAt) {
        return new RegistrationWindow(startTime, duration, opensAt, opensAt.plus(duration));
    }

    /** Start and end are set (the window may still lie ahead or be over). */
    public boolean scheduled() {
        return opensAt != null;
    }

    public boolean isOpen(Instant now) {
        return scheduled() && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
