package io.multicell.sip.call;

import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Call metrics: gauge {@code multicell.sip.calls.active} (calls held now) and counter {@code multicell.sip.calls}
 * tagged direction (incoming, outgoing): every call the gateway took on.
 */
final class CallMetrics implements AutoCloseable {

    private final MeterRegistry meters;
    private final Gauge active;
    private final Counter incoming;
    private final Counter outgoing;

    CallMetrics(MeterRegistry meters, Supplier<Number> active) {
        this.meters = meters;
        this.active = Gauge.builder("multicell.sip.calls.active", active).description("Calls the SIP gateway holds").register(meters);
        incoming = Counter.builder("multicell.sip.calls").description("Calls the SIP gateway took on").tag("direction", "incoming")
                .register(meters);
        outgoing = Counter.builder("multicell.sip.calls").description("Calls the SIP gateway took on").tag("direction", "outgoing")
                .register(meters);
    }

    void started(Call.Direction direction) {
        (direction == Call.Direction.INCOMING ? incoming : outgoing).increment();
    }

    /** Removes the meters: a registry that outlives the calls must not keep reading them. */
    @Override
    public void close() {
        meters.remove(active);
        meters.remove(incoming);
        meters.remove(outgoing);
    }
}
