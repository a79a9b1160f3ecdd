package io.multicell.manager.subscription;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gauge {@code multicell.handsets.registered}, counters {@code multicell.handsets.registrations} (tag result:
 * accepted / refused) and {@code multicell.handsets.roams}.
 */
@ApplicationScoped
public class HandsetMetrics {

    private final AtomicInteger registered = new AtomicInteger();
    private final Counter accepted;
    private final Counter refused;
    private final Counter roams;

    public HandsetMetrics(MeterRegistry meters) {
        Gauge.builder("multicell.handsets.registered", registered, AtomicInteger::get)
                .description("Handsets registered (holding a key) at this DM")
                .register(meters);
        accepted = registrations(meters, "accepted");
        refused = registrations(meters, "refused");
        roams = Counter.builder("multicell.handsets.roams")
                .description("Handsets that attached at another base than their last one")
                .register(meters);
    }

    private static Counter registrations(MeterRegistry meters, String result) {
        return Counter.builder("multicell.handsets.registrations")
                .description("Registration attempts by outcome")
                .tag("result", result)
                .register(meters);
    }

    void registered(int count) {
        registered.set(count);
    }

    void registrationAccepted() {
        accepted.increment();
    }

    void registrationRefused() {
        refused.increment();
    }

    void roamed() {
        roams.increment();
    }
}
