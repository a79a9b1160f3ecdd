package io.multicell.manager.basestation;

import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Pari;
import io.multicell.core.identity.Rfpi;
import io.multicell.core.identity.Rpn;
import io.multicell.core.radio.RadioModel;
import io.multicell.core.radio.RadioParameters;
import io.multicell.core.sync.BaseStationStatus;
import io.multicell.core.sync.SyncCandidate;
import io.multicell.core.sync.SyncOutcome;
import io.multicell.core.sync.SyncResolver;
import io.multicell.core.sync.SyncSettings;
import io.multicell.manager.basestation.DectManagerStore.StoredBase;
import io.multicell.manager.basestation.DectManagerStore.StoredPlan;
import io.multicell.manager.calls.CallBase;
import io.multicell.manager.calls.PlannedBaseInfo;
import io.multicell.manager.events.EventSink;
import io.multicell.manager.events.Incident;
import io.multicell.manager.events.SyncStateChange;
import io.multicell.manager.sync.SyncStateBook;
import io.multicell.manager.sync.SyncTransition;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;
import org.jboss.logging.Logger;

/**
 * The live state of the DECT network: the applied plan, the open control streams and every base's sync state.
 *
 * <p>Not thread-safe on purpose: exactly one thread (the {@link ControlLoop}) feeds it events, so the plan, the
 * connections and the published sync state can never disagree. After every event it re-runs the sync resolver,
 * publishes one event per base that changed and pushes the new assignment down the streams of the bases concerned.
 */
public final class BaseStationRegistry {

    /** Metric label of connected bases the admin has not confirmed. */
    public static final String PENDING = "Pending";

    private static final Logger LOG = Logger.getLogger(BaseStationRegistry.class);

    private final DectManagerSettings settings;
    private final Pari pari;
    private final Clock clock;
    private final DectManagerStore store;
    private final EventSink events;
    private final SyncResolver resolver = new SyncResolver(new RadioModel(RadioParameters.office()));
    private final SyncStateBook book = new SyncStateBook();

    private long planRevision;
    private boolean ledDisplay;
    private Map<MacAddress, AssignedBase> plan = new TreeMap<>();
    private final Map<MacAddress, LastSeen> lastSeen = new HashMap<>();
    private final Map<MacAddress, Connection> connections = new TreeMap<>();
    private Map<MacAddress, SyncOutcome> outcomes = Map.of();
    private SyncObserver observer = (transitions, all) -> { };

    /** Told the outcome of every sync resolution (the call statistics count Async and Sync swaps from it). */
    @FunctionalInterface
    public interface SyncObserver {
        void settled(List<SyncTransition> transitions, Map<MacAddress, SyncOutcome> outcomes);
    }

    /** One open control stream. */
    private static final class Connection {
        final ControlLink link;
        final BaseHello hello;
        Instant lastHeard;
        Assignment lastAssignment;

        Connection(ControlLink link, BaseHello hello, Instant lastHeard) {
            this.link = link;
            this.hello = hello;
            this.lastHeard = lastHeard;
        }
    }

    private BaseStationRegistry(DectManagerSettings settings, Pari pari, Clock clock, DectManagerStore store, EventSink events) {
        this.settings = settings;
        this.pari = pari;
        this.clock = clock;
        this.store = store;
        this.events = events;
    }

    /**
     * Loads identity and plan from the store (drawing the PARI on the very first start) and publishes the
     * starting state of every planned base: all Offline until their streams come back.
     */
    public static BaseStationRegistry open(DectManagerSettings settings, Clock clock, DectManagerStore store, EventSink events,
                                           RandomGenerator random) {
        Pari pari = store.identity(() -> Pari.random(random));
        StoredPlan stored = store.loadPlan();
        var registry = new BaseStationRegistry(settings, pari, clock, store, events);
        registry.planRevision = stored.revision();
        registry.ledDisplay = stored.ledDisplay();
        for (StoredBase base : stored.bases()) {
            registry.plan.put(base.base().mac(), base.base());
            registry.lastSeen.put(base.base().mac(), base.lastSeen());
        }
        LOG.infof("DECT manager %s: PARI %s, RPN group %d, plan revision %d with %d base(s)",
                settings.name(), pari, settings.rpnGroup(), stored.revision(), stored.bases().size());
        registry.settle();
        return registry;
    }

