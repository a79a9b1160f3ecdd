package io.multicell.integrator.system.time;

import io.multicell.core.InvalidValueException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * "Settings > System > Date and time" as stored: the time servers, the time zone, whether daylight saving time is
 * followed automatically and whether the system acts as local time server. The integrator takes the time from its
 * host's clock (injected Clock); these settings are the configuration of record for the bases and deployments.
 */
public record DateTimeSettings(String timeServers, String timeZone, boolean automaticDaylightSaving,
                               boolean actAsLocalTimeServer) {

    public static final String DEFAULT_TIME_ZONE = "Europe/Berlin";

    public DateTimeSettings {
        timeServers = TimeServers.canonical("timeServers", timeServers);
        timeZone = TimeZones.check("timeZone", timeZone);
    }

    public static DateTimeSettings defaults() {
        return new DateTimeSettings(TimeServers.PRESET, DEFAULT_TIME_ZONE, true, false);
    }

    /** The system time at {@code instant}: in the time zone, with its daylight saving or all year at its standard offset. */
    public OffsetDateTime systemTime(Instant instant) {
        ZoneId zone = ZoneId.of(timeZone);
        ZoneOffset offset = automaticDaylightSaving
                ? zone.getRules().getOffset(instant)
                : zone.getRules().getStandardOffset(instant);
        return instant.atOffset(offset);
    }

    static InvalidValueException invalidZone(String field) {
        return new InvalidValueException(field, "must be a time zone of the list, e.g. Europe/Berlin or UTC");
    }
}
