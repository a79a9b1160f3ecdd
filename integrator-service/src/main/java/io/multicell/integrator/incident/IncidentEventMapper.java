package io.multicell.integrator.incident;

import com.google.protobuf.InvalidProtocolBufferException;
import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.MacAddress;
import io.multicell.proto.events.v1.IncidentOccurred;
import java.time.Instant;

/** Turns an IncidentOccurred record of the incidents topic into an {@link Incident}; the only user of that wire type. */
public final class IncidentEventMapper {

    private IncidentEventMapper() {
    }

    /**
     * @param fallbackEventId used when the producer left event_id empty: derived from the record's position on the
     *                        topic, so a redelivered record is still stored only once
     * @throws IllegalArgumentException when the payload is not an IncidentOccurred
     */
    public static Incident fromRecord(byte[] payload, String fallbackEventId, Instant receivedAt) {
        IncidentOccurred event;
        try {
            event = IncidentOccurred.parseFrom(payload == null ? new byte[0] : payload);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("not an IncidentOccurred: " + e.getMessage(), e);
        }
        Instant occurredAt = event.hasOccurredAt()
                ? Instant.ofEpochSecond(event.getOccurredAt().getSeconds(), event.getOccurredAt().getNanos())
                : receivedAt;
        return new Incident(
                null,
                event.getEventId().isBlank() ? fallbackEventId : event.getEventId(),
                occurredAt,
                severity(event.getSeverity()),
                event.getCode().isBlank() ? "UNKNOWN" : event.getCode(),
                event.getMessage(),
                baseMac(event.getBaseMac()),
                event.getBaseName().isBlank() ? null : event.getBaseName(),
                event.getSource().isBlank() ? null : event.getSource(),
                receivedAt);
    }

    static Severity severity(io.multicell.proto.events.v1.IncidentSeverity severity) {
        return switch (severity) {
            case CRITICAL -> Severity.CRITICAL;
            case WARNING -> Severity.WARNING;
            // An unstated severity is shown as information rather than raising an alarm nobody asked for.
            default -> Severity.INFO;
        };
    }

    private static String baseMac(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return MacAddress.parse(text).value();
        } catch (InvalidValueException e) {
            // Keep what the producer said; the column is for people, not a key.
            return text;
        }
    }
}
