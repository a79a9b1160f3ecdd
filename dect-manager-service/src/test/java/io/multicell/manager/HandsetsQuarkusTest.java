package io.multicell.manager;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import com.google.common.util.concurrent.ListenableFuture;
import com.google.protobuf.Timestamp;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.multicell.manager.location.BaseDirectory;
import io.multicell.manager.subscription.HandsetMetrics;
import io.multicell.manager.subscription.HandsetRegistry;
import io.multicell.manager.subscription.HandsetSettings;
import io.multicell.manager.subscription.HandsetStore;
import io.multicell.manager.subscription.RegStatus;
import io.multicell.manager.subscription.SubscriptionView;
import io.multicell.proto.events.v1.HandsetRegistrationChanged;
import io.multicell.proto.events.v1.HandsetRoamed;
import io.multicell.proto.manager.v1.ApplyBaseStationPlanResponse;
import io.multicell.proto.manager.v1.BaseStationCommand;
import io.multicell.proto.manager.v1.BaseStationConfig;
import io.multicell.proto.manager.v1.BaseStationPlan;
import io.multicell.proto.manager.v1.BaseStationState;
import io.multicell.proto.manager.v1.DectManagerGrpc;
import io.multicell.proto.manager.v1.HandsetAccessGrpc;
import io.multicell.proto.manager.v1.HandsetDetached;
import io.multicell.proto.manager.v1.HandsetEntry;
import io.multicell.proto.manager.v1.HandsetPageResponse;
import io.multicell.proto.manager.v1.HandsetPlan;
import io.multicell.proto.manager.v1.ListBaseStationsRequest;
import io.multicell.proto.manager.v1.ListSubscriptionsRequest;
import io.multicell.proto.manager.v1.ListSubscriptionsResponse;
import io.multicell.proto.manager.v1.PageHandsetRequest;
import io.multicell.proto.manager.v1.PageHandsetResponse;
import io.multicell.proto.manager.v1.ProcedureOutcome;
import io.multicell.proto.manager.v1.RegistrationRefusal;
import io.multicell.proto.manager.v1.RegistrationWindow;
import io.multicell.proto.manager.v1.Subscription;
import io.multicell.proto.manager.v1.SubscriptionsGrpc;
import io.multicell.proto.manager.v1.SyncSlaveType;
import io.multicell.testing.MulticellTestResource;
import io.multicell.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Handsets through the DM with its real peers: HandsetAccess and Subscriptions over loopback gRPC, fake bases on real
 * control streams, the real Kafka test broker and a fresh PostgreSQL database. Handsets compute their answers with
 * the same key derivation a real handset uses.
 */
