package io.multicell.manager.events;

import io.multicell.core.identity.MacAddress;
import java.time.Instant;
import java.util.UUID;

/** Something an admin should know about a base happened (topic multicell.incidents.v1). */
public record Incident(
        UUID eventId,
        Instant occurredAt,
        Severity severity,
        String code,
        String message,
        MacAddress mac,
        String baseName) implements DectManagerEvent {

    /** Severity as the manual's incident list shows it. */
    public enum Severity {
        INFO,
        WARNING,
        CRITICAL
    }

    public static final String BASE_STATION_OFFLINE = "BASE_STATION_OFFLINE";
    public static final String BASE_STATION_ONLINE = "BASE_STATION_ONLINE";

    @Override
    public String key() {
        return mac.value();
    }
}
