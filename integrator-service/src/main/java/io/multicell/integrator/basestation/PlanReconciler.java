package io.multicell.integrator.basestation;

import io.multicell.integrator.dm.DectManagerFailedException;
import io.multicell.integrator.dm.DectManagerUnreachableException;
import io.multicell.integrator.handset.HandsetPlanCoordinator;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * On start and every few seconds: makes sure the DM runs the integrator's base station plan (see PlanCoordinator)
 * and handset plan (see HandsetPlanCoordinator). Each plan is checked on its own, so a DM that cannot serve one
 * still gets the other.
 */
@ApplicationScoped
public class PlanReconciler {

    private static final Logger LOG = Logger.getLogger(PlanReconciler.class);

    private final PlanCoordinator coordinator;
    private final HandsetPlanCoordinator handsets;
    /** Only the transitions are logged, not every failed check while the DM is down. */
    private final Check basePlan = new Check("base station plan");
    private final Check handsetPlan = new Check("handset plan");

    public PlanReconciler(PlanCoordinator coordinator, HandsetPlanCoordinator handsets) {
        this.coordinator = coordinator;
        this.handsets = handsets;
    }

    @Scheduled(identity = "plan-reconciler", every = "${multicell.integrator.plan.check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        basePlan.run(coordinator::reconcile);
        handsetPlan.run(handsets::reconcile);
    }

    /** One plan's check, remembering whether the DM answered last time. */
    private static final class Check {

        private final String plan;
        private volatile boolean dmReachable = true;

        Check(String plan) {
            this.plan = plan;
        }

        void run(BooleanSupplier reconcile) {
            try {
                reconcile.getAsBoolean();
                if (!dmReachable) {
                    LOG.infof("DECT manager reachable again for the %s", plan);
                }
                dmReachable = true;
            } catch (DectManagerUnreachableException | DectManagerFailedException e) {
                if (dmReachable) {
                    LOG.warnf("Cannot compare the %s with the DECT manager: %s", plan, e.getMessage());
                }
                dmReachable = false;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Check of the %s failed", plan);
            }
        }
    }
}
