package io.multicell.integrator.basestation;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.multicell.core.identity.MacAddress;
import io.multicell.integrator.dm.DectManagerClient;
import io.multicell.integrator.dm.DectManagerSummary;
import io.multicell.integrator.persistence.ConfigurationRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;

/**
 * The single writer of what the integrator configures on the DECT manager: the base station plan and the LED
 * display. A change is validated, sent to the DM as the whole plan at revision + 1 and committed only when the DM
 * accepted it; the reconciler repairs a DM that runs another revision. One lock serialises API changes and repairs
 * so revisions never interleave.
 */
@ApplicationScoped
public class PlanCoordinator {

    private static final Logger LOG = Logger.getLogger(PlanCoordinator.class);

    private final ConfigurationRepository repository;
    private final DectManagerClient dm;
    private final ReentrantLock writer = new ReentrantLock();
    private final AtomicInteger confirmedBases = new AtomicInteger();

    public PlanCoordinator(ConfigurationRepository repository, DectManagerClient dm, MeterRegistry registry) {
        this.repository = repository;
        this.dm = dm;
        Gauge.builder("multicell.integrator.base_stations.confirmed", confirmedBases, AtomicInteger::get)
                .description("Base stations in the integrator's plan (connected list)")
                .register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        confirmedBases.set(repository.loadPlan().bases().size());
    }

    /** The configuration of record as committed. */
    public BaseStationPlan current() {
        return repository.loadPlan();
    }

    /**
     * Applies {@code change} to the current plan. Invalid input, an unreachable DM or a DM refusal throw and leave
     * everything as it was. A change that changes nothing is not sent.
     */
    public BaseStationPlan change(UnaryOperator<BaseStationPlan> change) {
        writer.lock();
        try {
            BaseStationPlan current = repository.loadPlan();
            BaseStationPlan next = change.apply(current);
            next.validate();
            if (next.bases().equals(current.bases())) {
                return current;
            }
            return applyAndCommit(next.atRevision(current.revision() + 1));
        } finally {
            writer.unlock();
        }
    }

    /**
     * Runs {@code work} while no change or repair of this coordinator can run: a restore replaces the configuration of
     * record under it. Lock order as for changes: base station plan, then handset plan, then SIP configuration.
     */
    public <T> T exclusively(java.util.function.Supplier<T> work) {
        writer.lock();
        try {
            return work.get();
        } finally {
            writer.unlock();
        }
    }

    public boolean ledDisplay() {
        return repository.ledDisplay();
    }

    /** Switches the LED display on the DM first and records it only when the DM took it. */
    public void setLedDisplay(boolean enabled) {
        writer.lock();
        try {
            dm.setLedDisplay(enabled);
            repository.saveLedDisplay(enabled);
        } finally {
            writer.unlock();
        }
    }

    /**
     * Brings the DM in line with the configuration of record when it runs another plan revision (for example after
     * it lost its state) or another LED setting. Returns true when something was pushed. Throws when the DM is not
     * reachable.
     */
    public boolean reconcile() {
        writer.lock();
        try {
            DectManagerSummary running = dm.summary();
            BaseStationPlan plan = repository.loadPlan();
            boolean pushed = false;
            if (running.planRevision() != plan.revision()) {
                // Above both: the DM keeps the latest revision, and ours may be behind if a commit failed after it applied.
                long revision = Math.max(plan.revision(), running.planRevision()) + 1;
                LOG.infof("DECT manager runs plan revision %d, the integrator has %d: pushing the plan (%d bases) as revision %d",
                        running.planRevision(), plan.revision(), plan.bases().size(), revision);
                applyAndCommit(plan.atRevision(revision));
                pushed = true;
            }
            boolean led = repository.ledDisplay();
            if (running.ledDisplay() != led) {
                LOG.infof("DECT manager has LED display %s, the integrator %s: pushing it", running.ledDisplay(), led);
                dm.setLedDisplay(led);
                pushed = true;
            }
            return pushed;
        } finally {
            writer.unlock();
        }
    }

    private BaseStationPlan applyAndCommit(BaseStationPlan next) {
        Map<MacAddress, RadioIdentity> assignments = dm.applyPlan(next);
        BaseStationPlan committed = next.withAssignments(assignments);
        repository.savePlan(committed);
        confirmedBases.set(committed.bases().size());
        LOG.infof("Plan revision %d committed (%d bases)", committed.revision(), committed.bases().size());
        return committed;
    }
}
