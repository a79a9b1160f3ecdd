package io.multicell.integrator.testing;

import io.grpc.Server;
import io.grpc.Status;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import com.google.protobuf.Timestamp;
import io.multicell.proto.manager.v1.ApplyBaseStationPlanResponse;
import io.multicell.proto.manager.v1.ApplyHandsetPlanResponse;
import io.multicell.proto.manager.v1.HandsetEntry;
import io.multicell.proto.manager.v1.HandsetPlan;
import io.multicell.proto.manager.v1.ListSubscriptionsRequest;
import io.multicell.proto.manager.v1.ListSubscriptionsResponse;
import io.multicell.proto.manager.v1.PageHandsetRequest;
import io.multicell.proto.manager.v1.PageHandsetResponse;
import io.multicell.proto.manager.v1.RegStatus;
import io.multicell.proto.manager.v1.RegistrationRefusal;
import io.multicell.proto.manager.v1.Subscription;
import io.multicell.proto.manager.v1.SubscriptionsGrpc;
import io.multicell.proto.manager.v1.BaseStationConfig;
import io.multicell.proto.manager.v1.BaseStationPlan;
import io.multicell.proto.manager.v1.BaseStationState;
import io.multicell.proto.manager.v1.BaseStationStatus;
import io.multicell.proto.manager.v1.BaseStatistics;
import io.multicell.proto.manager.v1.CallView;
import io.multicell.proto.manager.v1.ListBaseStatisticsRequest;
import io.multicell.proto.manager.v1.ListBaseStatisticsResponse;
import io.multicell.proto.manager.v1.ListCallsRequest;
import io.multicell.proto.manager.v1.ListCallsResponse;
import io.multicell.proto.manager.v1.ResetBaseStatisticsRequest;
import io.multicell.proto.manager.v1.ResetBaseStatisticsResponse;
import io.multicell.proto.manager.v1.DectManagerGrpc;
import io.multicell.proto.manager.v1.DectManagerInfo;
import io.multicell.proto.manager.v1.FloorPosition;
import io.multicell.proto.manager.v1.GetDectManagerInfoRequest;
import io.multicell.proto.manager.v1.ListBaseStationsRequest;
import io.multicell.proto.manager.v1.ListBaseStationsResponse;
import io.multicell.proto.manager.v1.RebootBaseStationRequest;
import io.multicell.proto.manager.v1.RebootBaseStationResponse;
import io.multicell.proto.manager.v1.RpnAssignment;
import io.multicell.proto.manager.v1.SetLedDisplayRequest;
import io.multicell.proto.manager.v1.SetLedDisplayResponse;
import io.multicell.proto.manager.v1.SynchroniseRequest;
import io.multicell.proto.manager.v1.SynchroniseResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A small in-process DECT manager for the integrator's QuarkusTests: remembers the plans it was sent, numbers
 * bases with RPNs, reports the bases a test announces as connected, serves the Subscriptions service (handset
 * plan, live status of entries the test registers, refusals), reports the statistics counters and calls a test sets,
 * and can be stopped like a crashed DM.
 * The real DM is covered by the system tests.
 */
public final class FakeDectManager extends DectManagerGrpc.DectManagerImplBase {

    public static final String NAME = "DM1";
    /** What the fake reports as its version and process start (Diagnostics). */
    public static final String VERSION = "fake-dm 9.9";
    public static final java.time.Instant STARTED_AT = java.time.Instant.parse("2026-01-02T03:04:05Z");
    public static final String PARI = "1A2B3C4D";

    private static FakeDectManager shared;

    /** A base that said hello to this DM. */
    public record Announced(String mac, String firmware, String ipAddress, double x, double y, boolean local, boolean online) {
    }

    /** A handset the test registered with an entry. */
    public record Bound(String ipui, String model, String firmware, boolean reachable, String baseMac, String rfpi) {
    }

    private final int port;
    private Server server;
    private final FakeSubscriptions subscriptions = new FakeSubscriptions();

    private final List<HandsetPlan> handsetPlansReceived = new ArrayList<>();
    private HandsetPlan handsetPlan = HandsetPlan.getDefaultInstance();
    private final Map<String, Bound> bound = new TreeMap<>();
    private final Set<String> registering = new HashSet<>();
    private final List<RegistrationRefusal> refusals = new ArrayList<>();
    private Status rejectNextHandsetPlan;
    private boolean deregisterAtOnce = true;
    private Supplier<Instant> clock = Instant::now;