    /** Sets who hears of every sync resolution from now on. */
    public void observe(SyncObserver observer) {
        this.observer = observer;
    }

    // ---- events from the control streams ----

    /** A base opened a control stream. A stream already open for the same MAC is ended: the newer one wins. */
    public void hello(ControlLink link, BaseHello hello) {
        Connection previous = connections.get(hello.mac());
        if (previous != null && previous.link != link) {
            LOG.infof("base %s opened a new control stream; closing the old one", hello.mac());
            previous.link.replaced();
        }
        connections.put(hello.mac(), new Connection(link, hello, clock.instant()));
        if (plan.containsKey(hello.mac())) {
            rememberLastSeen(hello.mac(), hello.lastSeen());
        }
        LOG.infof("base %s connected (%s, firmware %s, %s)", hello.mac(), hello.ipAddress(), hello.firmware(),
                plan.containsKey(hello.mac()) ? "planned" : "pending");
        settle();
        link.send(new BaseCommand.LedDisplay(ledDisplay));
    }

    /** A heartbeat on the stream of {@code mac}; ignored when that stream has been replaced. */
    public void heartbeat(MacAddress mac, ControlLink link) {
        Connection connection = current(mac, link);
        if (connection == null) {
            return;
        }
        Instant now = clock.instant();
        boolean wasFresh = isFresh(connection, now);
        connection.lastHeard = now;
        if (!wasFresh) {
            LOG.infof("base %s: heartbeats resumed", mac);
            settle();
        }
    }

    /** The stream of {@code mac} ended (closed, cancelled or broken): the base is Offline now. */
    public void streamClosed(MacAddress mac, ControlLink link) {
        if (current(mac, link) == null) {
            return;
        }
        connections.remove(mac);
        LOG.infof("base %s: control stream closed", mac);
        settle();
    }

    /** The base broke the protocol on an open stream: end that stream with the reason. */
    public void protocolViolation(MacAddress mac, ControlLink link, InvalidValueException violation) {
        link.reject(violation);
        streamClosed(mac, link);
    }

    /** Periodic check: a base whose heartbeats stopped for offline-after turns Offline. */
    public void tick() {
        settle();
    }

    // ---- requests from the integrator ----

    public DectManagerInfo info() {
        return new DectManagerInfo(settings.name(), pari, settings.rpnGroup(), planRevision, ledDisplay);
    }

    /**
     * Replaces the plan: keeps the RPN of bases already planned, numbers new ones, frees the RPNs of removed ones
     * (which turn pending), persists everything in one transaction and resynchronises. Applying the plan in force
     * again changes nothing. On any failure nothing changes.
     */
    public AppliedPlan applyPlan(BaseStationPlan newPlan) {
        Map<MacAddress, ConfirmedBase> wanted = new LinkedHashMap<>();
        newPlan.bases().forEach(b -> wanted.put(b.mac(), b));
        if (newPlan.revision() == planRevision && wanted.equals(currentConfigs())) {
            return appliedPlan();
        }
        Map<MacAddress, Rpn> current = new HashMap<>();
        plan.forEach((mac, base) -> current.put(mac, base.rpn()));
        Map<MacAddress, Rpn> rpns = RpnAllocator.allocate(settings.rpnGroup(), List.copyOf(wanted.keySet()), current);

        Map<MacAddress, AssignedBase> nextPlan = new TreeMap<>();
        Map<MacAddress, LastSeen> nextLastSeen = new HashMap<>();
        List<StoredBase> stored = new ArrayList<>();
        wanted.forEach((mac, config) -> {
            var assigned = new AssignedBase(config, rpns.get(mac));
            Connection connection = connections.get(mac);
            LastSeen seen = connection != null ? connection.hello.lastSeen() : lastSeen.getOrDefault(mac, LastSeen.NEVER);
            nextPlan.put(mac, assigned);
            nextLastSeen.put(mac, seen);
            stored.add(new StoredBase(assigned, seen));
        });
        store.replacePlan(newPlan.revision(), stored);

        var removed = new TreeSet<>(plan.keySet());
        removed.removeAll(nextPlan.keySet());
        plan = nextPlan;
        lastSeen.clear();
        lastSeen.putAll(nextLastSeen);
        planRevision = newPlan.revision();
        LOG.infof("plan revision %d applied: %d base(s)%s", planRevision, plan.size(),
                removed.isEmpty() ? "" : ", back to pending: " + removed);
        settle();
        return appliedPlan();
    }

