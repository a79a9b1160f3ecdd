package io.multicell.integrator.statistics;

import io.multicell.core.InvalidValueException;
import java.util.Locale;
import java.util.Optional;

/**
 * The manual's "Choose column" filter: a counter compared with a whole number (&lt; &gt; = &lt;= &gt;=), or the MAC
 * address column equal to a MAC written aabbccddeeff.
 */
public sealed interface StatisticsFilter {

    String COLUMN = "column";
    String OPERATOR = "operator";
    String VALUE = "value";

    boolean admits(BaseStationStatistics row);

    /** A counter compared with a number, e.g. Busy &gt; 20. */
    record CounterFilter(StatisticsColumn column, ComparisonOperator operator, long value) implements StatisticsFilter {

        public CounterFilter {
            if (!column.numeric()) {
                throw new IllegalArgumentException(column.key() + " is not a counter");
            }
        }

        @Override
        public boolean admits(BaseStationStatistics row) {
            return operator.holds(column.valueOf(row), value);
        }
    }

    /** MAC address = aabbccddeeff (the only condition the manual allows on that column). */
    record MacFilter(String hex) implements StatisticsFilter {

        public MacFilter {
            hex = hex.toUpperCase(Locale.ROOT);
        }

        @Override
        public boolean admits(BaseStationStatistics row) {
            return row.mac().value().replace(":", "").equals(hex);
        }
    }

    /**
     * The filter the three query parameters describe; empty when none is given. Checks column, then operator, then
     * value, and names the first that breaks its rule.
     */
    static Optional<StatisticsFilter> parse(String column, String operator, String value) {
        if (blank(column) && blank(operator) && blank(value)) {
            return Optional.empty();
        }
        if (blank(column)) {
            throw new InvalidValueException(COLUMN, "is required with operator and value: one of " + StatisticsColumn.keys(true));
        }
        StatisticsColumn chosen = StatisticsColumn.parse(COLUMN, column, true);
        if (blank(operator)) {
            throw new InvalidValueException(OPERATOR, "is required with a column: " + ComparisonOperator.RULE.substring("must be ".length()));
        }
        ComparisonOperator comparison = ComparisonOperator.parse(OPERATOR, operator);
        String text = value == null ? "" : value.strip();
        if (chosen == StatisticsColumn.MAC) {
            if (comparison != ComparisonOperator.EQ) {
                throw new InvalidValueException(OPERATOR, "must be = for the MAC address column");
            }
            if (!text.matches("[0-9A-Fa-f]{12}")) {
                throw new InvalidValueException(VALUE, "must be a MAC address written aabbccddeeff (12 hex digits, no colons)");
            }
            return Optional.of(new MacFilter(text));
        }
        if (!text.matches("[0-9]{1,18}")) {
            throw new InvalidValueException(VALUE, "must be a whole number >= 0");
        }
        return Optional.of(new CounterFilter(chosen, comparison, Long.parseLong(text)));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
