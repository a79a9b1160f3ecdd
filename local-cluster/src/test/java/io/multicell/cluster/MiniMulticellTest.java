package io.multicell.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.InvalidValueException;
import io.multicell.core.radio.FloorPosition;
import io.multicell.core.radio.RadioModel;
import io.multicell.core.radio.RadioParameters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiniMulticellTest {

    private static final Path ROOT = Path.of("/repo");
    private static final String JDBC = "jdbc:postgresql://127.0.0.1:5432/multicell";
    private static final String KAFKA = "127.0.0.1:19092";

    private final List<ServiceSpec> services = MiniMulticell.services(ROOT, new PortPlan(0), JDBC, KAFKA);

    private ServiceSpec service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static FloorPosition position(ServiceSpec base) {
        return new FloorPosition(Double.parseDouble(base.env().get("MULTICELL_BASE_POSITION_X")),
                Double.parseDouble(base.env().get("MULTICELL_BASE_POSITION_Y")));
    }

    @Test
    void theMiniMulticellIsThreeServicesThreeBasesAndTheHandsetSimulator() {
        assertThat(services).extracting(ServiceSpec::name).containsExactly(
                "integrator", "dect-manager", "sip-gateway", "base-station-1", "base-station-2", "base-station-3",
                "handset-simulator");
        assertThat(service("integrator").quarkusRunJar())
                .isEqualTo(Path.of("/repo/integrator-service/target/quarkus-app/quarkus-run.jar"));
        assertThat(service("base-station-2").quarkusRunJar())
                .isEqualTo(Path.of("/repo/base-station-service/target/quarkus-app/quarkus-run.jar"));
        assertThat(service("handset-simulator").quarkusRunJar())
                .isEqualTo(Path.of("/repo/handset-simulator/target/quarkus-app/quarkus-run.jar"));
    }

    @Test
    void everyServiceListensOnItsOwnHttpAndGrpcPort() {
        var ports = new ArrayList<String>();
        for (ServiceSpec spec : services) {
            assertThat(spec.env().get("QUARKUS_HTTP_PORT")).isEqualTo(Integer.toString(spec.httpPort()));
            ports.add(spec.env().get("QUARKUS_HTTP_PORT"));
            ports.add(spec.env().get("QUARKUS_GRPC_SERVER_PORT"));
        }
        assertThat(ports).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(service("dect-manager").env()).containsEntry("QUARKUS_GRPC_SERVER_PORT", "9081");
        assertThat(service("base-station-3").env())
                .containsEntry("QUARKUS_HTTP_PORT", "8093").containsEntry("QUARKUS_GRPC_SERVER_PORT", "9093");
        assertThat(service("handset-simulator").httpPort()).isEqualTo(8085);
        assertThat(service("handset-simulator").env())
                .containsEntry("QUARKUS_HTTP_PORT", "8085").containsEntry("QUARKUS_GRPC_SERVER_PORT", "9085");
    }

    @Test
    void theDatabaseAndKafkaGoToTheServicesThatUseThem() {
        assertThat(service("integrator").env())
                .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", JDBC).containsEntry("KAFKA_BOOTSTRAP_SERVERS", KAFKA);
        assertThat(service("dect-manager").env())
                .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", JDBC).containsEntry("KAFKA_BOOTSTRAP_SERVERS", KAFKA);
        assertThat(service("sip-gateway").env()).containsEntry("KAFKA_BOOTSTRAP_SERVERS", KAFKA);
        // The simulator keeps its handsets and their keys in PostgreSQL; it has no use for Kafka.
        assertThat(service("handset-simulator").env()).containsEntry("QUARKUS_DATASOURCE_JDBC_URL", JDBC)
                .doesNotContainKey("KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void theIntegratorEveryBaseAndTheSimulatorFindTheDectManagerOnItsShiftedGrpcPort() {
        var shifted = MiniMulticell.services(ROOT, new PortPlan(20_000), JDBC, KAFKA);
        assertThat(shifted).filteredOn(s -> s.name().equals("handset-simulator")).singleElement()
                .satisfies(s -> assertThat(s.httpPort()).isEqualTo(28085));
        for (ServiceSpec spec : shifted) {
            if (spec.name().equals("integrator") || spec.name().startsWith("base-station")
                    || spec.name().equals("handset-simulator")) {
                assertThat(spec.env()).as(spec.name())
                        .containsEntry("QUARKUS_GRPC_CLIENTS_DECT_MANAGER_HOST", "127.0.0.1")
                        .containsEntry("QUARKUS_GRPC_CLIENTS_DECT_MANAGER_PORT", "29081");
            }
        }
    }

    @Test
    void baseOneIsTheLocalBaseAtTheOriginAndTheOthersAreNot() {
        assertThat(service("base-station-1").env()).containsEntry("MULTICELL_BASE_INSTANCE", "1")
                .containsEntry("MULTICELL_BASE_LOCAL", "true");
        assertThat(position(service("base-station-1"))).isEqualTo(new FloorPosition(0, 0));
        assertThat(position(service("base-station-2"))).isEqualTo(new FloorPosition(20, 0));
        assertThat(position(service("base-station-3"))).isEqualTo(new FloorPosition(0, 20));
        assertThat(service("base-station-2").env()).containsEntry("MULTICELL_BASE_LOCAL", "false");
        assertThat(service("base-station-3").env()).containsEntry("MULTICELL_BASE_INSTANCE", "3");
    }

    @Test
    void everyBaseOfTheFloorPlanCanSynchroniseToEveryOtherOverTheAir() {
        var radio = new RadioModel(RadioParameters.office());
        var bases = services.stream().filter(s -> s.name().startsWith("base-station")).map(MiniMulticellTest::position).toList();

        for (FloorPosition slave : bases) {
            for (FloorPosition master : bases) {
                if (slave != master) {
                    assertThat(radio.canSynchronise(slave, master)).as(slave + " hears " + master).isTrue();
                }
            }
        }
    }

    @Test
    void anExtraBaseGetsItsOwnPortsAndPosition() {
        var extra = MiniMulticell.base(ROOT, new PortPlan(0), 4, 200, 0, false);

        assertThat(extra.name()).isEqualTo("base-station-4");
        assertThat(extra.httpPort()).isEqualTo(8094);
        assertThat(extra.env()).containsEntry("QUARKUS_GRPC_SERVER_PORT", "9094")
                .containsEntry("MULTICELL_BASE_INSTANCE", "4")
                .containsEntry("MULTICELL_BASE_POSITION_X", "200.0");
        // 200 m away: out of sync range of LocalBS, which is what such a base is for in tests.
        assertThat(new RadioModel(RadioParameters.office()).canSynchronise(position(extra), new FloorPosition(0, 0))).isFalse();
    }

    @Test
    void aBaseOffTheFloorPlanIsRefused() {
        assertThatThrownBy(() -> MiniMulticell.base(ROOT, new PortPlan(0), 4, 20_000, 0, false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("position.x");
    }
}
