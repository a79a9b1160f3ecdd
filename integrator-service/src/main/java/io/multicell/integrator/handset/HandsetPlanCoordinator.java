package io.multicell.integrator.handset;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.multicell.integrator.dm.HandsetSubscriptionsClient;
import io.multicell.integrator.persistence.HandsetRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.multicell.integrator.sip.SipConfigurationCoordinator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * The single writer of the handset plan: a change is computed against the committed plan and the DM's live state,
 * validated, sent to the DM whole at revision + 1 and committed only when the DM accepted it. A change of the entries'
 * VoIP accounts goes to the SIP gateway first through {@link SipConfigurationCoordinator} and is committed with the
 * revision it accepted. The reconciler repairs a DM that runs another revision and retires entries the DM has
 * de-registered (their accounts leave the gateway with the SIP reconciler's next push). One lock serialises both.
 */
@ApplicationScoped
public class HandsetPlanCoordinator {

    private static final Logger LOG = Logger.getLogger(HandsetPlanCoordinator.class);

    private final HandsetRepository repository;
    private final HandsetSubscriptionsClient dm;
    private final SubscriptionReader reader;
    private final HandsetConfig config;
    private final SipConfigurationCoordinator sip;
    private final ReentrantLock writer = new ReentrantLock();
    private final AtomicInteger entries = new AtomicInteger();

    public HandsetPlanCoordinator(HandsetRepository repository, HandsetSubscriptionsClient dm, SubscriptionReader reader,
                                  HandsetConfig config, SipConfigurationCoordinator sip, MeterRegistry registry) {
        this.repository = repository;
        this.sip = sip;
        this.dm = dm;
        this.reader = reader;
        this.config = config;
        Gauge.builder("multicell.integrator.handset_entries", entries, AtomicInteger::get)
                .description("Entries in the Mobile devices list")
                .register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        entries.set(repository.loadPlan().entries().size());
    }

    /** The configuration of record as committed. */
    public HandsetPlan current() {
        return repository.loadPlan();
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

    public int maxHandsets() {
        return config.maxHandsets();
    }

    /**
     * Applies {@code change}. The DM must answer (its live state decides which status changes are allowed); invalid
     * input, an unreachable DM or a DM refusal throw and leave everything as it was. A change that changes nothing
     * is not sent.
     */
    public HandsetPlan change(HandsetChange change) {
        writer.lock();
        try {
            HandsetPlan committed = repository.loadPlan();
            LiveSubscriptions live = reader.require();
            HandsetPlan current = live.adoptInto(committed);
            HandsetPlan next = change.apply(current, live);
            next.validate(config.maxHandsets(), current, live.boundIpuis());
            if (next.sameContent(current)) {
                return committed;
            }
            // A change of VoIP accounts only is none of the DM's business: it keeps its plan and revision.
            boolean dectChanged = !next.sameDectContent(committed);
            // Above the DM's too: it may run a later revision if a commit here failed after it applied.
            HandsetPlan target = dectChanged ? next.atRevision(Math.max(committed.revision(), live.planRevision()) + 1)
                    : next.atRevision(committed.revision());
            // The SIP gateway first: a configuration it runs too early is repaired by the reconciler without harm, while
            // a DM that ran an uncommitted plan would have dropped registrations.
            return sip.changeAccounts(current.entries(), target.entries(), live, sipRevision -> dectChanged
                    ? applyAndCommit(target, sipRevision)
                    : commit(target, sipRevision));
        } finally {
            writer.unlock();
        }
    }

    /**
     * Brings the DM in line with the configuration of record when it runs another handset plan revision (it lost its
     * state, or a commit failed after it applied), and drops entries the DM reports de-registered after To deregister
     * (the manual: a successfully de-registered handset is deleted from the list). Returns true when something was
     * pushed. Throws when the DM is not reachable.
     */
    public boolean reconcile() {
        writer.lock();
        try {
            LiveSubscriptions live = reader.require();
            HandsetPlan plan = repository.loadPlan();
            if (live.planRevision() != plan.revision()) {
                // Above both: the DM keeps the latest revision, and ours may be behind if a commit failed after it applied.
                long revision = Math.max(plan.revision(), live.planRevision()) + 1;
                LOG.infof("DECT manager runs handset plan revision %d, the integrator has %d: pushing the plan (%d entries) as revision %d",
                        live.planRevision(), plan.revision(), plan.entries().size(), revision);
                applyAndCommit(live.adoptInto(plan).atRevision(revision));
                return true;
            }
            List<String> deregistered = plan.entries().stream()
                    .filter(e -> e.requestedStatus() == RegStatus.TO_DEREGISTER)
                    .filter(e -> live.find(e.id()).map(s -> s.status() == RegStatus.NOT_REGISTERED).orElse(false))
                    .map(HandsetEntry::id)
                    .toList();
            if (!deregistered.isEmpty()) {
                LOG.infof("Handset entries %s de-registered: removing them from the list", deregistered);
                applyAndCommit(plan.without(deregistered).atRevision(plan.revision() + 1));
                return true;
            }
            return false;
        } finally {
            writer.unlock();
        }
    }

    private HandsetPlan applyAndCommit(HandsetPlan next) {
        return applyAndCommit(next, OptionalLong.empty());
    }

    private HandsetPlan applyAndCommit(HandsetPlan next, OptionalLong sipRevision) {
        dm.applyPlan(next, config.maxHandsets());
        return commit(next, sipRevision);
    }

    private HandsetPlan commit(HandsetPlan next, OptionalLong sipRevision) {
        repository.savePlan(next, sipRevision);
        entries.set(next.entries().size());
        LOG.infof("Handset plan revision %d committed (%d entries, window %s)", next.revision(), next.entries().size(),
                next.window().scheduled() ? next.window().opensAt() + " to " + next.window().closesAt() : "closed");
        return next;
    }
}
