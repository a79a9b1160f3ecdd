package io.multicell.integrator.statistics;

import java.util.List;
import java.util.Optional;

/**
 * What the admin asked of the statistics table: filter, sort order, page. Parsed (and rejected with 400) before the
 * DECT manager is asked anything.
 */
public record StatisticsQuery(Optional<StatisticsFilter> filter, StatisticsOrder order, Optional<ListPage> page) {

    /** The rows of one answer and how many matched the filter in all (before paging). */
    public record Selection(List<BaseStationStatistics> rows, int total) {
    }

    public static StatisticsQuery parse(String column, String operator, String value, String sort, String order,
                                        String page, String size) {
        return new StatisticsQuery(StatisticsFilter.parse(column, operator, value), StatisticsOrder.parse(sort, order),
                ListPage.parse(page, size));
    }

    /** The same query over the whole list (the CSV export is not paged). */
    public StatisticsQuery unpaged() {
        return new StatisticsQuery(filter, order, Optional.empty());
    }

    public Selection select(List<BaseStationStatistics> all) {
        List<BaseStationStatistics> matching = all.stream()
                .filter(row -> filter.map(f -> f.admits(row)).orElse(true))
                .sorted(order.comparator())
                .toList();
        return new Selection(page.map(p -> p.of(matching)).orElse(matching), matching.size());
    }
}
