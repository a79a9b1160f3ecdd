package io.multicell.integrator.floorplan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Fans floor plan events out to the open browsers. Each event is serialised once; each client has a bounded buffer,
 * and a client that lets it overflow is dropped rather than slowing the producer or the other clients (its
 * EventSource reconnects and reloads the snapshot).
 */
@ApplicationScoped
public class FloorPlanStream {

    private static final Logger LOG = Logger.getLogger(FloorPlanStream.class);

    private final ObjectWriter writer;
    private final int clientBuffer;
    private final Set<MultiEmitter<? super String>> clients = ConcurrentHashMap.newKeySet();
    private final Counter published;
    private final Counter dropped;

    public FloorPlanStream(ObjectMapper json, FloorPlanConfig config, MeterRegistry registry) {
        this.writer = json.writerFor(FloorPlanEvent.class);
        this.clientBuffer = config.clientBuffer();
        Gauge.builder("multicell.integrator.floor_plan.clients", clients, Set::size)
                .description("Browsers following the live floor plan")
                .register(registry);
        this.published = Counter.builder("multicell.integrator.floor_plan.events")
                .description("Floor plan events sent out (once per event, whatever the number of clients)")
                .register(registry);
        this.dropped = Counter.builder("multicell.integrator.floor_plan.clients_dropped")
                .description("Clients dropped because they fell behind by more than the client buffer")
                .register(registry);
    }

    /** A new client: JSON events from now on, until it goes away or falls behind. */
    public Multi<String> follow() {
        return Multi.createFrom().<String>emitter(emitter -> {
                    clients.add(emitter);
                    emitter.onTermination(() -> clients.remove(emitter));
                }, BackPressureStrategy.ERROR)
                // The buffer takes everything the emitter sends and fails the stream once it holds clientBuffer unsent events.
                .onOverflow().buffer(clientBuffer)
                .onFailure().invoke(failure -> {
                    dropped.increment();
                    LOG.debugf("Dropped a floor plan client: %s", failure.getMessage());
                });
    }

    public boolean hasClients() {
        return !clients.isEmpty();
    }

    public void publish(FloorPlanEvent event) {
        if (clients.isEmpty()) {
            return;
        }
        String text;
        try {
            text = writer.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event, e);
        }
        published.increment();
        for (MultiEmitter<? super String> client : clients) {
            client.emit(text);
        }
    }
}
