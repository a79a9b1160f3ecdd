package io.multicell.integrator.statistics;

import io.multicell.core.identity.MacAddress;

/** Rows for the statistics unit tests. */
final class StatisticsRows {

    private StatisticsRows() {
    }

    /** A base with the given Busy and Call drops counters; every other counter is derived so columns differ. */
    static BaseStationStatistics base(String name, String mac, int cluster, long busy, long callDrops) {
        return new BaseStationStatistics(name, MacAddress.parse(mac), cluster, 1, 0, 2, 100 + busy, 3, 4, callDrops, 5, busy,
                6, 1, 2, 7);
    }
}
