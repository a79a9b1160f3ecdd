package io.multicell.manager.basestation;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.multicell.core.sync.BaseStationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Gauge {@code multicell.base_stations} per status (the manual's labels plus Pending). */
@ApplicationScoped
public class BaseStationMetrics {

    private final Map<String, AtomicInteger> byStatus = new LinkedHashMap<>();

    BaseStationMetrics(MeterRegistry meters) {
        for (BaseStationStatus status : BaseStationStatus.values()) {
            register(meters, status.label());
        }
        register(meters, BaseStationRegistry.PENDING);
    }

    private void register(MeterRegistry meters, String label) {
        var value = new AtomicInteger();
        byStatus.put(label, value);
        Gauge.builder("multicell.base_stations", value, AtomicInteger::get)
                .description("Base stations the DM knows, by status")
                .tag("status", label)
                .register(meters);
    }

    void update(Map<String, Integer> counts) {
        byStatus.forEach((label, value) -> value.set(counts.getOrDefault(label, 0)));
    }
}
