package io.multicell.integrator.floorplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FloorPlanStreamTest {

    private static final int BUFFER = 8;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final FloorPlanStream stream = new FloorPlanStream(new ObjectMapper().registerModule(new JavaTimeModule()),
            config(), registry);

    @Test
    void aClientThatFallsBehindIsDroppedWhileTheOthersGetEveryEvent() {
        AssertSubscriber<String> slow = stream.follow().subscribe().withSubscriber(AssertSubscriber.create(0));
        AssertSubscriber<String> fast = stream.follow().subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        for (int i = 0; i < BUFFER + 5; i++) {
            stream.publish(new FloorPlanEvent.Position("0279A7C1D2", i, 0, false));
        }

        slow.assertFailedWith(io.smallrye.mutiny.subscription.BackPressureFailure.class);
        assertThat(fast.getItems()).hasSize(BUFFER + 5);
        assertThat(fast.getItems().get(3)).isEqualTo("{\"type\":\"position\",\"ipui\":\"0279A7C1D2\",\"x\":3.0,\"y\":0.0,\"outOfRange\":false}");
        assertThat(registry.get("multicell.integrator.floor_plan.clients_dropped").counter().count()).isEqualTo(1);
        assertThat(registry.get("multicell.integrator.floor_plan.clients").gauge().value()).isEqualTo(1);
    }

    @Test
    void aClientThatLeavesIsForgotten() {
        AssertSubscriber<String> client = stream.follow().subscribe().withSubscriber(AssertSubscriber.create(10));
        assertThat(stream.hasClients()).isTrue();
        client.cancel();
        assertThat(stream.hasClients()).isFalse();
    }

    static FloorPlanConfig config() {
        return new FloorPlanConfig() {
            public String roamingTopic() { return "r"; }
            public String handoverTopic() { return "h"; }
            public String registrationTopic() { return "g"; }
            public String syncTopic() { return "s"; }
            public Duration pollTimeout() { return Duration.ofMillis(100); }
            public int clientBuffer() { return BUFFER; }
        };
    }
}
