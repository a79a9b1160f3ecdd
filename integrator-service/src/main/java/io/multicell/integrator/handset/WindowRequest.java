package io.multicell.integrator.handset;

import io.multicell.core.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "Start now" on the Registration Centre: when the window opens and how long it stays open. */
@Schema(name = "RegistrationWindowRequest")
public record WindowRequest(
        @Schema(description = "Registration start time YYYY-MM-DD HH:mm in the system's time zone; absent or empty: at once",
                examples = "2026-05-04 09:30")
        String startTime,
        @Schema(description = "Registration duration; absent: 3 minutes")
        WindowDuration duration) {

    /** The manual's format of the registration start time. */
    public static final DateTimeFormatter START_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withResolverStyle(ResolverStyle.STRICT);

    /** The window this request opens, judged at {@code now}; a window that would already be over is refused. */
    public RegistrationWindow open(Instant now, ZoneId zone) {
        Duration length = duration == null ? null : duration.toDuration();
        if (length == null) {
            length = RegistrationWindow.DEFAULT_DURATION;
        }
        LocalDateTime start = parseStart(startTime);
        // "At once" counts from the current second, so the window shows whole-second times.
        Instant opensAt = start == null ? now.truncatedTo(ChronoUnit.SECONDS) : start.atZone(zone).toInstant();
        RegistrationWindow window = RegistrationWindow.of(start, length, opensAt);
        if (!window.closesAt().isAfter(now)) {
            throw new InvalidValueException("startTime", "the window would already be over; choose a later start time or a longer duration");
        }
        return window;
    }

    static LocalDateTime parseStart(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim(), START_TIME);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("startTime", "must be a date and time YYYY-MM-DD HH:mm");
        }
    }
}
