package io.multicell.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuPerCallTest {

    @Test
    void cpuUsedDuringTheLoadIsDividedByTheCallsWithTheBasesSummed() {
        var before = Map.of("sip-gateway", Duration.ofMillis(1000), "base-station-1", Duration.ofMillis(100),
                "base-station-2", Duration.ofMillis(100));
        var after = Map.of("sip-gateway", Duration.ofMillis(1400), "base-station-1", Duration.ofMillis(200),
                "base-station-2", Duration.ofMillis(300));

        var cpu = CpuPerCall.between(before, after, 200);

        assertThat(cpu.millisPerCall()).containsEntry("sip-gateway", 2.0).containsEntry("bases", 1.5).hasSize(2);
        assertThat(cpu.total()).isEqualTo(3.5);
        assertThat(cpu.describe()).contains("sip-gateway 2.00", "bases 1.50", "= 3.50 ms CPU per call");
    }

    @Test
    void whatAServiceUsesIdleIsLeftOutOfThePerCallFigure() {
        var idle = CpuPerCall.idlePerSecond(Map.of("sip-gateway", Duration.ofMillis(0), "base-station-1", Duration.ZERO),
                Map.of("sip-gateway", Duration.ofMillis(50), "base-station-1", Duration.ofMillis(100)), Duration.ofSeconds(5));
        assertThat(idle).containsEntry("sip-gateway", 10.0).containsEntry("base-station-1", 20.0);
        assertThat(CpuPerCall.describeIdle(idle)).contains("sip-gateway 10.0", "bases 20.0", "= 30.0 ms CPU per second");

        var cpu = CpuPerCall.between(Map.of("sip-gateway", Duration.ZERO), Map.of("sip-gateway", Duration.ofMillis(500)), 100, idle,
                Duration.ofSeconds(10));

        assertThat(cpu.millisPerCall()).containsEntry("sip-gateway", 4.0);
    }

    @Test
    void noCallNoFigure() {
        assertThat(CpuPerCall.between(Map.of(), Map.of("sip-gateway", Duration.ofSeconds(1)), 0).describe()).isEqualTo("no call");
    }
}