    private final Map<String, Announced> announced = new TreeMap<>();
    private final Map<String, Integer> rpns = new TreeMap<>();
    private final List<BaseStationPlan> received = new ArrayList<>();
    private final List<String> reboots = new ArrayList<>();
    private final List<SynchroniseRequest> synchronisations = new ArrayList<>();
    private BaseStationPlan plan = BaseStationPlan.getDefaultInstance();
    private boolean ledDisplay = true;
    private Status rejectNextPlan;

    private final Map<String, BaseStatistics> statistics = new LinkedHashMap<>();
    private final List<CallView> calls = new ArrayList<>();
    private int statisticsResets;

    private FakeDectManager(int port) {
        this.port = port;
    }

    /** The fake of this test JVM, serving on {@code port} (started if it is not running). */
    public static synchronized FakeDectManager runningOn(int port) {
        if (shared != null && shared.port != port) {
            // Another test profile: a new application with new ports and a new database, so a new fake.
            try {
                shared.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            shared = null;
        }
        if (shared == null) {
            shared = new FakeDectManager(port);
        }
        shared.start();
        return shared;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                    .addService(this).addService(subscriptions).build().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serve the fake DM on port " + port, e);
        }
    }

    /** Like a crashed DM: the port refuses connections; what it knew stays (a restart finds it in its database). */
    public synchronized void stop() throws InterruptedException {
        if (server != null) {
            server.shutdownNow();
            server.awaitTermination(5, TimeUnit.SECONDS);
            server = null;
        }
    }

    /**
     * Forgets the announced bases and what it was asked to do; keeps the plan it runs, so that a test starts with a
     * DM that agrees with the integrator instead of one the reconciler is about to repair.
     */
    public synchronized void reset() {
        announced.clear();
        rpns.keySet().retainAll(plan.getBaseStationsList().stream().map(BaseStationConfig::getMac).toList());
        received.clear();
        reboots.clear();
        synchronisations.clear();
        rejectNextPlan = null;
        statistics.clear();
        calls.clear();
        statisticsResets = 0;
        handsetPlansReceived.clear();
        Set<String> entries = new HashSet<>(handsetPlan.getEntriesList().stream().map(HandsetEntry::getEntryId).toList());
        bound.keySet().retainAll(entries);
        registering.clear();
        refusals.clear();
        rejectNextHandsetPlan = null;
        deregisterAtOnce = true;
        clock = Instant::now;
    }

    // --- Subscriptions: what a test makes the DM report ---

    /** Like a DM that lost its database: no handset plan, revision 0, no registrations. */
    public synchronized void forgetHandsetPlan() {
        handsetPlan = HandsetPlan.getDefaultInstance();
        bound.clear();
        registering.clear();
    }

    /** A handset registered with entry {@code entryId}. */
    public synchronized void register(String entryId, Bound handset) {
        registering.remove(entryId);
        bound.put(entryId, handset);
    }

    /** A handset is registering with entry {@code entryId}. */
    public synchronized void startRegistering(String entryId) {
        registering.add(entryId);
    }

    /** A refused attempt, as the DM lists it (newest first). */
    public synchronized void refuse(String ipui, Instant at, String reason) {
        refusals.add(0, RegistrationRefusal.newBuilder().setIpui(ipui).setAt(timestamp(at)).setReason(reason).build());
    }

    /** false: a handset set To deregister stays bound (and shows To deregister) until {@link #completeDeregistrations}. */
    public synchronized void deregisterAtOnce(boolean atOnce) {
        deregisterAtOnce = atOnce;
    }

    public synchronized void completeDeregistrations() {
        handsetPlan.getEntriesList().stream()
                .filter(e -> e.getRequestedStatus() == RegStatus.TO_DEREGISTER)
                .forEach(e -> bound.remove(e.getEntryId()));
    }

    /** The clock the registration window is judged by (the integrator's test clock). */
    public synchronized void judgeWindowBy(Supplier<Instant> now) {
        clock = now;
    }

    public synchronized void rejectNextHandsetPlan(Status status) {
        rejectNextHandsetPlan = status;
    }

    public synchronized HandsetPlan handsetPlan() {
        return handsetPlan;
    }