    /** Every planned base and every connected pending base, ordered by MAC (no handset counts). */
    public List<BaseStationView> list() {
        return list(mac -> 0);
    }

    /**
     * Every planned base and every connected pending base, ordered by MAC.
     *
     * @param attachedHandsets how many handsets are reachable at a base now (owned by the handset side)
     */
    public List<BaseStationView> list(ToIntFunction<MacAddress> attachedHandsets) {
        Instant now = clock.instant();
        var macs = new TreeSet<MacAddress>();
        macs.addAll(plan.keySet());
        macs.addAll(connections.keySet());
        List<BaseStationView> views = new ArrayList<>();
        for (MacAddress mac : macs) {
            views.add(view(mac, now, attachedHandsets.applyAsInt(mac)));
        }
        return views;
    }

    // ---- what the handset side needs to know of the bases (same thread) ----

    /** True when {@code link} is the open control stream of {@code mac} (not one that was replaced). */
    public boolean isCurrent(MacAddress mac, ControlLink link) {
        return current(mac, link) != null;
    }

    /** RFPI of a planned base; empty for a pending or unknown one. */
    public Optional<Rfpi> rfpi(MacAddress mac) {
        return Optional.ofNullable(plan.get(mac)).map(b -> b.rfpi(pari));
    }

    /** True while the base's stream is open and its heartbeats are fresh. */
    public boolean online(MacAddress mac) {
        return isOnline(mac, clock.instant());
    }

    /**
     * The online bases of the cluster {@code mac} belongs to, ordered by MAC; every online base when {@code mac}
     * is not planned (a pending base has no cluster).
     */
    public List<MacAddress> onlineBasesAround(MacAddress mac) {
        Instant now = clock.instant();
        AssignedBase around = plan.get(mac);
        return connections.keySet().stream()
                .filter(m -> isOnline(m, now))
                .filter(m -> around == null
                        || (plan.containsKey(m) && plan.get(m).config().sync().cluster() == around.config().sync().cluster()))
                .toList();
    }

    /** Every online base, ordered by MAC. */
    public List<MacAddress> onlineBases() {
        Instant now = clock.instant();
        return connections.keySet().stream().filter(m -> isOnline(m, now)).toList();
    }

    /**
     * Sends a handset command (page, release) down the base's stream.
     *
     * @return false when the base has no open stream
     */
    public boolean sendToBase(MacAddress mac, BaseCommand command) {
        Connection connection = connections.get(mac);
        if (connection == null) {
            return false;
        }
        connection.link.send(command);
        return true;
    }

    /** What call routing needs of a base: cluster, in Sync, online, air endpoint, RFPI; empty for an unknown base. */
    public Optional<CallBase> callBase(MacAddress mac) {
        AssignedBase base = plan.get(mac);
        Connection connection = connections.get(mac);
        if (base == null && connection == null) {
            return Optional.empty();
        }
        SyncOutcome outcome = outcomes.get(mac);
        String airEndpoint = connection != null ? connection.hello.airEndpoint() : lastSeen.getOrDefault(mac, LastSeen.NEVER).airEndpoint();
        return Optional.of(new CallBase(mac, base == null ? 0 : base.config().sync().cluster(),
                outcome != null && outcome.inSync(), online(mac), airEndpoint, rfpi(mac)));
    }

    /** Every planned base, ordered by MAC, as the Statistics table names it. */
    public List<PlannedBaseInfo> plannedBases() {
        return plan.values().stream().map(b -> {
            SyncOutcome outcome = outcomes.get(b.mac());
            int syncRpn = outcome.source().map(plan::get).map(s -> s.rpn().value()).orElse(0);
            return new PlannedBaseInfo(b.mac(), b.config().displayName(isLocal(b.mac())), b.config().sync().cluster(),
                    b.rpn().value(), syncRpn, outcome.effectiveLevel());
        }).toList();
    }

