package io.multicell.integrator.floorplan;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Positions exist only in the simulator and no topic carries them: while a floor plan is open, the watcher reads the
 * virtual handsets now and then and sends one positions event with each that moved or came into or went out of range.
 * Its own thread, because the Quarkus scheduler runs nothing more often than once a second.
 */
@ApplicationScoped
public class HandsetPositionWatcher {

    private static final Logger LOG = Logger.getLogger(HandsetPositionWatcher.class);

    private final HandsetSimulatorClient simulator;
    private final FloorPlanStream stream;
    private final SimulatorConfig config;
    private ScheduledExecutorService timer;
    /** Touched only by the timer thread. */
    private Map<String, FloorPlanEvent.Position> last = Map.of();

    public HandsetPositionWatcher(HandsetSimulatorClient simulator, FloorPlanStream stream, SimulatorConfig config) {
        this.simulator = simulator;
        this.stream = stream;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!simulator.configured()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "floor-plan-positions");
            thread.setDaemon(true);
            return thread;
        });
        long period = config.positionInterval().toMillis();
        timer.scheduleWithFixedDelay(this::watchSafely, period, period, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void watchSafely() {
        try {
            watch();
        } catch (RuntimeException e) {
            // A failed round must not end the timer.
            LOG.warnf(e, "Reading handset positions failed");
        }
    }

    void watch() {
        if (!simulator.configured() || !stream.hasClients()) {
            last = Map.of();
            return;
        }
        Map<String, FloorPlanEvent.Position> now = new LinkedHashMap<>();
        try {
            for (SimulatedHandset handset : simulator.list()) {
                now.putIfAbsent(handset.ipui(), new FloorPlanEvent.Position(handset.ipui(), handset.position().x(),
                        handset.position().y(), !handset.reachable()));
            }
        } catch (SimulatorUnreachableException e) {
            LOG.debugf("No handset positions this time: %s", e.getMessage());
            return;
        }
        List<FloorPlanEvent.Position> moved = new ArrayList<>();
        for (FloorPlanEvent.Position position : now.values()) {
            if (!position.equals(last.get(position.ipui()))) {
                moved.add(position);
            }
        }
        if (!moved.isEmpty()) {
            stream.publish(new FloorPlanEvent.Positions(moved));
        }
        last = now;
    }
}
