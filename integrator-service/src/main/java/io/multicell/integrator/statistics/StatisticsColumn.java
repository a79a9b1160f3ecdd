package io.multicell.integrator.statistics;

import io.multicell.core.InvalidValueException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * A column of the manual's base station statistics table: its key in the API (JSON name, query parameters), the
 * manual's header (CSV export), and whether the "Choose column" filter may name it (the counters and the MAC address).
 */
public enum StatisticsColumn {

    NAME("name", "Base station", Kind.TEXT, null),
    MAC("mac", "MAC address", Kind.MAC, null),
    CLUSTER("cluster", "Cluster", Kind.PROPERTY, BaseStationStatistics::cluster),
    RPN("rpn", "RPN", Kind.PROPERTY, BaseStationStatistics::rpn),
    SYNC_RPN("syncRpn", "Sync RPN", Kind.PROPERTY, BaseStationStatistics::syncRpn),
    SYNC_LEVEL("syncLevel", "Sync Level", Kind.PROPERTY, BaseStationStatistics::syncLevel),
    CONN("conn", "Conn", Kind.COUNTER, BaseStationStatistics::conn),
    HO_SETUP("hoSetup", "Ho setup", Kind.COUNTER, BaseStationStatistics::hoSetup),
    HO_RELEASE("hoRelease", "Ho release", Kind.COUNTER, BaseStationStatistics::hoRelease),
    CALL_DROPS("callDrops", "Call drops", Kind.COUNTER, BaseStationStatistics::callDrops),
    ASYNC("async", "Async", Kind.COUNTER, BaseStationStatistics::async),
    BUSY("busy", "Busy", Kind.COUNTER, BaseStationStatistics::busy),
    CONN_DROPS("connDrops", "Conn. drops", Kind.COUNTER, BaseStationStatistics::connDrops),
    CALLS("calls", "Calls", Kind.COUNTER, BaseStationStatistics::calls),
    CALLS_PEAK("callsPeak", "Calls-pk", Kind.COUNTER, BaseStationStatistics::callsPeak),
    SYNC_SWAPS("syncSwaps", "Sync swaps", Kind.COUNTER, BaseStationStatistics::syncSwaps);

    /** What a column holds, which decides how it is filtered and sorted. */
    enum Kind { TEXT, MAC, PROPERTY, COUNTER }

    private final String key;
    private final String label;
    private final Kind kind;
    private final ToLongFunction<BaseStationStatistics> number;

    StatisticsColumn(String key, String label, Kind kind, ToLongFunction<BaseStationStatistics> number) {
        this.key = key;
        this.label = label;
        this.kind = kind;
        this.number = number;
    }

    /** Name in the API, e.g. {@code callsPeak}. */
    public String key() {
        return key;
    }

    /** Header the manual prints, e.g. {@code Calls-pk}. */
    public String label() {
        return label;
    }

    /** The "Choose column" filter may name it: a counter or the MAC address. */
    public boolean filterable() {
        return kind == Kind.COUNTER || kind == Kind.MAC;
    }

    /** A whole-number column (compared with &lt; &gt; = &lt;= &gt;=). */
    public boolean numeric() {
        return number != null;
    }

    public long valueOf(BaseStationStatistics row) {
        if (number == null) {
            throw new IllegalStateException(key + " is not a number");
        }
        return number.applyAsLong(row);
    }

    /** Ascending order of this column. */
    public Comparator<BaseStationStatistics> ascending() {
        return switch (kind) {
            case TEXT -> Comparator.comparing(BaseStationStatistics::name, String.CASE_INSENSITIVE_ORDER);
            case MAC -> Comparator.comparing(BaseStationStatistics::mac);
            case PROPERTY, COUNTER -> Comparator.comparingLong(number);
        };
    }

    /** The column named by its key, its manual header or its code, ignoring case, spaces and punctuation. */
    public static StatisticsColumn parse(String field, String text, boolean forFilter) {
        String wanted = normalise(text);
        for (StatisticsColumn column : values()) {
            if (!forFilter || column.filterable()) {
                if (normalise(column.key).equals(wanted) || normalise(column.label).equals(wanted) || normalise(column.name()).equals(wanted)) {
                    return column;
                }
            }
        }
        throw new InvalidValueException(field, "must be one of " + keys(forFilter));
    }

    static String keys(boolean forFilter) {
        return Arrays.stream(values()).filter(c -> !forFilter || c.filterable()).map(StatisticsColumn::key)
                .collect(Collectors.joining(", "));
    }

    private static String normalise(String text) {
        return text == null ? "" : text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
