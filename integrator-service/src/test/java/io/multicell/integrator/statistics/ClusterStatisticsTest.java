package io.multicell.integrator.statistics;

import static io.multicell.integrator.statistics.StatisticsRows.base;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterStatisticsTest {

    @Test
    void everyCounterIsSummedPerClusterCallsAndPeaksIncluded() {
        var sums = ClusterStatistics.of(List.of(
                base("A", "7C:2F:80:00:00:01", 2, 5, 1),
                base("B", "7C:2F:80:00:00:02", 1, 30, 2),
                base("C", "7C:2F:80:00:00:03", 2, 7, 3)));

        assertThat(sums).extracting(ClusterStatistics::cluster).containsExactly(1, 2);
        ClusterStatistics two = sums.get(1);
        assertThat(two.baseStations()).isEqualTo(2);
        assertThat(two.busy()).isEqualTo(12);
        assertThat(two.callDrops()).isEqualTo(4);
        assertThat(two.conn()).isEqualTo(212);
        assertThat(two.hoSetup()).isEqualTo(6);
        assertThat(two.hoRelease()).isEqualTo(8);
        assertThat(two.async()).isEqualTo(10);
        assertThat(two.connDrops()).isEqualTo(12);
        assertThat(two.calls()).isEqualTo(2);
        assertThat(two.callsPeak()).isEqualTo(4);
        assertThat(two.syncSwaps()).isEqualTo(14);
        assertThat(sums.get(0).busy()).isEqualTo(30);
    }

    @Test
    void noBasesNoClusters() {
        assertThat(ClusterStatistics.of(List.of())).isEmpty();
    }
}