    /** Every base with an open control stream, ordered by MAC. */
    public List<MacAddress> connectedBases() {
        return List.copyOf(connections.keySet());
    }

    /** Sends Reboot down the base's stream. */
    public void reboot(MacAddress mac) {
        Connection connection = connections.get(mac);
        if (connection == null && !plan.containsKey(mac)) {
            throw new UnknownBaseStationException(mac);
        }
        if (connection == null || !isFresh(connection, clock.instant())) {
            throw new BaseStationOfflineException(mac);
        }
        LOG.infof("rebooting base %s", mac);
        connection.link.send(new BaseCommand.Reboot());
    }

    /** Persists the LED display setting and switches every connected base. */
    public void setLedDisplay(boolean enabled) {
        store.saveLedDisplay(enabled);
        ledDisplay = enabled;
        connections.values().forEach(c -> c.link.send(new BaseCommand.LedDisplay(enabled)));
    }

    /**
     * "Synchronise all" (cluster 0) or one cluster (1..9): recomputes the sync tree now.
     *
     * @return the bases of that scope whose status changed
     */
    public int synchronise(int cluster) {
        if (cluster < 0 || cluster > SyncSettings.MAX_CLUSTER) {
            throw new InvalidValueException("cluster", "must be 0 (all clusters) or 1..9");
        }
        return (int) settle().stream()
                .filter(t -> cluster == 0 || t.current().cluster() == cluster)
                .filter(SyncTransition::statusChanged)
                .count();
    }

