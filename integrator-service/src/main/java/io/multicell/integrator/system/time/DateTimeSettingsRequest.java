package io.multicell.integrator.system.time;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Date and time page as a request; absent fields keep their value. */
@Schema(name = "DateTimeSettingsRequest", description = "Fields of the date and time settings; absent fields keep their value")
public record DateTimeSettingsRequest(
        @Schema(description = "Time servers separated by commas, max. 255 characters; empty: none", examples = "europe.pool.ntp.org,pool.ntp.org")
        String timeServers,
        @Schema(description = "IANA time zone", examples = "Europe/Berlin") String timeZone,
        Boolean automaticDaylightSaving,
        Boolean actAsLocalTimeServer) {

    public DateTimeSettings applyTo(DateTimeSettings current) {
        return new DateTimeSettings(
                timeServers == null ? current.timeServers() : timeServers,
                timeZone == null ? current.timeZone() : timeZone,
                automaticDaylightSaving == null ? current.automaticDaylightSaving() : automaticDaylightSaving,
                actAsLocalTimeServer == null ? current.actAsLocalTimeServer() : actAsLocalTimeServer);
    }
}
