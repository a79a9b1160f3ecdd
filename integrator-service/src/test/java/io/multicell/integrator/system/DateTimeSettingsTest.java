package io.multicell.integrator.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.integrator.system.time.DateAndTime;
import io.multicell.integrator.system.time.DateTimeSettings;
import io.multicell.integrator.system.time.DateTimeSettingsRequest;
import io.multicell.integrator.system.time.TimeZones;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DateTimeSettingsTest {

    static final Instant SUMMER = Instant.parse("2026-07-01T10:00:00Z");

    @Test
    void severalTimeServersAreSeparatedByCommas() {
        DateTimeSettings next = new DateTimeSettingsRequest(" ntp1.example.com , 192.168.2.1,time ", null, null, null)
                .applyTo(DateTimeSettings.defaults());
        assertThat(next.timeServers()).isEqualTo("ntp1.example.com,192.168.2.1,time");
    }

    @Test
    void timeServersAreAtMost255CharactersOfHostNames() {
        String tooLong = ("a".repeat(60) + ",").repeat(5);
        assertThatThrownBy(() -> new DateTimeSettingsRequest(tooLong, null, null, null).applyTo(DateTimeSettings.defaults()))
                .hasMessage("timeServers: must be at most 255 characters");
        assertThatThrownBy(() -> new DateTimeSettingsRequest("pool.ntp.org,,x", null, null, null).applyTo(DateTimeSettings.defaults()))
                .hasMessageContaining("an empty entry");
        assertThatThrownBy(() -> new DateTimeSettingsRequest("ntp server", null, null, null).applyTo(DateTimeSettings.defaults()))
                .hasMessageContaining("'ntp server'");
    }

    @Test
    void theTimeZoneIsOneOfTheList() {
        assertThat(TimeZones.all()).contains("UTC", "Europe/Berlin", "America/New_York").doesNotContain("SystemV/EST5");
        assertThatThrownBy(() -> new DateTimeSettingsRequest(null, "Mars/Olympus", null, null).applyTo(DateTimeSettings.defaults()))
                .hasMessageStartingWith("timeZone: must be a time zone of the list");
    }

    @Test
    void theSystemTimeFollowsDaylightSavingOnlyWhenAutomatic() {
        DateTimeSettings berlin = DateTimeSettings.defaults();
        assertThat(DateAndTime.of(berlin, SUMMER).systemTime()).isEqualTo("2026-07-01 12:00 (UTC+02:00)");
        DateTimeSettings standard = new DateTimeSettingsRequest(null, null, false, null).applyTo(berlin);
        assertThat(DateAndTime.of(standard, SUMMER).systemTime()).isEqualTo("2026-07-01 11:00 (UTC+01:00)");
        DateTimeSettings utc = new DateTimeSettingsRequest(null, "UTC", null, null).applyTo(berlin);
        assertThat(DateAndTime.of(utc, SUMMER).systemTime()).isEqualTo("2026-07-01 10:00 (UTC)");
    }
}
