package io.multicell.manager.subscription;

import io.multicell.core.access.AuthenticationKeys;
import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.manager.events.EventSink;
import io.multicell.manager.events.HandsetRoam;
import io.multicell.manager.events.RegistrationChange;
import io.multicell.manager.location.BaseDirectory;
import io.multicell.manager.location.HandsetLocation;
import io.multicell.manager.location.LocationRegistry;
import io.multicell.manager.paging.PageResult;
import io.multicell.manager.paging.Pager;
import io.multicell.manager.paging.Timers;
import io.multicell.manager.subscription.HandsetStore.StoredHandsets;
import io.multicell.manager.subscription.HandsetStore.StoredLocation;
import io.multicell.manager.subscription.PendingProcedure.Kind;
import io.multicell.manager.subscription.ProcedureStart.Challenge;
import io.multicell.manager.subscription.ProcedureStart.Refused;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Everything the DM knows about handsets: the handset plan, the subscriptions with their keys, the challenges in
 * flight, the location registry and the pages waiting for an answer.
 *
 * <p>Not thread-safe on purpose: one thread (the control loop) hands it every request in turn. That is what lets a
 * whole batch of handsets register "at once": where the N670 closes its window while one registration completes
 * and rejects the others, here every attempt is simply queued, and the limit is re-checked as each one binds.
 * Neither the PIN nor the UAK is ever logged.
 */
public final class HandsetRegistry {

    /** Refusal reasons, for a person; the handset shows them and the Mobile devices page lists them. */
    public static final String NO_WINDOW = "no registration window open";
    public static final String WRONG_PIN = "wrong PIN";
    public static final String NOT_REGISTERED = "not registered";
    public static final String AUTHENTICATION_FAILED = "authentication failed";
    public static final String UNKNOWN_TRANSACTION = "unknown or expired transaction";
    /** Reason of the release command and the event when the admin de-registers a handset. */
    public static final String DEREGISTERED = "de-registered";

    private static final Logger LOG = Logger.getLogger(HandsetRegistry.class);

    private final HandsetSettings settings;
    private final Clock clock;
    private final HandsetStore store;
    private final EventSink events;
    private final HandsetMetrics metrics;
    private final BaseDirectory bases;
    private final Pager pager;
    private final PendingProcedures procedures;
    private final LocationRegistry locations = new LocationRegistry();
    private final Deque<RegistrationRefusal> refusals = new ArrayDeque<>();

    private HandsetPlan plan = HandsetPlan.NONE;
    /** By entry id; registered ones hold a key, de-registered ones only the identity of their last handset. */
    private final Map<String, Subscription> subscriptions = new HashMap<>();
    private final Map<Ipui, String> registeredEntryByIpui = new HashMap<>();

    private HandsetRegistry(HandsetSettings settings, Clock clock, HandsetStore store, EventSink events, HandsetMetrics metrics,
                            BaseDirectory bases, Timers timers) {
        this.settings = settings;
        this.clock = clock;
        this.store = store;
        this.events = events;
        this.metrics = metrics;
        this.bases = bases;
        this.pager = new Pager(bases, timers, settings.pageLastBaseWait(), settings.pageClusterWait());
        this.procedures = new PendingProcedures(settings.transactionTimeout());
    }

    public static String limitReached(int maxHandsets) {
        return "handset limit of " + maxHandsets + " reached";
    }

    public static String noEntryFor(Ipui ipui) {
        return "no handset entry to register for " + ipui;
    }

    /** Loads plan, subscriptions and last locations. Nobody is reachable until the bases report their handsets. */
    public static HandsetRegistry open(HandsetSettings settings, Clock clock, HandsetStore store, EventSink events,
                                       HandsetMetrics metrics, BaseDirectory bases, Timers timers) {
        var registry = new HandsetRegistry(settings, clock, store, events, metrics, bases, timers);
        StoredHandsets stored = store.load();
        registry.plan = stored.plan();
        for (Subscription subscription : stored.subscriptions()) {
            registry.subscriptions.put(subscription.entryId(), subscription);
            if (subscription.registered()) {
                registry.registeredEntryByIpui.put(subscription.ipui(), subscription.entryId());
            }
        }
        for (StoredLocation location : stored.locations()) {
            if (registry.registeredEntryByIpui.containsKey(location.ipui())) {
                registry.locations.restore(location.ipui(), location.base(), location.updatedAt());
            }
        }
        LOG.infof("handset plan revision %d: %d entr(ies), %d handset(s) registered, limit %d", registry.plan.revision(),
                registry.plan.entries().size(), registry.registeredCount(), registry.plan.maxHandsets());
        metrics.registered(registry.registeredCount());
        return registry;
    }

