package io.multicell.simulator.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.multicell.simulator.call.CallState;
import io.multicell.simulator.handset.HandsetEngine;
import io.multicell.simulator.handset.HandsetState;
import io.multicell.simulator.voice.VoiceSocket;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * multicell.simulator.handsets (gauge, tag state: one series per handset state, so bounded) and
 * multicell.simulator.roams (re-locks from one base to another), multicell.simulator.calls (gauge, tag state: handsets
 * whose call is in that state; bounded), multicell.simulator.voice.dropped (voice datagrams received that did not
 * parse or named no open stream).
 */
@ApplicationScoped
public class SimulatorMetrics {

    void register(@Observes StartupEvent event, MeterRegistry registry, HandsetEngine engine, VoiceSocket voice) {
        for (HandsetState state : HandsetState.values()) {
            Gauge.builder("multicell.simulator.handsets", engine, e -> e.count(state))
                    .description("Virtual handsets by state")
                    .tag("state", state.name())
                    .register(registry);
        }
        FunctionCounter.builder("multicell.simulator.roams", engine, HandsetEngine::roams)
                .description("Re-locks of a handset from one base to another")
                .register(registry);
        FunctionCounter.builder("multicell.simulator.voice.dropped", voice, VoiceSocket::dropped)
                .description("Voice datagrams received that did not parse or named no open air stream")
                .register(registry);
        for (CallState state : CallState.values()) {
            if (state.active()) {
                Gauge.builder("multicell.simulator.calls", engine, e -> e.countCalls(state))
                        .description("Handsets whose call is in this state")
                        .tag("state", state.name())
                        .register(registry);
            }
        }
    }
}
