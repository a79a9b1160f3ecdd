package io.multicell.manager.basestation;

import io.multicell.manager.config.DectManagerConfig;
import io.multicell.manager.events.EventSink;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The single thread that owns the {@link BaseStationRegistry}: gRPC handlers and the heartbeat tick hand it
 * messages, never touch the registry themselves.
 */
@ApplicationScoped
public class ControlLoop {

    private static final Logger LOG = Logger.getLogger(ControlLoop.class);

    private final DectManagerConfig config;
    private final Clock clock;
    private final DectManagerStore store;
    private final EventSink events;
    private final BaseStationMetrics metrics;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        var t = new Thread(r, "dm-control");
        t.setDaemon(true);
        return t;
    });
    private BaseStationRegistry registry; // touched only on the dm-control thread

    ControlLoop(DectManagerConfig config, Clock clock, DectManagerStore store, EventSink events, BaseStationMetrics metrics) {
        this.config = config;
        this.clock = clock;
        this.store = store;
        this.events = events;
        this.metrics = metrics;
    }

    void onStart(@Observes StartupEvent startup) {
        // Load the plan before the service reports started: a database that is not there fails the start loudly.
        ask(registry -> null).join();
        long tickMillis = config.tickInterval().toMillis();
        thread.scheduleWithFixedDelay(() -> run(BaseStationRegistry::tick), tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        thread.shutdownNow();
    }

    /** Runs {@code request} on the control thread and completes with its answer (or its exception). */
    public <T> CompletableFuture<T> ask(Function<BaseStationRegistry, T> request) {
        return CompletableFuture.supplyAsync(() -> {
            T answer = request.apply(registry());
            metrics.update(registry.countByStatus());
            return answer;
        }, thread);
    }

    /** Hands an event to the control thread; failures are logged, never thrown back at the sender. */
    public void tell(Consumer<BaseStationRegistry> event) {
        try {
            thread.execute(() -> run(event));
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            LOG.debug("control loop stopped; event dropped");
        }
    }

    /** False once the loop was stopped (shutdown). */
    public boolean running() {
        return !thread.isShutdown();
    }

    private void run(Consumer<BaseStationRegistry> event) {
        try {
            event.accept(registry());
            metrics.update(registry.countByStatus());
        } catch (RuntimeException e) {
            LOG.error("control loop event failed", e);
        }
    }

    private BaseStationRegistry registry() {
        if (registry == null) {
            var settings = new DectManagerSettings(config.name(), config.rpnGroup(), config.offlineAfter(), config.events().source());
            registry = BaseStationRegistry.open(settings, clock, store, events, new SecureRandom());
        }
        return registry;
    }
}
