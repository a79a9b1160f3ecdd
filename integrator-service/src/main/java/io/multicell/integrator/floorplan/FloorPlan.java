package io.multicell.integrator.floorplan;

import io.multicell.core.radio.RadioModel;
import io.multicell.core.radio.RadioParameters;
import io.multicell.core.sync.BaseStationStatus;
import io.multicell.integrator.basestation.ConfirmedBase;
import io.multicell.integrator.basestation.LiveState;
import io.multicell.integrator.basestation.LiveStateReader;
import io.multicell.integrator.basestation.PlanCoordinator;
import io.multicell.integrator.basestation.Position;
import io.multicell.integrator.call.ActiveCall;
import io.multicell.integrator.call.HandsetNames;
import io.multicell.integrator.dm.DectManagerClient;
import io.multicell.integrator.dm.DectManagerFailedException;
import io.multicell.integrator.dm.DectManagerUnreachableException;
import io.multicell.integrator.dm.LiveBaseStation;
import io.multicell.integrator.dm.LiveSubscription;
import io.multicell.integrator.handset.HandsetPlanCoordinator;
import io.multicell.integrator.handset.LiveSubscriptions;
import io.multicell.integrator.handset.SubscriptionReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The live floor plan's snapshot: the configuration of record (bases, positions, clusters), what the DM sees now
 * (status, sync source, where handsets are attached, calls) and, in simulation, where the virtual handsets are.
 * Every source may be away; the plan then shows what is known.
 */
@ApplicationScoped
public class FloorPlan {

    private static final Logger LOG = Logger.getLogger(FloorPlan.class);

    /** The bases and the simulator use the office radio model; the coverage circle is drawn from the same one. */
    private static final RadioModel RADIO = new RadioModel(RadioParameters.office());

    private final PlanCoordinator bases;
    private final LiveStateReader liveBases;
    private final HandsetPlanCoordinator handsets;
    private final SubscriptionReader subscriptions;
    private final DectManagerClient dm;
    private final HandsetSimulatorClient simulator;
    private final FloorPlanStream stream;

    public FloorPlan(PlanCoordinator bases, LiveStateReader liveBases, HandsetPlanCoordinator handsets,
                     SubscriptionReader subscriptions, DectManagerClient dm, HandsetSimulatorClient simulator,
                     FloorPlanStream stream) {
        this.bases = bases;
        this.liveBases = liveBases;
        this.handsets = handsets;
        this.subscriptions = subscriptions;
        this.dm = dm;
        this.simulator = simulator;
        this.stream = stream;
    }

    public FloorPlanView snapshot() {
        LiveState live = liveBases.read();
        List<BaseOnPlan> onPlan = bases.current().bases().stream()
                .map(base -> base(base, live.find(base.mac()).orElse(null)))
                .toList();

        LiveSubscriptions subscribed = subscriptions.read();
        HandsetNames names = HandsetNames.of(handsets.current(), subscribed);
        Set<String> inCall = callingIpuis(live.dmConnected());
        boolean simulatorConnected = false;
        List<SimulatedHandset> virtual = List.of();
        if (simulator.configured()) {
            try {
                virtual = simulator.list();
                simulatorConnected = true;
            } catch (SimulatorUnreachableException e) {
                LOG.debugf("Floor plan without handset positions: %s", e.getMessage());
            }
        }
        return new FloorPlanView(live.dmConnected(), simulator.configured(), simulatorConnected, onPlan,
                handsets(subscribed, virtual, names, inCall));
    }

    /** Moves a virtual handset (simulation) and tells the open floor plans at once. */
    public MovedHandset move(String ipui, PositionRequest request) {
        var position = (request == null ? new PositionRequest(null, null) : request).toFloorPosition();
        SimulatedHandset moved = simulator.move(ipui, position);
        stream.publish(new FloorPlanEvent.Position(moved.ipui(), moved.position().x(), moved.position().y(), !moved.reachable()));
        return new MovedHandset(moved.ipui(), moved.id(), Position.of(moved.position()), moved.lockedBaseMac(), !moved.reachable());
    }

    static BaseOnPlan base(ConfirmedBase base, LiveBaseStation live) {
        BaseStationStatus status = live == null ? BaseStationStatus.OFFLINE : live.status();
        return new BaseOnPlan(base.mac().value(), base.name(), Position.of(base.position()), base.sync().cluster(),
                base.sync().syncLevel(), base.sync().levelLabel(), status.label(), status.name(),
                live == null ? "" : live.syncType(),
                live == null || live.syncSourceMac() == null ? null : live.syncSourceMac().value(),
                RADIO.coverageRadiusMetres());
    }

    private Set<String> callingIpuis(boolean dmConnected) {
        if (!dmConnected) {
            return Set.of();
        }
        try {
            return dm.listCalls().stream().map(ActiveCall::ipui).map(i -> i.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        } catch (DectManagerUnreachableException | DectManagerFailedException e) {
            LOG.debugf("Floor plan without calls: %s", e.getMessage());
            return Set.of();
        }
    }

    /** Registered handsets (DM) and virtual handsets (simulator), one entry per IPUI. */
    static List<HandsetOnPlan> handsets(LiveSubscriptions subscribed, List<SimulatedHandset> virtual, HandsetNames names,
                                        Set<String> inCall) {
        Map<String, LiveSubscription> registered = new LinkedHashMap<>();
        subscribed.boundIpuis().forEach((entryId, ipui) ->
                subscribed.find(entryId).ifPresent(s -> registered.put(ipui.toUpperCase(Locale.ROOT), s)));
        Map<String, SimulatedHandset> simulated = new LinkedHashMap<>();
        for (SimulatedHandset handset : virtual) {
            // Clones share an IPUI: the floor plan shows the one the DM located, else the first.
            LiveSubscription located = registered.get(handset.ipui());
            boolean isLocated = located != null && handset.lockedBaseMac() != null
                    && handset.lockedBaseMac().equalsIgnoreCase(located.locationBaseMac());
            if (isLocated || !simulated.containsKey(handset.ipui())) {
                simulated.put(handset.ipui(), handset);
            }
        }
        var ipuis = new TreeSet<String>(Comparator.naturalOrder());
        ipuis.addAll(registered.keySet());
        ipuis.addAll(simulated.keySet());

        var result = new ArrayList<HandsetOnPlan>(ipuis.size());
        for (String ipui : ipuis) {
            LiveSubscription dmView = registered.get(ipui);
            SimulatedHandset sim = simulated.get(ipui);
            boolean attached = dmView != null && dmView.reachable() && dmView.locationBaseMac() != null;
            String baseMac = attached ? dmView.locationBaseMac()
                    : sim != null && sim.lockedBaseMac() != null ? sim.lockedBaseMac()
                    : dmView == null ? null : dmView.locationBaseMac();
            boolean outOfRange = sim != null ? !sim.reachable() : !attached;
            result.add(new HandsetOnPlan(ipui, names.of(ipui).orElse(null), baseMac == null ? null : baseMac.toUpperCase(Locale.ROOT),
                    attached, sim == null ? null : Position.of(sim.position()),
                    inCall.contains(ipui) || (sim != null && sim.inCall()), outOfRange, sim == null ? null : sim.id()));
        }
        return result;
    }
}
