package io.multicell.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SippStatisticsTest {

    /** The first columns of a real sipp 3.6 -trace_stat file: a header, then one cumulative line per dump. */
    private static final String HEADER = "StartTime;LastResetTime;CurrentTime;ElapsedTime(P);ElapsedTime(C);TargetRate;CallRate(P);"
            + "CallRate(C);IncomingCall(P);IncomingCall(C);OutgoingCall(P);OutgoingCall(C);TotalCallCreated;CurrentCall;"
            + "SuccessfulCall(P);SuccessfulCall(C);FailedCall(P);FailedCall(C);Retransmissions(P);Retransmissions(C);";

    private static String line(String outgoing, String successful, String failed, String rate, String retransmissions) {
        return "2026-11-27\t05:15:30.004807\t1795756530.004807;2026-11-27\t05:15:32.219076\t1795756532.219076;"
                + "2026-11-27\t05:15:32.219173\t1795756532.219173;00:00:00;00:00:02;10;0;" + rate + ";0;0;0;" + outgoing + ";"
                + outgoing + ";0;0;" + successful + ";0;" + failed + ";0;" + retransmissions + ";";
    }

    @Test
    void theLastDumpLineCountsByColumnName() {
        var statistics = SippStatistics.parse(List.of(HEADER, line("10", "9", "0", "5.1", "0"), line("20", "18", "2", "9.03342", "3"), ""));

        assertThat(statistics.offered()).isEqualTo(20);
        assertThat(statistics.successful()).isEqualTo(18);
        assertThat(statistics.failed()).isEqualTo(2);
        assertThat(statistics.retransmissions()).isEqualTo(3);
    }

    @Test
    void aFileWithoutADataLineIsRefused() {
        assertThatThrownBy(() -> SippStatistics.parse(List.of(HEADER))).hasMessageContaining("no data line");
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThatThrownBy(() -> SippStatistics.parse(List.of("StartTime;OutgoingCall(C)", "x;3")))
                .hasMessageContaining("SuccessfulCall(C)");
    }
}