    /** Count of bases per manual status label, plus "Pending" for connected bases not in the plan. */
    public Map<String, Integer> countByStatus() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (BaseStationStatus status : BaseStationStatus.values()) {
            counts.put(status.label(), 0);
        }
        outcomes.values().forEach(o -> counts.merge(o.status().label(), 1, Integer::sum));
        counts.put(PENDING, (int) connections.keySet().stream().filter(mac -> !plan.containsKey(mac)).count());
        return counts;
    }

    // ---- the one place where state turns into events and commands ----

    private List<SyncTransition> settle() {
        Instant now = clock.instant();
        List<SyncCandidate> candidates = plan.values().stream()
                .map(b -> new SyncCandidate(b.config().planned(isLocal(b.mac())), isOnline(b.mac(), now)))
                .toList();
        outcomes = resolver.resolve(candidates);
        List<SyncTransition> transitions = book.record(outcomes);
        transitions.forEach(t -> publish(t, now));
        observer.settled(transitions, outcomes);
        pushAssignments();
        return transitions;
    }

    private void publish(SyncTransition transition, Instant now) {
        AssignedBase base = plan.get(transition.mac());
        SyncOutcome current = transition.current();
        String name = base.config().displayName(isLocal(base.mac()));
        events.publish(new SyncStateChange(UUID.randomUUID(), now, base.mac(), base.rfpi(pari), name,
                current.cluster(), current.effectiveLevel(),
                transition.previous().map(SyncOutcome::status), current.status(), current.syncType(),
                current.source(), current.source().map(this::rfpiOf), transition.sequence()));
        LOG.infof("base %s (%s): %s -> %s, level %d%s", base.mac(), name,
                transition.previous().map(p -> p.status().label()).orElse("-"), current.status().label(),
                current.effectiveLevel(), current.source().map(s -> ", source " + s).orElse(""));

        // Only a base the DM already knew the state of can "go" offline or "come back".
        transition.previous().ifPresent(previous -> {
            boolean wasOffline = previous.status() == BaseStationStatus.OFFLINE;
            boolean isOffline = current.status() == BaseStationStatus.OFFLINE;
            if (!wasOffline && isOffline) {
                events.publish(new Incident(UUID.randomUUID(), now, Incident.Severity.CRITICAL, Incident.BASE_STATION_OFFLINE,
                        "Base station " + name + " (" + base.mac() + ") is offline", base.mac(), name));
            } else if (wasOffline && !isOffline) {
                events.publish(new Incident(UUID.randomUUID(), now, Incident.Severity.INFO, Incident.BASE_STATION_ONLINE,
                        "Base station " + name + " (" + base.mac() + ") is online again", base.mac(), name));
            }
        });
    }

    private void pushAssignments() {
        connections.forEach((mac, connection) -> {
            Assignment assignment = assignmentOf(mac);
            if (!assignment.equals(connection.lastAssignment)) {
                connection.lastAssignment = assignment;
                connection.link.send(new BaseCommand.Assign(assignment));
            }
        });
    }

    private Assignment assignmentOf(MacAddress mac) {
        AssignedBase base = plan.get(mac);
        if (base == null) {
            return Assignment.pending();
        }
        SyncOutcome outcome = outcomes.get(mac);
        return new Assignment(true, Optional.of(base.rpn()), Optional.of(base.rfpi(pari)),
                base.config().displayName(isLocal(mac)), outcome.status(), outcome.source().map(this::rfpiOf));
    }

    private BaseStationView view(MacAddress mac, Instant now, int attachedHandsets) {
        Connection connection = connections.get(mac);
        AssignedBase base = plan.get(mac);
        boolean online = connection != null && isFresh(connection, now);
        boolean local = isLocal(mac);
        LastSeen seen = connection != null ? connection.hello.lastSeen() : lastSeen.getOrDefault(mac, LastSeen.NEVER);
        var position = Optional.ofNullable(connection).map(c -> c.hello.position());
        if (base == null) {
            return new BaseStationView(mac, "", false, online, seen.firmware(), seen.ipAddress(), Optional.empty(),
                    Optional.empty(), BaseStationStatus.DEACTIVATED, "", Optional.empty(), Optional.empty(), "", 0,
                    position, local, 0, seen.airEndpoint(), position, attachedHandsets);
        }
        SyncOutcome outcome = outcomes.get(mac);
        double rssi = Double.isNaN(outcome.sourceRssiDbm()) ? 0 : outcome.sourceRssiDbm();
        return new BaseStationView(mac, base.config().displayName(local), true, online, seen.firmware(), seen.ipAddress(),
                Optional.of(base.rpn()), Optional.of(base.rfpi(pari)), outcome.status(), outcome.syncType(),
                outcome.source(), outcome.source().map(this::rfpiOf), outcome.reference(settings.name()), rssi,
                position, local, outcome.effectiveLevel(), seen.airEndpoint(), Optional.of(base.config().position()),
                attachedHandsets);
    }

    // ---- helpers ----

    private Connection current(MacAddress mac, ControlLink link) {
        Connection connection = connections.get(mac);
        return connection != null && connection.link == link ? connection : null;
    }

    private boolean isFresh(Connection connection, Instant now) {
        return now.isBefore(connection.lastHeard.plus(settings.offlineAfter()));
    }

    private boolean isOnline(MacAddress mac, Instant now) {
        Connection connection = connections.get(mac);
        return connection != null && isFresh(connection, now);
    }

    private boolean isLocal(MacAddress mac) {
        Connection connection = connections.get(mac);
        if (connection != null) {
            return connection.hello.local();
        }
        return lastSeen.getOrDefault(mac, LastSeen.NEVER).local();
    }

    private Rfpi rfpiOf(MacAddress mac) {
        return plan.get(mac).rfpi(pari);
    }

    private Map<MacAddress, ConfirmedBase> currentConfigs() {
        Map<MacAddress, ConfirmedBase> configs = new LinkedHashMap<>();
        plan.forEach((mac, base) -> configs.put(mac, base.config()));
        return configs;
    }

    private AppliedPlan appliedPlan() {
        return new AppliedPlan(planRevision, plan.values().stream()
                .map(b -> new AppliedPlan.Numbering(b.mac(), b.rpn(), b.rfpi(pari)))
                .toList());
    }

    private void rememberLastSeen(MacAddress mac, LastSeen seen) {
        if (seen.equals(lastSeen.get(mac))) {
            return;
        }
        lastSeen.put(mac, seen);
        try {
            store.saveLastSeen(mac, seen);
        } catch (RuntimeException e) {
            // Only the display of an offline base suffers; the live state is right.
            LOG.warnf(e, "could not store the last Hello of base %s", mac);
        }
    }
}
