package io.multicell.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The re-locks the handset simulator logs ("handset ID (IPUI) re-locks MAC -> MAC", Quarkus' default console format,
 * millisecond timestamps in the JVM's time zone): the moment each handset locked to a new base, as it saw it.
 */
public final class SimulatorLog {

    private static final Pattern RELOCK = Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3}) .*handset (\\S+) \\((\\w+)\\) re-locks (\\S+) -> (\\S+)\\s*$");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");

    private SimulatorLog() {
    }

    /** Re-locks by IPUI, each in log order. */
    public static Map<String, List<Relock>> relocks(Path log, ZoneId zone) {
        try (Stream<String> lines = Files.lines(log)) {
            return relocks(lines, zone);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the simulator log " + log, e);
        }
    }

    static Map<String, List<Relock>> relocks(Stream<String> lines, ZoneId zone) {
        var byIpui = new LinkedHashMap<String, List<Relock>>();
        lines.forEach(line -> {
            var m = RELOCK.matcher(line);
            if (m.matches()) {
                var at = LocalDateTime.parse(m.group(1), TIMESTAMP).atZone(zone).toInstant();
                byIpui.computeIfAbsent(m.group(3), k -> new ArrayList<>()).add(new Relock(at, m.group(4), m.group(5)));
            }
        });
        return byIpui;
    }
}