    public synchronized List<HandsetPlan> handsetPlansReceived() {
        return List.copyOf(handsetPlansReceived);
    }

    private synchronized void applyHandsetPlan(HandsetPlan request, StreamObserver<ApplyHandsetPlanResponse> responses) {
        if (rejectNextHandsetPlan != null) {
            responses.onError(rejectNextHandsetPlan.asRuntimeException());
            rejectNextHandsetPlan = null;
            return;
        }
        handsetPlansReceived.add(request);
        handsetPlan = request;
        Set<String> entries = new HashSet<>(request.getEntriesList().stream().map(HandsetEntry::getEntryId).toList());
        bound.keySet().retainAll(entries);
        registering.retainAll(entries);
        for (HandsetEntry entry : request.getEntriesList()) {
            if (entry.getRequestedStatus() == RegStatus.NOT_REGISTERED) {
                registering.remove(entry.getEntryId());
            }
        }
        if (deregisterAtOnce) {
            completeDeregistrations();
        }
        responses.onNext(ApplyHandsetPlanResponse.newBuilder().setRevision(request.getRevision()).build());
        responses.onCompleted();
    }

    private synchronized void listSubscriptions(StreamObserver<ListSubscriptionsResponse> responses) {
        var response = ListSubscriptionsResponse.newBuilder()
                .setPlanRevision(handsetPlan.getRevision())
                .addAllRefusals(refusals)
                .setRegistrationOpen(windowOpen());
        for (HandsetEntry entry : handsetPlan.getEntriesList()) {
            var subscription = Subscription.newBuilder().setEntryId(entry.getEntryId()).setIpui(entry.getIpui());
            Bound handset = bound.get(entry.getEntryId());
            if (handset != null) {
                subscription.setIpui(handset.ipui())
                        .setStatus(entry.getRequestedStatus() == RegStatus.TO_DEREGISTER ? RegStatus.TO_DEREGISTER : RegStatus.REGISTERED)
                        .setReachable(handset.reachable())
                        .setModel(handset.model()).setFirmware(handset.firmware())
                        .setLocationBaseMac(handset.baseMac()).setLocationRfpi(handset.rfpi());
            } else if (registering.contains(entry.getEntryId())) {
                subscription.setStatus(RegStatus.REGISTERING);
            } else {
                subscription.setStatus(entry.getRequestedStatus() == RegStatus.TO_REGISTER ? RegStatus.TO_REGISTER : RegStatus.NOT_REGISTERED);
            }
            response.addSubscriptions(subscription);
        }
        responses.onNext(response.build());
        responses.onCompleted();
    }

    private boolean windowOpen() {
        if (!handsetPlan.hasWindow()) {
            return false;
        }
        long now = clock.get().getEpochSecond();
        return handsetPlan.getWindow().getOpensAt().getSeconds() <= now && now < handsetPlan.getWindow().getClosesAt().getSeconds();
    }

    private static Timestamp timestamp(Instant at) {
        return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
    }

    /** The DM's Subscriptions service on the same server. */
    private final class FakeSubscriptions extends SubscriptionsGrpc.SubscriptionsImplBase {

        @Override
        public void applyHandsetPlan(HandsetPlan request, StreamObserver<ApplyHandsetPlanResponse> responses) {
            FakeDectManager.this.applyHandsetPlan(request, responses);
        }

        @Override
        public void listSubscriptions(ListSubscriptionsRequest request, StreamObserver<ListSubscriptionsResponse> responses) {
            FakeDectManager.this.listSubscriptions(responses);
        }

        @Override
        public void pageHandset(PageHandsetRequest request, StreamObserver<PageHandsetResponse> responses) {
            responses.onError(Status.UNIMPLEMENTED.withDescription("the integrator does not page").asRuntimeException());
        }
    }

    // --- Statistics and calls: what a test makes the DM report ---

    /** The counters the DM reports, in this order. */
    public synchronized void reportStatistics(BaseStatistics... bases) {
        statistics.clear();
        for (BaseStatistics base : bases) {
            statistics.put(base.getMac(), base);
        }
    }

    /** How often "Reset all" reached this DM. */
    public synchronized int statisticsResets() {
        return statisticsResets;
    }

    /** The calls in progress the DM reports. */
    public synchronized void reportCalls(CallView... inProgress) {
        calls.clear();
        calls.addAll(List.of(inProgress));
    }

