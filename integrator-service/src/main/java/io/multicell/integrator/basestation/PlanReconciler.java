package io.multicell.integrator.basestation;

import io.multicell.integrator.dm.DectManagerFailedException;
import io.multicell.integrator.dm.DectManagerUnreachableException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** On start and every few seconds: makes sure the DM runs the integrator's plan revision (see PlanCoordinator). */
@ApplicationScoped
public class PlanReconciler {

    private static final Logger LOG = Logger.getLogger(PlanReconciler.class);

    private final PlanCoordinator coordinator;
    /** Only the transitions are logged, not every failed check while the DM is down. */
    private volatile boolean dmReachable = true;

    public PlanReconciler(PlanCoordinator coordinator) {
        this.coordinator = coordinator;
    }

    @Scheduled(identity = "plan-reconciler", every = "${multicell.integrator.plan.check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        try {
            coordinator.reconcile();
            if (!dmReachable) {
                LOG.info("DECT manager reachable again");
            }
            dmReachable = true;
        } catch (DectManagerUnreachableException | DectManagerFailedException e) {
            if (dmReachable) {
                LOG.warnf("Cannot compare plan revisions with the DECT manager: %s", e.getMessage());
            }
            dmReachable = false;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Plan check failed");
        }
    }
}