@QuarkusTest
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "dect_manager"))
class HandsetsQuarkusTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PIN = "1234";
    // Far from what the other test class uses: both share one DM.
    private static final AtomicLong PLAN_REVISION = new AtomicLong(1_000);
    private static final AtomicLong BASE_PLAN_REVISION = new AtomicLong(1_000);

    private static ManagedChannel channel;
    private static EventWatcher kafka;

    @Inject
    HandsetStore handsetStore;

    @BeforeAll
    static void connect() throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.grpc.server.test-port", Integer.class);
        channel = ManagedChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
        kafka = new EventWatcher(TestKafka.bootstrapServers());
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        kafka.close();
    }

    @Test
    void handsetsRegisterWithTheSharedPinRoamBetweenBasesAndCannotAttachOnceDeregistered() {
        String macA = "02:00:00:00:10:01";
        String macB = "02:00:00:00:10:02";
        try (FakeBase a = FakeBase.connect(channel, macA, false); FakeBase b = FakeBase.connect(channel, macB, false)) {
            Map<String, String> rfpi = applyBases(master(macA), slave(macB));
            applyHandsets(20, wildcard("a-1", 1), wildcard("a-2", 2), wildcard("a-3", 3));
            assertThat(subscriptions().getRegistrationOpen()).isTrue();

            var first = new FakeHandset(channel, "000000A001");
            var second = new FakeHandset(channel, "000000A002");
            var third = new FakeHandset(channel, "000000A003");
            var wrongPin = new FakeHandset(channel, "000000A009");
            assertThat(first.register(macA, PIN).getAccepted()).isTrue();
            assertThat(second.register(macA, PIN).getAccepted()).isTrue();
            ProcedureOutcome refused = wrongPin.register(macB, "9999");
            assertThat(third.register(macB, PIN).getAccepted()).isTrue();

            // Registered, with the handset's IPUI, model and firmware; the wrong PIN refused and listed.
            assertThat(refused.getAccepted()).isFalse();
            assertThat(refused.getReason()).isEqualTo("wrong PIN");
            ListSubscriptionsResponse list = subscriptions();
            assertThat(entries(list, "a-")).extracting(Subscription::getEntryId, Subscription::getIpui, Subscription::getStatus)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("a-1", "000000A001", io.multicell.proto.manager.v1.RegStatus.REGISTERED),
                            org.assertj.core.groups.Tuple.tuple("a-2", "000000A002", io.multicell.proto.manager.v1.RegStatus.REGISTERED),
                            org.assertj.core.groups.Tuple.tuple("a-3", "000000A003", io.multicell.proto.manager.v1.RegStatus.REGISTERED));
            assertThat(entry(list, "a-1").getModel()).isEqualTo("S700H PRO");
            assertThat(entry(list, "a-1").getFirmware()).isEqualTo("2.1.0");
            RegistrationRefusal refusal = list.getRefusalsList().stream().filter(r -> r.getIpui().equals("000000A009"))
                    .findFirst().orElseThrow();
            assertThat(refusal.getReason()).isEqualTo("wrong PIN");
            assertThat(Instant.ofEpochSecond(refusal.getAt().getSeconds())).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES));
            assertThat(awaitRegistration(first.ipui.value(), "Registered").getEntryId()).isEqualTo("a-1");
            assertThat(awaitRegistration("000000A009", "Refused").getReason()).isEqualTo("wrong PIN");

            // Attach at A: reachable there, counted on A.
            assertThat(first.attach(macA).getAccepted()).isTrue();
            assertThat(entry(subscriptions(), "a-1").getReachable()).isTrue();
            assertThat(entry(subscriptions(), "a-1").getLocationBaseMac()).isEqualTo(macA);
            assertThat(entry(subscriptions(), "a-1").getLocationRfpi()).isEqualTo(rfpi.get(macA));
            BaseStationState stateA = base(macA);
            assertThat(stateA.getAttachedHandsets()).isEqualTo(1);
            assertThat(stateA.getAirEndpoint()).isEqualTo(FakeBase.airEndpointOf(macA));
            assertThat(stateA.getPosition().getX()).as("plan position").isEqualTo(5);

            // Roam to B: the location follows, the old base's late detach does not undo it, Kafka hears of it.
            assertThat(first.attach(macB).getAccepted()).isTrue();
            assertThat(access().reportDetached(HandsetDetached.newBuilder().setBaseMac(macA).setIpui(first.ipui.value()).build())
                    .getAccepted()).isFalse();
            HandsetRoamed roam = await().atMost(PATIENCE).pollInSameThread()
                    .until(() -> kafka.poll().roams(first.ipui.value()), r -> !r.isEmpty()).get(0);
            assertThat(roam.getFromRfpi()).isEqualTo(rfpi.get(macA));
            assertThat(roam.getToRfpi()).isEqualTo(rfpi.get(macB));
            assertThat(roam.getSource()).isEqualTo("dect-manager");
            assertThat(entry(subscriptions(), "a-1").getLocationBaseMac()).isEqualTo(macB);
            assertThat(entry(subscriptions(), "a-1").getReachable()).isTrue();
            assertThat(base(macA).getAttachedHandsets()).isZero();
            assertThat(base(macB).getAttachedHandsets()).isEqualTo(1);

            // A clone with the IPUI but not the key is challenged and fails.
            ProcedureOutcome cloned = FakeHandset.clone(channel, first).attach(macA);
            assertThat(cloned.getAccepted()).isFalse();
            assertThat(cloned.getReason()).isEqualTo("authentication failed");
            assertThat(entry(subscriptions(), "a-1").getLocationBaseMac()).isEqualTo(macB);

            // De-registration: key gone, the base drops the handset, its next attach is refused.
            applyHandsets(20, wildcard("a-1", 1).setRequestedStatus(io.multicell.proto.manager.v1.RegStatus.TO_DEREGISTER),
                    wildcard("a-2", 2), wildcard("a-3", 3));
            await().atMost(PATIENCE).until(() -> !b.received(BaseStationCommand.CommandCase.RELEASE_HANDSET, first.ipui.value()).isEmpty());
            assertThat(b.received(BaseStationCommand.CommandCase.RELEASE_HANDSET, first.ipui.value()).get(0).getReleaseHandset().getReason())
                    .isEqualTo("de-registered");
            assertThat(awaitRegistration(first.ipui.value(), "Not registered").getEntryId()).isEqualTo("a-1");
            assertThat(entry(subscriptions(), "a-1").getStatus()).isEqualTo(io.multicell.proto.manager.v1.RegStatus.NOT_REGISTERED);
            ProcedureOutcome afterDeregistration = first.attach(macB);
            assertThat(afterDeregistration.getAccepted()).isFalse();
            assertThat(afterDeregistration.getReason()).isEqualTo("not registered");
            assertThat(second.attach(macB).getAccepted()).as("the others keep their keys").isTrue();

            // A restarted DM (a new registry on the same database) still knows every subscription and key.
            var restarted = HandsetRegistry.open(HandsetSettings.defaults(), Clock.systemUTC(), handsetStore, event -> { },
                    new HandsetMetrics(new SimpleMeterRegistry()), BaseDirectory.NONE, (after, task) -> { });
            Map<String, RegStatus> statuses = restarted.listing().subscriptions().stream()
                    .filter(s -> s.entryId().startsWith("a-"))
                    .collect(Collectors.toMap(SubscriptionView::entryId, SubscriptionView::status));
            assertThat(statuses).containsExactlyInAnyOrderEntriesOf(
                    Map.of("a-1", RegStatus.NOT_REGISTERED, "a-2", RegStatus.REGISTERED, "a-3", RegStatus.REGISTERED));
            assertThat(restarted.listing().subscriptions()).filteredOn(s -> s.entryId().equals("a-2"))
                    .singleElement().satisfies(s -> {
                        assertThat(s.ipui()).isEqualTo("000000A002");
                        assertThat(s.locationBase().orElseThrow().value()).isEqualTo(macB);
                        assertThat(s.reachable()).as("until the bases report").isFalse();
                    });
        }
    }

    @Test
    void aBatchRegisteringAtOnceAllGetsInAndTheOneTooManyIsRefusedWithTheLimit() throws Exception {
        String mac = "02:00:00:00:11:01";
        try (FakeBase base = FakeBase.connect(channel, mac, false)) {
            applyBases(master(mac));
            List<HandsetEntry.Builder> entries = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                entries.add(wildcard("batch-" + i, i));
            }
            applyHandsets(8, entries.toArray(HandsetEntry.Builder[]::new));

            ExecutorService pool = Executors.newFixedThreadPool(9);
            try {
                var start = new CountDownLatch(1);
                List<CompletableFuture<ProcedureOutcome>> outcomes = new ArrayList<>();
                for (int i = 1; i <= 9; i++) {
                    var handset = new FakeHandset(channel, String.format("000000B%03X", i));
                    outcomes.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await(30, TimeUnit.SECONDS); // all nine go at the same moment
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return handset.register(mac, PIN);
                    }, pool));
                }
                start.countDown();
                List<ProcedureOutcome> results = outcomes.stream().map(CompletableFuture::join).toList();

                assertThat(results).filteredOn(ProcedureOutcome::getAccepted).hasSize(8);
                assertThat(results).filteredOn(o -> !o.getAccepted()).singleElement()
                        .satisfies(o -> assertThat(o.getReason()).isEqualTo("handset limit of 8 reached"));
            } finally {
                pool.shutdownNow();
            }
            assertThat(entries(subscriptions(), "batch-")).filteredOn(s -> s.getStatus() == io.multicell.proto.manager.v1.RegStatus.REGISTERED)
                    .hasSize(8);
        }
    }

    @Test
    void basesReportTheirAttachedHandsetsAndAPageIsAnsweredThroughTheLastBase() throws Exception {
        String mac = "02:00:00:00:12:01";
        var handset = new FakeHandset(channel, "000000C001");
        String rfpi;
        try (FakeBase base = FakeBase.connect(channel, mac, false)) {
            rfpi = applyBases(master(mac)).get(mac);
            applyHandsets(20, wildcard("c-1", 1));
            assertThat(handset.register(mac, PIN).getAccepted()).isTrue();

            // What a base tells a (restarted) DM after Hello: the handset is reachable there without re-authenticating.
            base.reportAttached(handset.ipui.value(), "00000000EE", "not-an-ipui");
            await().atMost(PATIENCE).until(() -> entry(subscriptions(), "c-1").getReachable());
            assertThat(entry(subscriptions(), "c-1").getLocationRfpi()).isEqualTo(rfpi);
            assertThat(base(mac).getAttachedHandsets()).isEqualTo(1);
            assertThat(base.error).as("a bad IPUI in the report does not cost the base its link").isNull();

            ListenableFuture<PageHandsetResponse> page = SubscriptionsGrpc.newFutureStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                    .pageHandset(PageHandsetRequest.newBuilder().setIpui(handset.ipui.value()).build());
            await().atMost(PATIENCE).until(() -> !base.received(BaseStationCommand.CommandCase.PAGE, handset.ipui.value()).isEmpty());
            String pageId = base.received(BaseStationCommand.CommandCase.PAGE, handset.ipui.value()).get(0).getPage().getPageId();
            assertThat(access().reportPageResponse(HandsetPageResponse.newBuilder().setBaseMac(mac).setIpui(handset.ipui.value())
                    .setPageId(pageId).build()).getAccepted()).isTrue();

            PageHandsetResponse answered = page.get(10, TimeUnit.SECONDS);
            assertThat(answered.getAnswered()).isTrue();
            assertThat(answered.getRfpi()).isEqualTo(rfpi);
            assertThat(answered.getBasesPaged()).isEqualTo(1);
        }
        // The base went away: its handsets are not reachable, and a page reaches nobody.
        await().atMost(PATIENCE).until(() -> !entry(subscriptions(), "c-1").getReachable());
        PageHandsetResponse unanswered = subscriptionsStub().pageHandset(PageHandsetRequest.newBuilder().setIpui(handset.ipui.value()).build());
        assertThat(unanswered.getAnswered()).isFalse();
        assertThat(unanswered.getBasesPaged()).isZero();

        assertGrpcError(() -> subscriptionsStub().pageHandset(PageHandsetRequest.newBuilder().setIpui("000000CFFF").build()),
                Status.Code.NOT_FOUND, "handset 000000CFFF is not registered");
    }

    @Test
    void anInvalidHandsetPlanIsRejectedWithFieldAndRuleAndChangesNothing() {
        applyHandsets(20, wildcard("d-1", 1));
        ListSubscriptionsResponse before = subscriptions();

        assertGrpcError(() -> subscriptionsStub().applyHandsetPlan(handsetPlan(20, wildcard("d-1", 1).setPin("12a4"))),
                Status.Code.INVALID_ARGUMENT, "entries[d-1].pin: must be exactly 4 digits");
        assertGrpcError(() -> subscriptionsStub().applyHandsetPlan(handsetPlan(20, wildcard("d-1", 1).setPin("12345"))),
                Status.Code.INVALID_ARGUMENT, "entries[d-1].pin: must be exactly 4 digits");
        assertGrpcError(() -> subscriptionsStub().applyHandsetPlan(handsetPlan(20, wildcard("d-1", 1).setIpui("0000A"))),
                Status.Code.INVALID_ARGUMENT, "entries[d-1].ipui: must be 10 hex digits, a wildcard 0_1, 0_2, ... or empty (any handset)");
        assertGrpcError(() -> subscriptionsStub().applyHandsetPlan(handsetPlan(0, wildcard("d-1", 1))),
                Status.Code.INVALID_ARGUMENT, "maxHandsets: must be at least 1");
        Instant now = Instant.now();
        assertGrpcError(() -> subscriptionsStub().applyHandsetPlan(handsetPlan(20, wildcard("d-1", 1)).toBuilder()
                        .setWindow(RegistrationWindow.newBuilder().setOpensAt(timestamp(now)).setClosesAt(timestamp(now.minusSeconds(60)))).build()),
                Status.Code.INVALID_ARGUMENT, "window.closesAt: must be after window.opensAt");
        assertGrpcError(() -> access().requestAccessRights(io.multicell.proto.manager.v1.HandsetProcedureRequest.newBuilder()
                        .setBaseMac("02:00:00:00:13:01").setIpui("xyz").build()),
                Status.Code.INVALID_ARGUMENT, "ipui: must be 10 hex digits");

        assertThat(subscriptions().toBuilder().clearRefusals().build()).isEqualTo(before.toBuilder().clearRefusals().build());
    }

    @Test
    void handsetMetricsAreServed() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("multicell_handsets_registered"))
                .body(containsString("multicell_handsets_registrations_total{result=\"accepted\"}"))
                .body(containsString("multicell_handsets_registrations_total{result=\"refused\"}"))
                .body(containsString("multicell_handsets_roams_total"));
    }

    // ---- helpers ----

    private static SubscriptionsGrpc.SubscriptionsBlockingStub subscriptionsStub() {
        return SubscriptionsGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    private static HandsetAccessGrpc.HandsetAccessBlockingStub access() {
        return HandsetAccessGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    private static DectManagerGrpc.DectManagerBlockingStub dm() {
        return DectManagerGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    private static ListSubscriptionsResponse subscriptions() {
        return subscriptionsStub().listSubscriptions(ListSubscriptionsRequest.getDefaultInstance());
    }

    private static List<Subscription> entries(ListSubscriptionsResponse list, String prefix) {
        return list.getSubscriptionsList().stream().filter(s -> s.getEntryId().startsWith(prefix)).toList();
    }

    private static Subscription entry(ListSubscriptionsResponse list, String entryId) {
        return list.getSubscriptionsList().stream().filter(s -> s.getEntryId().equals(entryId)).findFirst().orElseThrow();
    }

    private static BaseStationState base(String mac) {
        return dm().listBaseStations(ListBaseStationsRequest.getDefaultInstance()).getBaseStationsList().stream()
                .filter(s -> s.getMac().equals(mac)).findFirst().orElseThrow();
    }

    private static HandsetRegistrationChanged awaitRegistration(String ipui, String status) {
        return await().atMost(PATIENCE).pollInSameThread()
                .until(() -> kafka.poll().registrations(ipui).stream().filter(e -> e.getStatus().equals(status)).findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    /** Applies a base station plan of these bases; answers the RFPI of each. */
    private static Map<String, String> applyBases(BaseStationConfig.Builder... bases) {
        var plan = BaseStationPlan.newBuilder().setRevision(BASE_PLAN_REVISION.incrementAndGet());
        for (var base : bases) {
            plan.addBaseStations(base);
        }
        ApplyBaseStationPlanResponse applied = dm().applyBaseStationPlan(plan.build());
        return applied.getAssignmentsList().stream()
                .collect(Collectors.toMap(io.multicell.proto.manager.v1.RpnAssignment::getMac,
                        io.multicell.proto.manager.v1.RpnAssignment::getRfpi));
    }

    private static void applyHandsets(int maxHandsets, HandsetEntry.Builder... entries) {
        HandsetPlan plan = handsetPlan(maxHandsets, entries);
        assertThat(subscriptionsStub().applyHandsetPlan(plan).getRevision()).isEqualTo(plan.getRevision());
    }

    /** A plan whose window is open now (it opened a minute ago and lasts ten). */
    private static HandsetPlan handsetPlan(int maxHandsets, HandsetEntry.Builder... entries) {
        Instant now = Instant.now();
        var plan = HandsetPlan.newBuilder()
                .setRevision(PLAN_REVISION.incrementAndGet())
                .setMaxHandsets(maxHandsets)
                .setWindow(RegistrationWindow.newBuilder().setOpensAt(timestamp(now.minusSeconds(60)))
                        .setClosesAt(timestamp(now.plusSeconds(600))));
        for (var entry : entries) {
            plan.addEntries(entry);
        }
        return plan.build();
    }

    private static HandsetEntry.Builder wildcard(String id, int slot) {
        return HandsetEntry.newBuilder().setEntryId(id).setIpui("0_" + slot).setPin(PIN)
                .setRequestedStatus(io.multicell.proto.manager.v1.RegStatus.TO_REGISTER);
    }

    private static BaseStationConfig.Builder master(String mac) {
        return BaseStationConfig.newBuilder().setMac(mac).setActivated(true).setCluster(1).setSyncLevel(1)
                .setSyncSlave(SyncSlaveType.SYNC_SLAVE_NONE)
                .setPosition(io.multicell.proto.manager.v1.FloorPosition.newBuilder().setX(5).setY(5));
    }

    private static BaseStationConfig.Builder slave(String mac) {
        return BaseStationConfig.newBuilder().setMac(mac).setActivated(true).setCluster(1).setSyncLevel(2)
                .setSyncSlave(SyncSlaveType.SYNC_SLAVE_DECT)
                .setPosition(io.multicell.proto.manager.v1.FloorPosition.newBuilder().setX(25).setY(5));
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    private static void assertGrpcError(Runnable call, Status.Code code, String description) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
            assertThat(e.getStatus().getCode()).isEqualTo(code);
            assertThat(e.getStatus().getDescription()).isEqualTo(description);
        });
    }
}
