package io.multicell.manager.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;

/**
 * Counter {@code multicell.incidents} (tags severity in lower case, type = the incident's code): incidents the DM
 * raised, whether or not Kafka has taken them yet. deploy/prometheus alerts on critical ones (CriticalIncident).
 *
 * <p>Tags stay bounded: a code the DM does not know is counted as type OTHER. The known ones are registered at
 * zero from the start, because Prometheus' increase() cannot see the first increment of a series that appears
 * at 1.
 */
// created at start, not at the first incident (a normal-scoped bean is created on first use)
@Startup
@ApplicationScoped
public class IncidentMetrics {

    static final String OTHER = "OTHER";
    /** The incidents the DM raises, each with the severity it is raised with. */
    static final Map<String, Incident.Severity> KNOWN = Map.of(
            Incident.BASE_STATION_OFFLINE, Incident.Severity.CRITICAL,
            Incident.BASE_STATION_ONLINE, Incident.Severity.INFO);

    private final MeterRegistry meters;

    public IncidentMetrics(MeterRegistry meters) {
        this.meters = meters;
        KNOWN.forEach((type, severity) -> counter(severity, type));
    }

    void raised(Incident incident) {
        counter(incident.severity(), KNOWN.containsKey(incident.code()) ? incident.code() : OTHER).increment();
    }

    private Counter counter(Incident.Severity severity, String type) {
        return Counter.builder("multicell.incidents")
                .description("Incidents raised by the DM, by severity and type")
                .tag("severity", severity.name().toLowerCase(Locale.ROOT))
                .tag("type", type)
                .register(meters);
    }
}
