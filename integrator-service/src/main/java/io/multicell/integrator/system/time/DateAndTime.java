package io.multicell.integrator.system.time;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the Date and time page shows: the stored settings, the system time now and the last synchronisation. */
@Schema(name = "DateAndTime")
public record DateAndTime(
        @Schema(description = "Time servers separated by commas") String timeServers,
        @Schema(description = "IANA time zone") String timeZone,
        @Schema(description = "Daylight saving time followed automatically (off: the zone's standard offset all year)")
        boolean automaticDaylightSaving,
        @Schema(description = "Act as local time server for the network") boolean actAsLocalTimeServer,
        @Schema(description = "The system time now in the time zone, e.g. 2026-11-27 11:22 (UTC+01:00)") String systemTime,
        @Schema(description = "The same instant, ISO-8601 with offset") String systemTimeIso,
        @Schema(description = "Last sync time: the integrator does not synchronise a clock itself; its host's clock is used")
        String lastSynchronisation) {

    static final String HOST_CLOCK = "Not synchronised by the integrator: the system time is its host's clock";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public static DateAndTime of(DateTimeSettings settings, Instant now) {
        var time = settings.systemTime(now);
        String offset = time.getOffset().getTotalSeconds() == 0 ? "UTC" : "UTC" + time.getOffset().getId();
        return new DateAndTime(settings.timeServers(), settings.timeZone(), settings.automaticDaylightSaving(),
                settings.actAsLocalTimeServer(), SHOWN.format(time) + " (" + offset + ")", time.toString(), HOST_CLOCK);
    }
}
