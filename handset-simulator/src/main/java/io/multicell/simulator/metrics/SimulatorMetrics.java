package io.multicell.simulator.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.multicell.simulator.handset.HandsetEngine;
import io.multicell.simulator.handset.HandsetState;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * multicell.simulator.handsets (gauge, tag state: one series per handset state, so bounded) and
 * multicell.simulator.roams (re-locks from one base to another).
 */
@ApplicationScoped
public class SimulatorMetrics {

    void register(@Observes StartupEvent event, MeterRegistry registry, HandsetEngine engine) {
        for (HandsetState state : HandsetState.values()) {
            Gauge.builder("multicell.simulator.handsets", engine, e -> e.count(state))
                    .description("Virtual handsets by state")
                    .tag("state", state.name())
                    .register(registry);
        }
        FunctionCounter.builder("multicell.simulator.roams", engine, HandsetEngine::roams)
                .description("Re-locks of a handset from one base to another")
                .register(registry);
    }
}
