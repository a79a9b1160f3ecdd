package io.multicell.integrator.floorplan;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Positions exist only in the simulator and no topic carries them: while a floor plan is open, the watcher reads the
 * virtual handsets now and then and sends a position event for each that moved or came into or went out of range.
 */
@ApplicationScoped
public class HandsetPositionWatcher {

    private static final Logger LOG = Logger.getLogger(HandsetPositionWatcher.class);

    private final HandsetSimulatorClient simulator;
    private final FloorPlanStream stream;
    /** Touched only by the scheduler, one run at a time (SKIP). */
    private Map<String, FloorPlanEvent.Position> last = Map.of();

    public HandsetPositionWatcher(HandsetSimulatorClient simulator, FloorPlanStream stream) {
        this.simulator = simulator;
        this.stream = stream;
    }

    @Scheduled(every = "${multicell.integrator.simulator.position-interval:500ms}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void watch() {
        if (!simulator.configured() || !stream.hasClients()) {
            last = Map.of();
            return;
        }
        Map<String, FloorPlanEvent.Position> now = new HashMap<>();
        try {
            for (SimulatedHandset handset : simulator.list()) {
                now.putIfAbsent(handset.ipui(), new FloorPlanEvent.Position(handset.ipui(), handset.position().x(),
                        handset.position().y(), !handset.reachable()));
            }
        } catch (SimulatorUnreachableException e) {
            LOG.debugf("No handset positions this time: %s", e.getMessage());
            return;
        }
        for (FloorPlanEvent.Position position : now.values()) {
            if (!position.equals(last.get(position.ipui()))) {
                stream.publish(position);
            }
        }
        last = now;
    }
}
