package io.multicell.simulator.dm;

import io.multicell.simulator.config.SimulatorSettings;
import io.multicell.simulator.handset.HandsetEngine;
import io.multicell.simulator.radio.BaseOnAir;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Reads the bases from the DM every {@code base-list-interval} and hands them to the engine. While the DM is away the
 * handsets keep hearing the bases they knew (the radio does not stop because the DM restarts).
 */
@ApplicationScoped
public class BasePoller {

    private static final Logger LOG = Logger.getLogger(BasePoller.class);

    private final BaseStationDirectory directory;
    private final HandsetEngine engine;
    private final SimulatorSettings settings;
    private final Clock clock;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        var thread = new Thread(task, "dm-poll");
        thread.setDaemon(true);
        return thread;
    });

    private volatile List<BaseOnAir> lastBases = List.of();
    private volatile Instant lastSuccess;
    private volatile String lastFailure;

    BasePoller(BaseStationDirectory directory, HandsetEngine engine, SimulatorSettings settings, Clock clock) {
        this.directory = directory;
        this.engine = engine;
        this.settings = settings;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        long period = settings.baseListInterval().toMillis();
        executor.scheduleWithFixedDelay(this::poll, 0, period, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }

    private void poll() {
        try {
            var bases = directory.list();
            engine.updateBases(bases);
            lastBases = List.copyOf(bases);
            lastSuccess = clock.instant();
            if (lastFailure != null) {
                LOG.infof("DECT manager at %s answers again: %d bases", directory.target(), bases.size());
                lastFailure = null;
            }
        } catch (RuntimeException e) {
            if (lastFailure == null) {
                LOG.warnf("cannot read the bases from the DECT manager at %s: %s", directory.target(), e.getMessage());
            }
            lastFailure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    /** The DM's last list. */
    public List<BaseOnAir> lastBases() {
        return lastBases;
    }

    public Optional<Instant> lastSuccess() {
        return Optional.ofNullable(lastSuccess);
    }

    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    public String dectManager() {
        return directory.target();
    }
}