    @Override
    public synchronized void listBaseStatistics(ListBaseStatisticsRequest request, StreamObserver<ListBaseStatisticsResponse> responses) {
        responses.onNext(ListBaseStatisticsResponse.newBuilder().addAllBases(statistics.values()).build());
        responses.onCompleted();
    }

    /** As the DM: every counter back to 0, except the active calls (whose count is also the new peak). */
    @Override
    public synchronized void resetBaseStatistics(ResetBaseStatisticsRequest request, StreamObserver<ResetBaseStatisticsResponse> responses) {
        statisticsResets++;
        statistics.replaceAll((mac, b) -> BaseStatistics.newBuilder().setMac(b.getMac()).setName(b.getName()).setCluster(b.getCluster())
                .setRpn(b.getRpn()).setSyncRpn(b.getSyncRpn()).setSyncLevel(b.getSyncLevel())
                .setCalls(b.getCalls()).setCallsPeak(b.getCalls()).build());
        responses.onNext(ResetBaseStatisticsResponse.getDefaultInstance());
        responses.onCompleted();
    }

    @Override
    public synchronized void listCalls(ListCallsRequest request, StreamObserver<ListCallsResponse> responses) {
        responses.onNext(ListCallsResponse.newBuilder().addAllCalls(calls).build());
        responses.onCompleted();
    }

    /** Like a DM that lost its database: no plan, revision 0. */
    public synchronized void forgetPlan() {
        plan = BaseStationPlan.getDefaultInstance();
        rpns.clear();
    }

    public synchronized void announce(String mac, double x, double y, boolean local) {
        announced.put(mac, new Announced(mac, "2.54.0", "127.0.0." + (announced.size() + 10), x, y, local, true));
    }

    public synchronized void setOnline(String mac, boolean online) {
        Announced a = announced.get(mac);
        announced.put(mac, new Announced(a.mac(), a.firmware(), a.ipAddress(), a.x(), a.y(), a.local(), online));
    }

    public synchronized void rejectNextPlan(Status status) {
        rejectNextPlan = status;
    }

    public synchronized List<BaseStationPlan> plansReceived() {
        return List.copyOf(received);
    }

    public synchronized BaseStationPlan plan() {
        return plan;
    }

    public synchronized List<String> reboots() {
        return List.copyOf(reboots);
    }

    public synchronized List<SynchroniseRequest> synchronisations() {
        return List.copyOf(synchronisations);
    }

    public synchronized boolean ledDisplay() {
        return ledDisplay;
    }

    @Override
    public synchronized void getDectManagerInfo(GetDectManagerInfoRequest request, StreamObserver<DectManagerInfo> responses) {
        responses.onNext(DectManagerInfo.newBuilder().setName(NAME).setPari(PARI).setRpnGroup(0)
                .setPlanRevision(plan.getRevision()).setLedDisplay(ledDisplay)
                .setVersion(VERSION).setStartedAt(com.google.protobuf.Timestamp.newBuilder().setSeconds(STARTED_AT.getEpochSecond()))
                .build());
        responses.onCompleted();
    }

    @Override
    public synchronized void applyBaseStationPlan(BaseStationPlan request, StreamObserver<ApplyBaseStationPlanResponse> responses) {
        if (rejectNextPlan != null) {
            responses.onError(rejectNextPlan.asRuntimeException());
            rejectNextPlan = null;
            return;
        }
        received.add(request);
        plan = request;
        Map<String, Integer> kept = new TreeMap<>();
        var response = ApplyBaseStationPlanResponse.newBuilder().setRevision(request.getRevision());
        for (BaseStationConfig base : request.getBaseStationsList()) {
            Integer rpn = rpns.get(base.getMac());
            if (rpn == null) {
                rpn = nextFreeRpn(kept);
            }
            kept.put(base.getMac(), rpn);
            rpns.put(base.getMac(), rpn);
            response.addAssignments(RpnAssignment.newBuilder().setMac(base.getMac()).setRpn(rpn).setRfpi(rfpi(rpn)));
        }
        rpns.keySet().retainAll(kept.keySet());
        responses.onNext(response.build());
        responses.onCompleted();
    }