    // ---- the handset plan (integrator) ----

    /**
     * Replaces the handset plan. Registered handsets whose entry is gone, asks for de-registration (TO_DEREGISTER,
     * or NOT_REGISTERED) or no longer admits their IPUI lose their key: they are released at their base and cannot
     * attach again. Applying the plan in force again changes nothing. On a database failure nothing changes.
     */
    public long applyPlan(HandsetPlan next) {
        if (next.equals(plan)) {
            return plan.revision();
        }
        Map<String, HandsetEntry> entries = next.entriesById();
        List<Subscription> deregistered = new ArrayList<>();
        for (Subscription subscription : subscriptions.values()) {
            HandsetEntry entry = entries.get(subscription.entryId());
            if (subscription.registered()
                    && (entry == null || entry.asksForDeregistration() || !entry.ipui().admits(subscription.ipui()))) {
                deregistered.add(subscription);
            }
        }
        store.replacePlan(next, deregistered);

        plan = next;
        subscriptions.keySet().retainAll(entries.keySet());
        Instant now = clock.instant();
        for (Subscription subscription : deregistered) {
            registeredEntryByIpui.remove(subscription.ipui());
            if (entries.containsKey(subscription.entryId())) {
                subscriptions.put(subscription.entryId(), subscription.deregistered());
            }
            releaseAndForget(subscription.ipui());
            events.publish(new RegistrationChange(UUID.randomUUID(), now, subscription.ipui(), subscription.entryId(),
                    RegStatus.NOT_REGISTERED.label(), DEREGISTERED));
            LOG.infof("handset %s (entry %s) de-registered", subscription.ipui(), subscription.entryId());
        }
        metrics.registered(registeredCount());
        LOG.infof("handset plan revision %d applied: %d entr(ies), window %s, limit %d", plan.revision(), plan.entries().size(),
                plan.window().map(w -> w.opensAt() + " .. " + w.closesAt()).orElse("closed"), plan.maxHandsets());
        return plan.revision();
    }

    /** Every entry in list order with its live state, the recent refusals and whether registration is open now. */
    public SubscriptionListing listing() {
        Instant now = clock.instant();
        Set<String> registering = registeringEntries(now);
        List<SubscriptionView> views = plan.entries().stream().map(e -> view(e, registering)).toList();
        return new SubscriptionListing(views, List.copyOf(refusals), plan.revision(), plan.registrationOpen(now));
    }

    public int registeredCount() {
        return registeredEntryByIpui.size();
    }

    // ---- access rights (registration) ----

    /**
     * A handset in registration mode asks for access rights. Refused when no window is open, when the handset limit
     * is reached or when no entry admits it; a handset already registered may always register again (it keeps its
     * entry and gets a new key).
     */
    public ProcedureStart requestAccessRights(HandsetRequest request) {
        Instant now = clock.instant();
        Ipui ipui = request.ipui();
        if (!plan.registrationOpen(now)) {
            return new Refused(refuse(ipui, "", NO_WINDOW, now));
        }
        if (!registeredEntryByIpui.containsKey(ipui)) {
            if (registeredCount() >= plan.maxHandsets()) {
                return new Refused(refuse(ipui, "", limitReached(plan.maxHandsets()), now));
            }
            if (newRegistrationCandidates(ipui).isEmpty()) {
                return new Refused(refuse(ipui, "", noEntryFor(ipui), now));
            }
        }
        PendingProcedure procedure = procedures.open(Kind.REGISTRATION, request, now);
        LOG.infof("handset %s asks for access rights at base %s (transaction %s)", ipui, request.base(), procedure.transactionId());
        return new Challenge(procedure.transactionId(), Optional.of(procedure.rs()), procedure.rand());
    }

