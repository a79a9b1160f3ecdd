package io.multicell.integrator.incident;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The incident list's Download as CSV (RFC 4180, CRLF line ends): a header row of the manual's column names, then one
 * row per incident, newest first. Timestamps are ISO-8601 UTC, as the API shows them.
 */
public final class IncidentCsv {

    public static final String FILE_NAME = "incidents.csv";

    static final String HEADER = "Timestamp,DECT Manager,Incident Type,Severity,Base station,MAC address,Info,Event id";

    private static final String LINE_END = "\r\n";

    private IncidentCsv() {
    }

    public static String write(List<Incident> incidents) {
        var csv = new StringBuilder(HEADER).append(LINE_END);
        for (Incident i : incidents) {
            csv.append(Stream.of(i.occurredAt().toString(), text(i.source()), i.code(), label(i.severity()), text(i.baseName()),
                    text(i.baseMac()), text(i.message()), i.eventId())
                    .map(IncidentCsv::field).collect(Collectors.joining(","))).append(LINE_END);
        }
        return csv.toString();
    }

    /** The severity as the list shows it: Critical, Warning, Info. */
    public static String label(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "Critical";
            case WARNING -> "Warning";
            case INFO -> "Info";
        };
    }

    /** One field: quoted when it holds a comma, a quote or a line break, with quotes doubled. */
    static String field(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
