package io.multicell.integrator.system.time;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/** The manual's "Time Zone" option menu: UTC and the IANA zones named after a region and a city (Europe/Berlin). */
public final class TimeZones {

    private static final List<String> ALL = Stream.concat(Stream.of("UTC"), ZoneId.getAvailableZoneIds().stream()
                    .filter(id -> id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+")))
            .sorted()
            .toList();

    private TimeZones() {
    }

    public static List<String> all() {
        return ALL;
    }

    static String check(String field, String zone) {
        String value = zone == null ? "" : zone.strip();
        if (!ALL.contains(value)) {
            throw DateTimeSettings.invalidZone(field);
        }
        return value;
    }
}
