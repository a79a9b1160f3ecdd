package io.multicell.integrator.statistics;

import io.multicell.core.InvalidValueException;
import java.util.Comparator;
import java.util.Locale;

/**
 * Sorting of the statistics table (the arrows next to a column header). Without a column the table is in the
 * manual's tree order: by cluster, then base station name, then MAC; that order also breaks ties.
 */
public record StatisticsOrder(StatisticsColumn column, boolean descending) {

    static final Comparator<BaseStationStatistics> TREE = StatisticsColumn.CLUSTER.ascending()
            .thenComparing(StatisticsColumn.NAME.ascending())
            .thenComparing(StatisticsColumn.MAC.ascending());

    public static final StatisticsOrder DEFAULT = new StatisticsOrder(null, false);

    public Comparator<BaseStationStatistics> comparator() {
        if (column == null) {
            return descending ? TREE.reversed() : TREE;
        }
        // Ties stay in tree order whichever way the column runs.
        return (descending ? column.ascending().reversed() : column.ascending()).thenComparing(TREE);
    }

    /** {@code sort}: any column key; {@code order}: asc (default) or desc. */
    static StatisticsOrder parse(String sort, String order) {
        StatisticsColumn column = sort == null || sort.isBlank() ? null : StatisticsColumn.parse("sort", sort, false);
        boolean descending = false;
        if (order != null && !order.isBlank()) {
            descending = switch (order.strip().toLowerCase(Locale.ROOT)) {
                case "asc" -> false;
                case "desc" -> true;
                default -> throw new InvalidValueException("order", "must be asc or desc");
            };
        }
        return new StatisticsOrder(column, descending);
    }
}
