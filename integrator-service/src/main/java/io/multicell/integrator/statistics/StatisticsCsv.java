package io.multicell.integrator.statistics;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The manual's "Export" of the statistics table: CSV (RFC 4180, CRLF line ends) with a header row of the manual's
 * column names. The cluster is not a column of the manual's table, so it is not exported.
 */
public final class StatisticsCsv {

    /** Exported columns in the manual's order. */
    static final List<StatisticsColumn> COLUMNS = Arrays.stream(StatisticsColumn.values())
            .filter(c -> c != StatisticsColumn.CLUSTER)
            .toList();

    public static final String FILE_NAME = "base-station-statistics.csv";

    private static final String LINE_END = "\r\n";

    private StatisticsCsv() {
    }

    public static String write(List<BaseStationStatistics> rows) {
        var csv = new StringBuilder();
        csv.append(line(COLUMNS.stream().map(StatisticsColumn::label).toList()));
        for (BaseStationStatistics row : rows) {
            csv.append(line(COLUMNS.stream().map(c -> cell(c, row)).toList()));
        }
        return csv.toString();
    }

    /** One field: quoted when it holds a comma, a quote or a line break, with quotes doubled. */
    static String field(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String line(List<String> cells) {
        return cells.stream().map(StatisticsCsv::field).collect(Collectors.joining(",")) + LINE_END;
    }

    private static String cell(StatisticsColumn column, BaseStationStatistics row) {
        return switch (column) {
            case NAME -> row.name();
            case MAC -> row.mac().value();
            case RPN -> BaseStationStatisticsView.rpn(row.rpn());
            case SYNC_RPN -> BaseStationStatisticsView.rpn(row.syncRpn());
            default -> Long.toString(column.valueOf(row));
        };
    }
}
