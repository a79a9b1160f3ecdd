package io.multicell.manager.calls;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gauge {@code multicell.calls.active}, counters {@code multicell.calls} (tag direction) and {@code multicell.handovers},
 * timer {@code multicell.handover.duration} (decision to the first voice frame on the target).
 */
@ApplicationScoped
public class CallMetrics {

    private final AtomicInteger active = new AtomicInteger();
    private final Counter incoming;
    private final Counter outgoing;
    private final Counter handovers;
    private final Timer handoverDuration;

    public CallMetrics(MeterRegistry meters) {
        Gauge.builder("multicell.calls.active", active, AtomicInteger::get)
                .description("Calls the DM routes now")
                .register(meters);
        incoming = calls(meters, "incoming");
        outgoing = calls(meters, "outgoing");
        handovers = Counter.builder("multicell.handovers").description("Completed handovers").register(meters);
        handoverDuration = Timer.builder("multicell.handover.duration")
                .description("From the handover decision to the first voice frame on the target base")
                .register(meters);
    }

    private static Counter calls(MeterRegistry meters, String direction) {
        return Counter.builder("multicell.calls").description("Calls set up, by direction").tag("direction", direction)
                .register(meters);
    }

    void active(int count) {
        active.set(count);
    }

    void started(Call.Direction direction) {
        (direction == Call.Direction.INCOMING ? incoming : outgoing).increment();
    }

    void handedOver(Duration duration) {
        handovers.increment();
        handoverDuration.record(duration);
    }
}
