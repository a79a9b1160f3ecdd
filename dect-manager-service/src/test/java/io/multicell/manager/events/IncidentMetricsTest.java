package io.multicell.manager.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.multicell.core.identity.MacAddress;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IncidentMetricsTest {

    private static final MacAddress MAC = MacAddress.forInstance(4);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final IncidentMetrics metrics = new IncidentMetrics(meters);

    @Test
    void theKnownIncidentsAreExportedAtZeroBeforeTheFirstOne() {
        assertThat(count("critical", Incident.BASE_STATION_OFFLINE)).isZero();
        assertThat(count("info", Incident.BASE_STATION_ONLINE)).isZero();
    }

    @Test
    void incidentsAreCountedBySeverityAndType() {
        metrics.raised(incident(Incident.Severity.CRITICAL, Incident.BASE_STATION_OFFLINE));
        metrics.raised(incident(Incident.Severity.CRITICAL, Incident.BASE_STATION_OFFLINE));
        metrics.raised(incident(Incident.Severity.INFO, Incident.BASE_STATION_ONLINE));

        assertThat(count("critical", Incident.BASE_STATION_OFFLINE)).isEqualTo(2);
        assertThat(count("info", Incident.BASE_STATION_ONLINE)).isEqualTo(1);
    }

    @Test
    void anUnknownCodeIsCountedAsOtherSoTheTagsStayBounded() {
        metrics.raised(incident(Incident.Severity.WARNING, "SOMETHING_NEW_42"));
        metrics.raised(incident(Incident.Severity.WARNING, "SOMETHING_NEW_43"));

        assertThat(count("warning", IncidentMetrics.OTHER)).isEqualTo(2);
        assertThat(meters.find("multicell.incidents").tag("type", "SOMETHING_NEW_42").counter()).isNull();
        assertThat(meters.find("multicell.incidents").counters()).hasSize(IncidentMetrics.KNOWN.size() + 1);
    }

    private double count(String severity, String type) {
        return meters.get("multicell.incidents").tag("severity", severity).tag("type", type).counter().count();
    }

    private static Incident incident(Incident.Severity severity, String code) {
        return new Incident(UUID.randomUUID(), Instant.now(), severity, code, "Base station Hall is offline", MAC, "Hall");
    }
}
