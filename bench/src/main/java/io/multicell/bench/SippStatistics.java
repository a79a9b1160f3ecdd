package io.multicell.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The cumulative counters of one sipp run, from the last line of its {@code -trace_stat} file (semicolon-separated,
 * a header line naming the columns): calls created, successful, failed, and its retransmissions.
 */
record SippStatistics(long offered, long successful, long failed, long retransmissions) {

    /** @param lines the whole stat file: a header line, then one line per dump; the last one counts */
    static SippStatistics parse(List<String> lines) {
        List<String> content = lines.stream().filter(l -> !l.isBlank()).toList();
        if (content.size() < 2) {
            throw new BenchmarkException("sipp's statistics file has no data line (" + content.size() + " lines)");
        }
        List<String> header = Arrays.asList(content.get(0).split(";", -1));
        String[] last = content.get(content.size() - 1).split(";", -1);
        return new SippStatistics(count(header, last, "OutgoingCall(C)"), count(header, last, "SuccessfulCall(C)"),
                count(header, last, "FailedCall(C)"), count(header, last, "Retransmissions(C)"));
    }

    private static String cell(List<String> header, String[] row, String column) {
        int index = header.indexOf(column);
        if (index < 0 || index >= row.length) {
            throw new BenchmarkException("sipp's statistics file has no column " + column);
        }
        return row[index].trim();
    }

    private static long count(List<String> header, String[] row, String column) {
        String text = cell(header, row, column);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BenchmarkException("sipp's statistics column " + column + " is not a count: '" + text + "'", e);
        }
    }

}