    /**
     * The handset's answer to the registration challenge. It binds the first candidate entry whose PIN yields a key
     * that verifies the answer: the handset's own entry when it is registered already, else the entry naming its
     * IPUI, then the wildcard and empty entries in list order (unbound ones in To register only).
     */
    public ProcedureOutcome confirmAccessRights(HandsetAnswer answer) {
        Instant now = clock.instant();
        Ipui ipui = answer.ipui();
        Optional<PendingProcedure> pending = procedures.take(answer.transactionId(), now)
                .filter(p -> p.answeredBy(answer, Kind.REGISTRATION));
        if (pending.isEmpty()) {
            return ProcedureOutcome.refuse(refuse(ipui, "", UNKNOWN_TRANSACTION, now));
        }
        PendingProcedure procedure = pending.get();
        List<HandsetEntry> candidates;
        String bound = registeredEntryByIpui.get(ipui);
        if (bound != null) {
            candidates = List.of(plan.entriesById().get(bound));
        } else {
            // Parallel attempts all passed the request check; the limit holds as each one binds.
            if (registeredCount() >= plan.maxHandsets()) {
                return ProcedureOutcome.refuse(refuse(ipui, "", limitReached(plan.maxHandsets()), now));
            }
            candidates = newRegistrationCandidates(ipui);
            if (candidates.isEmpty()) {
                return ProcedureOutcome.refuse(refuse(ipui, "", noEntryFor(ipui), now));
            }
        }
        for (HandsetEntry entry : candidates) {
            byte[] uak = AuthenticationKeys.deriveUak(entry.pin(), procedure.rs(), ipui);
            if (AuthenticationKeys.verify(uak, procedure.rand(), ipui, answer.res())) {
                bind(entry, ipui, new Uak(uak), procedure, now);
                return ProcedureOutcome.accept();
            }
        }
        String entryId = candidates.size() == 1 ? candidates.get(0).entryId() : "";
        return ProcedureOutcome.refuse(refuse(ipui, entryId, WRONG_PIN, now));
    }

    // ---- location registration (attach) ----

    /** A handset asks to attach at a base: challenged over its stored key, or refused when it holds none. */
    public ProcedureStart requestLocation(HandsetRequest request) {
        Instant now = clock.instant();
        if (!registeredEntryByIpui.containsKey(request.ipui())) {
            LOG.infof("handset %s may not attach at base %s: %s", request.ipui(), request.base(), NOT_REGISTERED);
            return new Refused(NOT_REGISTERED);
        }
        PendingProcedure procedure = procedures.open(Kind.LOCATION, request, now);
        return new Challenge(procedure.transactionId(), Optional.empty(), procedure.rand());
    }

    /**
     * The handset's answer to the authentication challenge. Accepted when it proves the stored key: the handset is
     * reachable at that base now, and a move from another known base is published as a roam.
     */
    public ProcedureOutcome confirmLocation(HandsetAnswer answer) {
        Instant now = clock.instant();
        Ipui ipui = answer.ipui();
        Optional<PendingProcedure> pending = procedures.take(answer.transactionId(), now)
                .filter(p -> p.answeredBy(answer, Kind.LOCATION));
        if (pending.isEmpty()) {
            return ProcedureOutcome.refuse(UNKNOWN_TRANSACTION);
        }
        String entryId = registeredEntryByIpui.get(ipui);
        if (entryId == null) {
            return ProcedureOutcome.refuse(NOT_REGISTERED); // de-registered while the challenge was out
        }
        Subscription subscription = subscriptions.get(entryId);
        byte[] uak = subscription.uak().orElseThrow().bytes();
        if (!AuthenticationKeys.verify(uak, pending.get().rand(), ipui, answer.res())) {
            LOG.warnf("handset %s failed authentication at base %s (wrong key: a clone?)", ipui, answer.base());
            return ProcedureOutcome.refuse(AUTHENTICATION_FAILED);
        }
        attached(ipui, answer.base(), now);
        rememberReported(subscription, pending.get());
        return ProcedureOutcome.accept();
    }

    /** The handset's air stream at {@code base} ended: not reachable (it keeps its last location for paging). */
    public ProcedureOutcome detached(MacAddress base, Ipui ipui) {
        if (locations.detach(ipui, base)) {
            LOG.debugf("handset %s left base %s", ipui, base);
            return ProcedureOutcome.accept();
        }
        return ProcedureOutcome.refuse("handset " + ipui + " is not attached at " + base);
    }

