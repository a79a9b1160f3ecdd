package io.multicell.integrator.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/** Counts every change made through the API by operation and result (multicell.integrator.api.changes). */
@ApplicationScoped
public class ApiChangeMetrics {

    public static final String CHANGES = "multicell.integrator.api.changes";

    private final MeterRegistry registry;

    public ApiChangeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs one change and counts it under its outcome; failures are counted and passed on unchanged. */
    public <T> T measure(String operation, Supplier<T> change) {
        try {
            T result = change.get();
            count(operation, ChangeResult.APPLIED);
            return result;
        } catch (RuntimeException e) {
            count(operation, ChangeResult.of(e));
            throw e;
        }
    }

    public void measure(String operation, Runnable change) {
        measure(operation, () -> {
            change.run();
            return null;
        });
    }

    private void count(String operation, ChangeResult result) {
        Counter.builder(CHANGES)
                .description("Changes requested through the REST API, by operation and result")
                .tag("operation", operation)
                .tag("result", result.tag())
                .register(registry)
                .increment();
    }
}
