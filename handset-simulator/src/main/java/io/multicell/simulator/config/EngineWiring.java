package io.multicell.simulator.config;

import io.multicell.core.radio.FloorPosition;
import io.multicell.core.radio.RadioParameters;
import io.multicell.simulator.air.AirConnector;
import io.multicell.simulator.handset.EngineSettings;
import io.multicell.simulator.handset.ExecutorEngineScheduler;
import io.multicell.simulator.handset.HandsetEngine;
import io.multicell.simulator.handset.HandsetStore;
import io.multicell.simulator.radio.FloorPlan;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

/** Builds the handset engine from the settings, starts it (loading every handset from PostgreSQL) and stops it. */
@ApplicationScoped
public class EngineWiring {

    private final ExecutorEngineScheduler scheduler = new ExecutorEngineScheduler();
    // Writes of the engine (keys, positions) leave its thread, in order, so a slow database never stalls a tick.
    private final ExecutorService storeWriter = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "handset-store");
        thread.setDaemon(true);
        return thread;
    });

    @Produces
    @Singleton
    RadioParameters radioParameters(SimulatorSettings settings) {
        var office = RadioParameters.office();
        var radio = settings.radio();
        return new RadioParameters(
                radio.txPowerDbm().orElse(office.txPowerDbm()),
                radio.referenceLossDb().orElse(office.referenceLossDb()),
                radio.pathLossExponent().orElse(office.pathLossExponent()),
                radio.syncThresholdDbm().orElse(office.syncThresholdDbm()),
                radio.handsetSensitivityDbm().orElse(office.handsetSensitivityDbm()));
    }

    @Produces
    @Singleton
    FloorPlan floorPlan(SimulatorSettings settings) {
        var plan = settings.floorPlan();
        double limit = FloorPosition.LIMIT_METRES;
        return new FloorPlan(plan.minX().orElse(-limit), plan.maxX().orElse(limit), plan.minY().orElse(-limit),
                plan.maxY().orElse(limit));
    }

    /** Seeded: generated ids and retry jitter repeat from run to run. */
    @Produces
    @Singleton
    RandomGenerator random(SimulatorSettings settings) {
        return new Random(settings.seed());
    }

    @Produces
    @Singleton
    HandsetEngine engine(SimulatorSettings settings, RadioParameters radio, Clock clock, AirConnector air,
            HandsetStore store, RandomGenerator random) {
        var engineSettings = new EngineSettings(settings.tick(), settings.hysteresisDb(), radio,
                settings.procedureTimeout(), settings.relockBackoff(), settings.attachRetryMin(),
                settings.attachRetryMax(), settings.baseLossGrace(), settings.measurementInterval());
        // The engine has a random of its own: ids drawn by the API must not shift its retry jitter.
        return new HandsetEngine(engineSettings, clock, scheduler, air, store, storeWriter,
                new Random(settings.seed() + 1));
    }

    void onStart(@Observes StartupEvent event, HandsetEngine engine) {
        engine.start().join();
    }

    void onStop(@Observes ShutdownEvent event, HandsetEngine engine) {
        engine.stop().join();
        scheduler.close();
        storeWriter.shutdown();
        try {
            storeWriter.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