    /**
     * What a base reports right after Hello: the handsets whose air streams are open there. Registered ones are
     * reachable at that base (so a restarted DM relearns locations without re-authentication); handsets the DM had
     * reachable there but the base does not list are not.
     */
    public void attachedAt(MacAddress base, List<Ipui> reported) {
        Instant now = clock.instant();
        Set<Ipui> listed = new LinkedHashSet<>();
        for (Ipui ipui : reported) {
            if (registeredEntryByIpui.containsKey(ipui)) {
                listed.add(ipui);
            }
        }
        for (Ipui ipui : listed) {
            boolean known = locations.of(ipui).map(l -> l.reachable() && l.base().equals(base)).orElse(false);
            if (!known) {
                attached(ipui, base, now);
            }
        }
        for (Ipui ipui : locations.reachableAt(base)) {
            if (!listed.contains(ipui)) {
                locations.detach(ipui, base);
            }
        }
        LOG.infof("base %s reports %d attached handset(s), %d of them registered", base, reported.size(), listed.size());
    }

    /** The base's control stream ended: its handsets cannot be reached through it any more. */
    public void baseLost(MacAddress base) {
        List<Ipui> lost = locations.baseLost(base);
        if (!lost.isEmpty()) {
            LOG.infof("base %s lost: %d handset(s) not reachable", base, lost.size());
        }
    }

    /** Handsets reachable at {@code base} now (the manual's Conn counter counts these connections). */
    public int attachedCount(MacAddress base) {
        return locations.countReachableAt(base);
    }

    // ---- calls ----

    /** True when the handset holds a subscription. */
    public boolean registered(Ipui ipui) {
        return registeredEntryByIpui.containsKey(ipui);
    }

    /** The base a registered handset is reachable at now. */
    public Optional<MacAddress> attachedAt(Ipui ipui) {
        if (!registered(ipui)) {
            return Optional.empty();
        }
        return locations.of(ipui).filter(HandsetLocation::reachable).map(HandsetLocation::base);
    }

    /** A handover moved a handset in a call to {@code base}: the location follows, without a roam event. */
    public void handedOver(Ipui ipui, MacAddress base) {
        if (!registered(ipui)) {
            return;
        }
        Instant now = clock.instant();
        locations.attach(ipui, base, now);
        try {
            store.saveLocation(ipui, base, now);
        } catch (RuntimeException e) {
            LOG.warnf(e, "could not store the location of handset %s", ipui);
        }
    }

    // ---- paging ----

    /** Pages a registered handset: its last known base first, then that base's cluster. */
    public CompletableFuture<PageResult> page(Ipui ipui) {
        if (!registeredEntryByIpui.containsKey(ipui)) {
            throw new UnknownHandsetException(ipui);
        }
        return pager.page(ipui, locations.of(ipui).map(HandsetLocation::base));
    }

    /** A handset answered a page through {@code base}. */
    public ProcedureOutcome pageResponse(MacAddress base, Ipui ipui, String pageId) {
        if (pager.answered(base, ipui, pageId)) {
            return ProcedureOutcome.accept();
        }
        return ProcedureOutcome.refuse("no page " + pageId + " is waiting for " + ipui);
    }

    /** Periodic: forgets challenges nobody answered in time. */
    public void tick() {
        procedures.expire(clock.instant());
    }

    // ---- helpers ----

    private List<HandsetEntry> newRegistrationCandidates(Ipui ipui) {
        List<HandsetEntry> exact = new ArrayList<>();
        List<HandsetEntry> open = new ArrayList<>();
        for (HandsetEntry entry : plan.entries()) {
            if (!entry.admitsNewRegistration(ipui) || isBound(entry)) {
                continue;
            }
            (entry.namesExactly(ipui) ? exact : open).add(entry);
        }
        exact.addAll(open);
        return exact;
    }

    private boolean isBound(HandsetEntry entry) {
        Subscription subscription = subscriptions.get(entry.entryId());
        return subscription != null && subscription.registered();
    }

    private void bind(HandsetEntry entry, Ipui ipui, Uak uak, PendingProcedure procedure, Instant now) {
        var subscription = new Subscription(entry.entryId(), ipui, Optional.of(uak), procedure.model(), procedure.firmware(), now);
        store.saveSubscription(subscription);
        // A de-registered subscription of the same handset elsewhere is history now.
        subscriptions.values().removeIf(s -> s.ipui().equals(ipui) && !s.entryId().equals(entry.entryId()));
        subscriptions.put(entry.entryId(), subscription);
        registeredEntryByIpui.put(ipui, entry.entryId());
        metrics.registrationAccepted();
        metrics.registered(registeredCount());
        events.publish(new RegistrationChange(UUID.randomUUID(), now, ipui, entry.entryId(), RegStatus.REGISTERED.label(), ""));
        LOG.infof("handset %s registered with entry %s at base %s (key of %d bytes)", ipui, entry.entryId(), procedure.base(),
                uak.length());
    }

