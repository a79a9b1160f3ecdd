package io.multicell.integrator.incident;

import java.time.Instant;

/**
 * Something an admin should know about, as received from the incidents topic.
 *
 * @param id         integrator's id (null before it is stored)
 * @param eventId    producer's unique id; an incident is stored once per event id
 * @param baseMac    base concerned, null when none
 * @param receivedAt when the integrator consumed it
 */
public record Incident(
        Long id,
        String eventId,
        Instant occurredAt,
        Severity severity,
        String code,
        String message,
        String baseMac,
        String baseName,
        String source,
        Instant receivedAt) {
}
