package io.multicell.integrator.system.time;

import io.multicell.integrator.persistence.SystemSettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** "Settings > System > Date and time": the stored settings and the system time of the service's clock. */
@ApplicationScoped
public class DateTimeConfiguration {

    private final SystemSettingsRepository repository;
    private final Clock clock;

    public DateTimeConfiguration(SystemSettingsRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public DateAndTime current() {
        return DateAndTime.of(repository.dateTime(), clock.instant());
    }

    /** The stored settings (the document the API's ETag is of; the page adds the system time). */
    public DateTimeSettings settings() {
        return repository.dateTime();
    }

    public synchronized DateAndTime update(DateTimeSettingsRequest request) {
        DateTimeSettings current = repository.dateTime();
        if (request == null) {
            return DateAndTime.of(current, clock.instant());
        }
        DateTimeSettings next = request.applyTo(current);
        if (!next.equals(current)) {
            repository.saveDateTime(next);
        }
        return DateAndTime.of(next, clock.instant());
    }
}