    private String refuse(Ipui ipui, String entryId, String reason, Instant now) {
        refusals.addFirst(new RegistrationRefusal(ipui, now, reason));
        while (refusals.size() > settings.refusalsKept()) {
            refusals.removeLast();
        }
        metrics.registrationRefused();
        events.publish(new RegistrationChange(UUID.randomUUID(), now, ipui, entryId, RegistrationChange.REFUSED, reason));
        LOG.infof("registration of handset %s refused: %s", ipui, reason);
        return reason;
    }

    private void attached(Ipui ipui, MacAddress base, Instant now) {
        Optional<HandsetLocation> previous = locations.attach(ipui, base, now);
        try {
            store.saveLocation(ipui, base, now);
        } catch (RuntimeException e) {
            // The live registry is right; only a DM restart before the next attach would start from the older base.
            LOG.warnf(e, "could not store the location of handset %s", ipui);
        }
        previous.filter(p -> !p.base().equals(base)).ifPresent(from -> {
            events.publish(new HandsetRoam(UUID.randomUUID(), now, ipui, from.base(), bases.rfpi(from.base()), base, bases.rfpi(base)));
            metrics.roamed();
            LOG.infof("handset %s roamed from base %s to base %s", ipui, from.base(), base);
        });
    }

    private void rememberReported(Subscription subscription, PendingProcedure procedure) {
        boolean reported = !procedure.model().isEmpty() || !procedure.firmware().isEmpty();
        if (!reported || (procedure.model().equals(subscription.model()) && procedure.firmware().equals(subscription.firmware()))) {
            return;
        }
        Subscription updated = subscription.reporting(procedure.model(), procedure.firmware());
        try {
            store.saveSubscription(updated);
            subscriptions.put(updated.entryId(), updated);
        } catch (RuntimeException e) {
            LOG.warnf(e, "could not store the model and firmware of handset %s", subscription.ipui());
        }
    }

    private void releaseAndForget(Ipui ipui) {
        locations.of(ipui).ifPresent(location -> {
            if (bases.release(location.base(), ipui, DEREGISTERED)) {
                LOG.infof("released handset %s at base %s", ipui, location.base());
            }
        });
        locations.forget(ipui);
    }

    /** Entries shown as Registering: for each live registration, oldest first, the first candidate not yet shown. */
    private Set<String> registeringEntries(Instant now) {
        Set<String> shown = new HashSet<>();
        for (PendingProcedure procedure : procedures.liveRegistrations(now)) {
            if (registeredEntryByIpui.containsKey(procedure.ipui())) {
                continue;
            }
            newRegistrationCandidates(procedure.ipui()).stream()
                    .map(HandsetEntry::entryId)
                    .filter(id -> !shown.contains(id))
                    .findFirst()
                    .ifPresent(shown::add);
        }
        return shown;
    }

    private SubscriptionView view(HandsetEntry entry, Set<String> registering) {
        Subscription subscription = subscriptions.get(entry.entryId());
        if (subscription != null && subscription.registered()) {
            Optional<HandsetLocation> location = locations.of(subscription.ipui());
            return new SubscriptionView(entry.entryId(), subscription.ipui().value(), RegStatus.REGISTERED,
                    location.map(HandsetLocation::reachable).orElse(false), location.map(HandsetLocation::base),
                    location.flatMap(l -> bases.rfpi(l.base())), subscription.model(), subscription.firmware());
        }
        RegStatus status;
        if (registering.contains(entry.entryId())) {
            status = RegStatus.REGISTERING;
        } else if (entry.requestedStatus() == RegStatus.TO_REGISTER) {
            status = RegStatus.TO_REGISTER;
        } else {
            status = RegStatus.NOT_REGISTERED;
        }
        return new SubscriptionView(entry.entryId(), entry.ipui().text(), status, false, Optional.empty(), Optional.empty(), "", "");
    }
}
