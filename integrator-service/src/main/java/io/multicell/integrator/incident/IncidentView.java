package io.multicell.integrator.incident;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of the incident list. */
@Schema(name = "Incident")
public record IncidentView(
        long id,
        String eventId,
        Instant occurredAt,
        @Schema(enumeration = {"INFO", "WARNING", "CRITICAL"}) String severity,
        @Schema(examples = "BASE_STATION_OFFLINE") String code,
        String message,
        String baseMac,
        String baseName,
        @Schema(description = "Producing service instance", examples = "dect-manager") String source) {

    public static IncidentView of(Incident incident) {
        return new IncidentView(incident.id(), incident.eventId(), incident.occurredAt(), incident.severity().name(),
                incident.code(), incident.message(), incident.baseMac(), incident.baseName(), incident.source());
    }
}
