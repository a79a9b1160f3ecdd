package io.multicell.integrator.handset;

import io.multicell.core.InvalidValueException;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The "Registration duration" fields: days, hours, minutes and seconds; absent parts count as 0. */
@Schema(name = "RegistrationDuration", description = "Days, hours, minutes, seconds; each 0 or more, together more than 0 (default 3 minutes)")
public record WindowDuration(
        @Schema(examples = "0") Integer days,
        @Schema(examples = "0") Integer hours,
        @Schema(examples = "3") Integer minutes,
        @Schema(examples = "0") Integer seconds) {

    /** Longest window accepted: a year is far beyond any rollout, and keeps the end a valid timestamp. */
    static final Duration LONGEST = Duration.ofDays(365);

    /** The duration these fields add up to; null when every part is absent. */
    public Duration toDuration() {
        if (days == null && hours == null && minutes == null && seconds == null) {
            return null;
        }
        long total = part("days", days) * 86_400L + part("hours", hours) * 3_600L + part("minutes", minutes) * 60L
                + part("seconds", seconds);
        if (total == 0) {
            throw new InvalidValueException("duration", "must be longer than 0 seconds");
        }
        if (total > LONGEST.toSeconds()) {
            throw new InvalidValueException("duration", "must be at most 365 days");
        }
        return Duration.ofSeconds(total);
    }

    /** A duration split the way the page shows it. */
    public static WindowDuration of(Duration duration) {
        long s = duration.toSeconds();
        return new WindowDuration((int) (s / 86_400), (int) (s % 86_400 / 3_600), (int) (s % 3_600 / 60), (int) (s % 60));
    }

    private static long part(String name, Integer value) {
        if (value == null) {
            return 0;
        }
        if (value < 0) {
            throw new InvalidValueException("duration." + name, "must be 0 or more");
        }
        return value;
    }
}
