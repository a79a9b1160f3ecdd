package io.multicell.manager.calls;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gauge {@code multicell.calls.active}, counters {@code multicell.calls} (tag direction), {@code multicell.calls.dropped}
 * (connected calls lost with their radio link or base), {@code multicell.handovers} and {@code multicell.handovers.failed}
 * (abandoned handovers), timer {@code multicell.handover.duration} (decision to the first voice frame on the target;
 * with histogram buckets).
 * deploy/prometheus alerts on the drop and handover failure ratios.
 */
// created at start, not at the first call: the counters must be exported (at 0) before anything happens
@Startup
@ApplicationScoped
public class CallMetrics {

    static final Duration[] HANDOVER_BUCKETS = {Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5)};

    private final AtomicInteger active = new AtomicInteger();
    private final Counter incoming;
    private final Counter outgoing;
    private final Counter handovers;
    private final Counter dropped;
    private final Counter handoversFailed;
    private final Timer handoverDuration;

    public CallMetrics(MeterRegistry meters) {
        Gauge.builder("multicell.calls.active", active, AtomicInteger::get)
                .description("Calls the DM routes now")
                .register(meters);
        incoming = calls(meters, "incoming");
        outgoing = calls(meters, "outgoing");
        handovers = Counter.builder("multicell.handovers").description("Completed handovers").register(meters);
        dropped = Counter.builder("multicell.calls.dropped")
                .description("Connected calls lost with their radio link or base (Call drops)").register(meters);
        handoversFailed = Counter.builder("multicell.handovers.failed")
                .description("Handovers abandoned: the target did not take the call in time, refused it or went away")
                .register(meters);
        handoverDuration = Timer.builder("multicell.handover.duration")
                .description("From the handover decision to the first voice frame on the target base")
                // A few fixed buckets (multicell_handover_duration_seconds_bucket) so the dashboard can show p95.
                .serviceLevelObjectives(HANDOVER_BUCKETS)
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

    void dropped() {
        dropped.increment();
    }

    void handoverFailed() {
        handoversFailed.increment();
    }

    void handedOver(Duration duration) {
        handovers.increment();
        handoverDuration.record(duration);
    }
}
