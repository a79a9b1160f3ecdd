package io.multicell.manager.subscription;

import io.multicell.core.InvalidValueException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The Registration Centre window: registration is possible while opensAt &lt;= now &lt; closesAt. */
public record RegistrationWindow(Instant opensAt, Instant closesAt) {

    public RegistrationWindow {
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        // The database keeps microseconds; a window read back after a restart must equal the one applied.
        opensAt = opensAt.truncatedTo(ChronoUnit.MICROS);
        closesAt = closesAt.truncatedTo(ChronoUnit.MICROS);
        if (!closesAt.isAfter(opensAt)) {
            throw new InvalidValueException("window.closesAt", "must be after window.opensAt");
        }
    }

    public boolean contains(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
