package io.multicell.integrator.floorplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.multicell.core.radio.FloorPosition;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The floor plan gets the handsets that moved since its last look, all of them in one message per look. */
class HandsetPositionWatcherTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    private final FloorPlanStream stream = new FloorPlanStream(json, FloorPlanStreamTest.config(), new SimpleMeterRegistry());
    private final SimulatorStandIn simulator = new SimulatorStandIn(json);
    private final HandsetPositionWatcher watcher = new HandsetPositionWatcher(simulator, stream, simulator.config);

    @Test
    void everyHandsetThatMovedSinceTheLastLookComesInOneMessage() {
        AssertSubscriber<String> page = stream.follow().subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        simulator.handsets = List.of(at("A", 0, 0, true), at("B", 5, 0, true), at("C", 10, 0, true));
        watcher.watch();
        simulator.handsets = List.of(at("A", 0, 0, true), at("B", 6, 0, true), at("C", 10, 0, false));
        watcher.watch();
        watcher.watch(); // nobody moved: nothing sent

        assertThat(page.getItems()).hasSize(2);
        assertThat(page.getItems().get(0)).startsWith("{\"type\":\"positions\",\"handsets\":[")
                .contains("\"ipui\":\"A\"", "\"ipui\":\"B\"", "\"ipui\":\"C\"");
        assertThat(page.getItems().get(1)).isEqualTo("{\"type\":\"positions\",\"handsets\":["
                + "{\"type\":\"position\",\"ipui\":\"B\",\"x\":6.0,\"y\":0.0,\"outOfRange\":false},"
                + "{\"type\":\"position\",\"ipui\":\"C\",\"x\":10.0,\"y\":0.0,\"outOfRange\":true}]}");
    }

    @Test
    void withNoPageOpenTheSimulatorIsNotAsked() {
        simulator.handsets = List.of(at("A", 0, 0, true));
        watcher.watch();
        assertThat(simulator.lists).isZero();
    }

    private static SimulatedHandset at(String ipui, double x, double y, boolean reachable) {
        return new SimulatedHandset("hs-" + ipui, ipui, new FloorPosition(x, y), null, reachable, "IDLE");
    }

    /** The simulator's handsets as the test sets them, in the order given. */
    private static final class SimulatorStandIn extends HandsetSimulatorClient {
        final SimulatorConfig config;
        List<SimulatedHandset> handsets = new ArrayList<>();
        int lists;

        SimulatorStandIn(ObjectMapper json) {
            this(new SimulatorConfig() {
                public Optional<URI> url() { return Optional.of(URI.create("http://127.0.0.1:1")); }
                public Duration timeout() { return Duration.ofSeconds(1); }
                public Duration positionInterval() { return Duration.ofMillis(500); }
            }, json);
        }

        private SimulatorStandIn(SimulatorConfig config, ObjectMapper json) {
            super(config, json);
            this.config = config;
        }

        @Override
        public List<SimulatedHandset> list() {
            lists++;
            return handsets;
        }
    }
}
