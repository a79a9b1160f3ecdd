package io.multicell.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MachineLoadTest {

    @Test
    void busyShareCountsEverythingButIdleAndIowait() {
        var start = MachineLoad.parse("cpu  100 0 50 800 50 0 0 0 0 0", 2);
        // +300 user, +100 system, +80 idle, +20 iowait, +0 the rest: 400 busy of 500
        var end = MachineLoad.parse("cpu  400 0 150 880 70 0 0 0 0 0", 2);

        assertThat(end.busySince(start)).isEqualTo(0.8);
    }

    @Test
    void describesTheMachineAndTheServicesGroupingTheBases() {
        var start = MachineLoad.parse("cpu 0 0 0 100 0 0 0 0", 2);
        var end = MachineLoad.parse("cpu 45 0 0 155 0 0 0 0", 2);
        var before = Map.of("base-station-1", Duration.ZERO, "base-station-2", Duration.ZERO, "sip-gateway", Duration.ZERO);
        var after = Map.of("base-station-1", Duration.ofSeconds(3), "base-station-2", Duration.ofSeconds(2),
                "sip-gateway", Duration.ofSeconds(4));

        assertThat(end.describeSince(start, before, after, Duration.ofSeconds(10)))
                .isEqualTo("busy 45 % of 2 cores; the services took 90 % of one core: bases 50, sip-gateway 40");
    }

    @Test
    void anotherLineThanTheAggregateIsRefused() {
        assertThatThrownBy(() -> MachineLoad.parse("cpu0 1 2 3 4", 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