    @Override
    public synchronized void listBaseStations(ListBaseStationsRequest request, StreamObserver<ListBaseStationsResponse> responses) {
        Map<String, BaseStationConfig> planned = new LinkedHashMap<>();
        plan.getBaseStationsList().forEach(b -> planned.put(b.getMac(), b));
        var response = ListBaseStationsResponse.newBuilder();
        for (Announced a : announced.values()) {
            BaseStationConfig config = planned.get(a.mac());
            var state = BaseStationState.newBuilder().setMac(a.mac()).setOnline(a.online()).setFirmware(a.firmware())
                    .setIpAddress(a.ipAddress()).setLocal(a.local())
                    .setReportedPosition(FloorPosition.newBuilder().setX(a.x()).setY(a.y()));
            if (config != null) {
                fillAssigned(state, config, a.online(), planned);
            } else {
                state.setStatus(a.online() ? BaseStationStatus.DEACTIVATED : BaseStationStatus.OFFLINE);
            }
            response.addBaseStations(state);
        }
        for (BaseStationConfig config : planned.values()) {
            if (!announced.containsKey(config.getMac())) {
                var state = BaseStationState.newBuilder().setMac(config.getMac());
                fillAssigned(state, config, false, planned);
                response.addBaseStations(state);
            }
        }
        responses.onNext(response.build());
        responses.onCompleted();
    }

    /** A simple stand-in for sync resolution: a level 1 base runs free, others follow their cluster's level 1. */
    private void fillAssigned(BaseStationState.Builder state, BaseStationConfig config, boolean online,
                              Map<String, BaseStationConfig> planned) {
        int rpn = rpns.getOrDefault(config.getMac(), 0);
        state.setAssigned(true).setRpn(rpn).setRfpi(rfpi(rpn)).setEffectiveSyncLevel(config.getSyncLevel());
        if (!online) {
            state.setStatus(BaseStationStatus.OFFLINE);
        } else if (!config.getActivated()) {
            state.setStatus(BaseStationStatus.DEACTIVATED);
        } else if (config.getSyncLevel() == 1) {
            state.setStatus(BaseStationStatus.SYNC).setSyncType("1");
        } else {
            planned.values().stream()
                    .filter(m -> m.getCluster() == config.getCluster() && m.getSyncLevel() == 1)
                    .findFirst()
                    .ifPresentOrElse(
                            master -> state.setStatus(BaseStationStatus.SYNC).setSyncType("D")
                                    .setReference("Cluster " + config.getCluster())
                                    .setSyncSourceMac(master.getMac())
                                    .setSyncSourceRfpi(rfpi(rpns.getOrDefault(master.getMac(), 0))),
                            () -> state.setStatus(BaseStationStatus.NO_SYNC));
        }
    }

    @Override
    public synchronized void rebootBaseStation(RebootBaseStationRequest request, StreamObserver<RebootBaseStationResponse> responses) {
        Announced a = announced.get(request.getMac());
        if (a == null) {
            responses.onError(Status.NOT_FOUND.withDescription("unknown base " + request.getMac()).asRuntimeException());
        } else if (!a.online()) {
            responses.onError(Status.FAILED_PRECONDITION.withDescription("base " + request.getMac() + " is offline").asRuntimeException());
        } else {
            reboots.add(request.getMac());
            responses.onNext(RebootBaseStationResponse.getDefaultInstance());
            responses.onCompleted();
        }
    }

    @Override
    public synchronized void setLedDisplay(SetLedDisplayRequest request, StreamObserver<SetLedDisplayResponse> responses) {
        ledDisplay = request.getEnabled();
        responses.onNext(SetLedDisplayResponse.getDefaultInstance());
        responses.onCompleted();
    }

    @Override
    public synchronized void synchronise(SynchroniseRequest request, StreamObserver<SynchroniseResponse> responses) {
        synchronisations.add(request);
        long changed = plan.getBaseStationsList().stream()
                .filter(b -> request.getCluster() == 0 || b.getCluster() == request.getCluster())
                .count();
        responses.onNext(SynchroniseResponse.newBuilder().setChanged((int) changed).build());
        responses.onCompleted();
    }

    private static int nextFreeRpn(Map<String, Integer> taken) {
        int rpn = 1;
        while (taken.containsValue(rpn)) {
            rpn++;
        }
        return rpn;
    }

    private static String rfpi(int rpn) {
        return PARI + String.format("%02X", rpn);
    }
}
