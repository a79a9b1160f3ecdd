package io.multicell.integrator.basestation;

import io.multicell.integrator.dm.DectManagerClient;
import io.multicell.integrator.dm.DectManagerFailedException;
import io.multicell.integrator.dm.DectManagerSummary;
import io.multicell.integrator.dm.DectManagerUnreachableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Asks the DM what it sees; read views degrade to "DM not connected" instead of failing. */
@ApplicationScoped
public class LiveStateReader {

    private static final Logger LOG = Logger.getLogger(LiveStateReader.class);

    private final DectManagerClient dm;
    private volatile DectManagerSummary lastSummary;

    public LiveStateReader(DectManagerClient dm) {
        this.dm = dm;
    }

    /** For read views: never throws because of the DM. */
    public LiveState read() {
        try {
            return require();
        } catch (DectManagerUnreachableException | DectManagerFailedException e) {
            LOG.debugf("Showing bases without live state: %s", e.getMessage());
            return LiveState.unreachable(lastSummary == null ? null : lastSummary.name());
        }
    }

    /** For changes that depend on live state (confirm, import): the DM must answer. */
    public LiveState require() {
        var bases = dm.listBaseStations();
        var summary = summary();
        return LiveState.of(summary.name(), bases);
    }

    public DectManagerSummary summary() {
        DectManagerSummary summary = dm.summary();
        lastSummary = summary;
        return summary;
    }

    /** What the DM said last time it answered (empty if it never did since start). */
    public Optional<DectManagerSummary> lastSummary() {
        return Optional.ofNullable(lastSummary);
    }
}
