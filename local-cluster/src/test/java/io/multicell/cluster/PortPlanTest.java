package io.multicell.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortPlanTest {

    private static List<Integer> allPorts(PortPlan plan, int bases) {
        var ports = new ArrayList<>(plan.tcpPorts(bases));
        ports.add(plan.sipSignalling());
        return ports;
    }

    @Test
    void theFirstFreePlanSkipsABlockWithAnyPortTaken() throws Exception {
        // A block whose 3rd base's gRPC port is taken (not its integrator or Kafka port) is not free.
        var taken = new PortPlan(12_000);
        try (var busy = new java.net.ServerSocket(taken.baseGrpc(3), 50, java.net.InetAddress.getLoopbackAddress())) {
            var chosen = PortPlan.firstFree(12_000, 12_600, 300, 3).orElseThrow();
            assertThat(chosen.offset()).isGreaterThan(12_000);
            assertThat(PortPlan.firstFree(12_000, 12_000, 300, 2)).as("two bases do not use base 3's port")
                    .contains(taken);
        }
    }

    @Test
    void offsetZeroIsTheTableOfTheArchitecture() {
        var plan = new PortPlan(0);

        assertThat(List.of(plan.integratorHttp(), plan.integratorGrpc())).containsExactly(8080, 9080);
        assertThat(List.of(plan.dmHttp(), plan.dmGrpc())).containsExactly(8081, 9081);
        assertThat(List.of(plan.sipHttp(), plan.sipGrpc(), plan.sipSignalling())).containsExactly(8082, 9082, 5060);
        assertThat(List.of(plan.simulatorHttp(), plan.simulatorGrpc())).containsExactly(8085, 9085);
        assertThat(List.of(plan.baseHttp(1), plan.baseGrpc(1), plan.baseHttp(3), plan.baseGrpc(3)))
                .containsExactly(8091, 9091, 8093, 9093);
        assertThat(List.of(plan.kafka(), plan.kafkaController())).containsExactly(19092, 19093);
    }

    @Test
    void anOffsetShiftsEveryPort() {
        var base = allPorts(new PortPlan(0), 3);
        var shifted = allPorts(new PortPlan(20_000), 3);

        for (int i = 0; i < base.size(); i++) {
            assertThat(shifted.get(i)).isEqualTo(base.get(i) + 20_000);
        }
    }

    @Test
    void everyPortOfAPlanIsDistinctEvenWithEveryBase() {
        var ports = allPorts(new PortPlan(0), PortPlan.MAX_BASES);

        assertThat(ports).doesNotHaveDuplicates();
    }

    @Test
    void twoPlansOneBlockApartDoNotShareAPort() {
        var local = allPorts(new PortPlan(0), 3);
        var tests = allPorts(new PortPlan(300), 3);

        assertThat(local).doesNotContainAnyElementsOf(tests);
    }

    @Test
    void offsetsThatLeaveThePortRangeAreRefused() {
        assertThatThrownBy(() -> new PortPlan(-1)).hasMessageContaining("port offset must be 0..");
        assertThatThrownBy(() -> new PortPlan(PortPlan.MAX_OFFSET + 1)).hasMessageContaining("port offset");
        assertThat(new PortPlan(PortPlan.MAX_OFFSET).kafkaController()).isEqualTo(65535);
    }

    @Test
    void baseInstancesOutsideThePlanAreRefused() {
        var plan = new PortPlan(0);

        assertThatThrownBy(() -> plan.baseHttp(0)).hasMessageContaining("base instance must be 1..99");
        assertThatThrownBy(() -> plan.baseGrpc(100)).hasMessageContaining("base instance must be 1..99");
    }
}
