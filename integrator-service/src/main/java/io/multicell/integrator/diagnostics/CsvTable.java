package io.multicell.integrator.diagnostics;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A CSV text of the diagnostics parts: a header row, then rows; a field is quoted when it needs it (RFC 4180). */
final class CsvTable {

    private final StringBuilder text = new StringBuilder();

    CsvTable(String... header) {
        row((Object[]) header);
    }

    CsvTable row(Object... cells) {
        text.append(Arrays.stream(cells).map(CsvTable::field).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    static String field(Object value) {
        String text = value == null ? "" : value.toString();
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }
}
