package io.multicell.integrator.basestation;

import io.multicell.integrator.dm.DectManagerFailedException;
import io.multicell.integrator.dm.DectManagerUnreachableException;
import io.multicell.integrator.handset.HandsetPlanCoordinator;
import io.multicell.integrator.sip.SipConfigurationCoordinator;
import io.multicell.integrator.sip.SipGatewayFailedException;
import io.multicell.integrator.sip.SipGatewayUnreachableException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * On start and every few seconds: makes sure the DM runs the integrator's base station plan (see PlanCoordinator)
 * and handset plan (see HandsetPlanCoordinator), and the SIP gateway the SIP configuration (see
 * SipConfigurationCoordinator). Each is checked on its own, so a peer that cannot serve one still gets the others;
 * the SIP configuration comes last so that entries the handset check retired leave the gateway in the same round.
 */
@ApplicationScoped
public class PlanReconciler {

    private static final Logger LOG = Logger.getLogger(PlanReconciler.class);

    private final PlanCoordinator coordinator;
    private final HandsetPlanCoordinator handsets;
    private final SipConfigurationCoordinator sip;
    /** Only the transitions are logged, not every failed check while a peer is down. */
    private final Check basePlan = new Check("base station plan", "DECT manager");
    private final Check handsetPlan = new Check("handset plan", "DECT manager");
    private final Check sipConfiguration = new Check("SIP configuration", "SIP gateway");

    public PlanReconciler(PlanCoordinator coordinator, HandsetPlanCoordinator handsets, SipConfigurationCoordinator sip) {
        this.coordinator = coordinator;
        this.handsets = handsets;
        this.sip = sip;
    }

    @Scheduled(identity = "plan-reconciler", every = "${multicell.integrator.plan.check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        basePlan.run(coordinator::reconcile);
        handsetPlan.run(handsets::reconcile);
        sipConfiguration.run(sip::reconcile);
    }

    /** One plan's check, remembering whether its peer answered last time. */
    private static final class Check {

        private final String plan;
        private final String peer;
        private volatile boolean peerReachable = true;
        private volatile String lastError;

        Check(String plan, String peer) {
            this.plan = plan;
            this.peer = peer;
        }

        void run(BooleanSupplier reconcile) {
            try {
                reconcile.getAsBoolean();
                if (!peerReachable) {
                    LOG.infof("%s reachable again for the %s", peer, plan);
                }
                peerReachable = true;
                lastError = null;
            } catch (DectManagerUnreachableException | DectManagerFailedException
                     | SipGatewayUnreachableException | SipGatewayFailedException e) {
                if (peerReachable) {
                    LOG.warnf("Cannot compare the %s with the %s: %s", plan, peer, e.getMessage());
                }
                peerReachable = false;
            } catch (RuntimeException e) {
                // A refusal repeats at every check until someone fixes the configuration: say it once.
                if (!String.valueOf(e.getMessage()).equals(lastError)) {
                    LOG.errorf(e, "Check of the %s failed", plan);
                }
                lastError = String.valueOf(e.getMessage());
            }
        }
    }
}
