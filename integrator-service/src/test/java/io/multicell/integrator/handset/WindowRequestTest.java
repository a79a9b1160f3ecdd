package io.multicell.integrator.handset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WindowRequestTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2030-01-02T08:00:12.345Z");

    @Test
    void withoutStartTimeTheWindowOpensAtOnceForThreeMinutes() {
        RegistrationWindow window = new WindowRequest(null, null).open(NOW, BERLIN);

        assertThat(window.startTime()).isNull();
        assertThat(window.opensAt()).isEqualTo(Instant.parse("2030-01-02T08:00:12Z"));
        assertThat(window.closesAt()).isEqualTo(Instant.parse("2030-01-02T08:03:12Z"));
        assertThat(window.duration()).isEqualTo(Duration.ofMinutes(3));
        assertThat(window.isOpen(NOW)).isTrue();
        assertThat(window.isOpen(Instant.parse("2030-01-02T08:03:12Z"))).isFalse();
    }

    @Test
    void theStartTimeIsReadInTheSystemsTimeZone() {
        var request = new WindowRequest("2030-01-02 10:00", new WindowDuration(1, 2, 3, 4));

        RegistrationWindow window = request.open(NOW, BERLIN);

        assertThat(window.startTime()).isEqualTo(LocalDateTime.of(2030, 1, 2, 10, 0));
        assertThat(window.opensAt()).isEqualTo(Instant.parse("2030-01-02T09:00:00Z"));
        assertThat(window.closesAt()).isEqualTo(Instant.parse("2030-01-03T11:03:04Z"));
        assertThat(window.isOpen(NOW)).isFalse();
        assertThat(window.isOpen(Instant.parse("2030-01-02T09:00:00Z"))).isTrue();
    }

    @Test
    void absentPartsOfTheDurationCountAsZero() {
        assertThat(new WindowDuration(null, null, null, 30).toDuration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(new WindowDuration(null, 2, null, null).toDuration()).isEqualTo(Duration.ofHours(2));
        assertThat(new WindowDuration(null, null, null, null).toDuration()).isNull();
        assertThat(WindowDuration.of(Duration.ofSeconds(90_061))).isEqualTo(new WindowDuration(1, 1, 1, 1));
    }

    @Test
    void aNegativePartIsRefusedUnderItsName() {
        assertRefused(() -> new WindowDuration(-1, 0, 0, 0).toDuration(), "duration.days");
        assertRefused(() -> new WindowDuration(0, -2, 0, 0).toDuration(), "duration.hours");
        assertRefused(() -> new WindowDuration(0, 0, -3, 0).toDuration(), "duration.minutes");
        assertRefused(() -> new WindowDuration(0, 1, 0, -1).toDuration(), "duration.seconds");
    }

    @Test
    void aWindowOfNoTimeOrOverAYearIsRefused() {
        assertRefused(() -> new WindowDuration(0, 0, 0, 0).toDuration(), "duration");
        assertRefused(() -> new WindowDuration(366, 0, 0, 0).toDuration(), "duration");
        assertRefused(() -> new WindowDuration(Integer.MAX_VALUE, Integer.MAX_VALUE, 0, 0).toDuration(), "duration");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tomorrow", "2030-01-02", "2030-01-02T10:00", "2030-13-01 10:00", "2030-02-30 10:00", "2030-01-02 24:00", "02.01.2030 10:00"})
    void aStartTimeOfAnotherFormatIsRefused(String startTime) {
        assertRefused(() -> new WindowRequest(startTime, null).open(NOW, BERLIN), "startTime");
    }

    @Test
    void aWindowThatWouldAlreadyBeOverIsRefused() {
        assertRefused(() -> new WindowRequest("2030-01-02 08:50", new WindowDuration(0, 0, 5, 0)).open(NOW, BERLIN), "startTime");
        // Started a minute ago and still running: fine.
        assertThat(new WindowRequest("2030-01-02 08:59", null).open(NOW, BERLIN).isOpen(NOW)).isTrue();
    }

    private static void assertRefused(Runnable parse, String field) {
        assertThatThrownBy(parse::run)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
