package io.multicell.manager;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import com.google.protobuf.Timestamp;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.multicell.proto.air.v1.BaseHeard;
import io.multicell.proto.air.v1.CallAnswer;
import io.multicell.proto.air.v1.CallRelease;
import io.multicell.proto.air.v1.CallSetup;
import io.multicell.proto.air.v1.CallState;
import io.multicell.proto.air.v1.NeighbourMeasurement;
import io.multicell.proto.air.v1.ReleaseCause;
import io.multicell.proto.events.v1.HandoverCompleted;
import io.multicell.proto.manager.v1.BaseStationCommand;
import io.multicell.proto.manager.v1.BaseStationCommand.CommandCase;
import io.multicell.proto.manager.v1.BaseStationConfig;
import io.multicell.proto.manager.v1.BaseStationPlan;
import io.multicell.proto.manager.v1.BaseStationStatus;
import io.multicell.proto.manager.v1.BaseStatistics;
import io.multicell.proto.manager.v1.BearerArrived;
import io.multicell.proto.manager.v1.BearerLost;
import io.multicell.proto.manager.v1.CallView;
import io.multicell.proto.manager.v1.DectManagerGrpc;
import io.multicell.proto.manager.v1.HandsetAccessGrpc;
import io.multicell.proto.manager.v1.HandsetAlerting;
import io.multicell.proto.manager.v1.HandsetEntry;
import io.multicell.proto.manager.v1.HandsetPageResponse;
import io.multicell.proto.manager.v1.HandsetPlan;
import io.multicell.proto.manager.v1.ListBaseStationsRequest;
import io.multicell.proto.manager.v1.ListBaseStatisticsRequest;
import io.multicell.proto.manager.v1.ListCallsRequest;
import io.multicell.proto.manager.v1.ListSubscriptionsRequest;
import io.multicell.proto.manager.v1.ManagerCallMessage;
import io.multicell.proto.manager.v1.ManagerCallMessage.MessageCase;
import io.multicell.proto.manager.v1.RegStatus;
import io.multicell.proto.manager.v1.RegistrationWindow;
import io.multicell.proto.manager.v1.ResetBaseStatisticsRequest;
import io.multicell.proto.manager.v1.SubscriptionsGrpc;
import io.multicell.proto.manager.v1.SyncSlaveType;
import io.multicell.testing.MulticellTestResource;
import io.multicell.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calls through the DM over its real endpoints: a fake SIP gateway on CallControl, fake bases on BaseStationLink,
 * handsets registered and attached over HandsetAccess, the real Kafka test broker and a fresh PostgreSQL database.
 */
@QuarkusTest
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "dect_manager"))
class CallsQuarkusTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PIN = "1234";
    private static final String BASE1 = "02:00:00:00:20:01";
    private static final String BASE2 = "02:00:00:00:20:02";
    private static final String OTHER_CLUSTER = "02:00:00:00:20:03";
    // Far from what the other test classes use: all share one DM.
    private static final AtomicLong PLAN_REVISION = new AtomicLong(5_000);

    private static final java.util.Set<String> ANSWERED_PAGES = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static ManagedChannel channel;
    private static EventWatcher kafka;

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
    void anIncomingCallRingsIsAnsweredAndIsReleasedFromEitherSide() {
        try (FakeBase base1 = FakeBase.connect(channel, BASE1, false); FakeBase base2 = FakeBase.connect(channel, BASE2, false);
             FakeBase other = FakeBase.connect(channel, OTHER_CLUSTER, false); FakeGateway gateway = FakeGateway.connect(channel)) {
            network();
            FakeHandset handset = attachedHandset("00000E0001", BASE1);

            // Rings, answered, the handset hangs up.
            String first = connectedIncomingCall(gateway, base1, handset);
            ManagerCallMessage answered = gateway.about(first, MessageCase.ANSWERED).get(0);
            assertThat(answered.getAnswered().getBearer().getBaseMac()).isEqualTo(BASE1);
            assertThat(answered.getAnswered().getBearer().getRelayEndpoint()).isEqualTo(FakeBase.airEndpointOf(BASE1));
            assertThat(call(first).getState()).isEqualTo("CONNECTED");
            assertThat(call(first).getDirection()).isEqualTo("incoming");
            assertThat(statistics(BASE1).getCalls()).isEqualTo(1);
            base1.callEvent(first, handset.ipui.value(), e -> e.setReleased(CallRelease.newBuilder().setCallId(first).setCause(ReleaseCause.NORMAL)));
            ManagerCallMessage released = await().atMost(PATIENCE).until(() -> gateway.about(first, MessageCase.RELEASED), l -> !l.isEmpty()).get(0);
            assertThat(released.getReleased().getCause()).isEqualTo(ReleaseCause.NORMAL);
            await().atMost(PATIENCE).until(() -> statistics(BASE1).getCalls() == 0);

            // Rings, the caller hangs up (CANCEL): the handset is released.
            String second = UUID.randomUUID().toString();
            gateway.offer(second, handset.ipui.value());
            answerPage(base1, handset);
            await().atMost(PATIENCE).until(() -> !base1.callCommands(CommandCase.ALERT_HANDSET, second).isEmpty());
            gateway.release(second, ReleaseCause.CANCELLED, 487);
            BaseStationCommand release = await().atMost(PATIENCE)
                    .until(() -> base1.callCommands(CommandCase.RELEASE_CALL, second), l -> !l.isEmpty()).get(0);
            assertThat(release.getReleaseCall().getCause()).isEqualTo(ReleaseCause.CANCELLED);
            assertThat(release.getReleaseCall().getIpui()).isEqualTo(handset.ipui.value());

            // A registered handset that is not attached is unreachable.
            FakeHandset detached = new FakeHandset(channel, "00000E0002");
            assertThat(detached.register(BASE1, PIN).getAccepted()).isTrue();
            String third = UUID.randomUUID().toString();
            gateway.offer(third, detached.ipui.value());
            ManagerCallMessage unreachable = await().atMost(PATIENCE).until(() -> gateway.about(third, MessageCase.RELEASED), l -> !l.isEmpty()).get(0);
            assertThat(unreachable.getReleased().getCause()).isEqualTo(ReleaseCause.UNREACHABLE);
            assertThat(unreachable.getReleased().getSipStatus()).isEqualTo(480);

            // The gateway's stream breaks: its calls are released towards the handsets.
            FakeGateway dying = FakeGateway.connect(channel);
            String fourth = UUID.randomUUID().toString();
            dying.offer(fourth, handset.ipui.value());
            answerPage(base1, handset);
            await().atMost(PATIENCE).until(() -> !base1.callCommands(CommandCase.ALERT_HANDSET, fourth).isEmpty());
            dying.breakStream();
            BaseStationCommand linkLost = await().atMost(PATIENCE)
                    .until(() -> base1.callCommands(CommandCase.RELEASE_CALL, fourth), l -> !l.isEmpty()).get(0);
            assertThat(linkLost.getReleaseCall().getCause()).isEqualTo(ReleaseCause.LINK_LOST);
            assertThat(calls()).noneMatch(c -> c.getCallId().equals(fourth));
        }
    }

    @Test
    void theNinthCallOnAFullBaseGoesToAHeardNeighbourAndWithoutOneItIsNoChannelAndBusy() {
        try (FakeBase base1 = FakeBase.connect(channel, BASE1, false); FakeBase base2 = FakeBase.connect(channel, BASE2, false);
             FakeBase other = FakeBase.connect(channel, OTHER_CLUSTER, false); FakeGateway gateway = FakeGateway.connect(channel)) {
            network();
            long busyBefore = statistics(BASE1).getBusy();
            for (int i = 0; i < 8; i++) {
                String id = "full-" + i + "-" + UUID.randomUUID();
                base1.callEvent(id, String.format("00000F00%02X", i), e -> e.setSetup(CallSetup.newBuilder().setCallId(id).setDialledNumber("100")));
                await().atMost(PATIENCE).until(() -> !gateway.about(id, MessageCase.PLACE_CALL).isEmpty());
            }
            assertThat(statistics(BASE1).getCalls()).isEqualTo(8);

            String ninth = UUID.randomUUID().toString();
            base1.callEvent(ninth, "00000F0009", e -> e.setSetup(CallSetup.newBuilder().setCallId(ninth).setDialledNumber("100")
                    .addHeard(heard(OTHER_CLUSTER, -40)).addHeard(heard(BASE2, -70))));
            ManagerCallMessage placed = await().atMost(PATIENCE).until(() -> gateway.about(ninth, MessageCase.PLACE_CALL), l -> !l.isEmpty()).get(0);
            assertThat(placed.getPlaceCall().getBearer().getBaseMac()).isEqualTo(BASE2);
            assertThat(base2.callCommands(CommandCase.EXPECT_BEARER, ninth)).hasSize(1);
            BaseStationCommand proceeding = base1.callCommands(CommandCase.CALL_PROGRESS, ninth).get(0);
            assertThat(proceeding.getCallProgress().getState()).isEqualTo(CallState.PROCEEDING);
            assertThat(proceeding.getCallProgress().getBearerBaseMac()).isEqualTo(BASE2);
            assertThat(proceeding.getCallProgress().getBearerAirEndpoint()).isEqualTo(FakeBase.airEndpointOf(BASE2));

            String tenth = UUID.randomUUID().toString();
            base1.callEvent(tenth, "00000F000A", e -> e.setSetup(CallSetup.newBuilder().setCallId(tenth).setDialledNumber("100")
                    .addHeard(heard(OTHER_CLUSTER, -40))));
            BaseStationCommand noChannel = await().atMost(PATIENCE)
                    .until(() -> base1.callCommands(CommandCase.RELEASE_CALL, tenth), l -> !l.isEmpty()).get(0);
            assertThat(noChannel.getReleaseCall().getCause()).isEqualTo(ReleaseCause.NO_CHANNEL);
            assertThat(statistics(BASE1).getBusy()).isEqualTo(busyBefore + 2);
            assertThat(statistics(BASE2).getCalls()).isEqualTo(1);
            assertThat(statistics(BASE1).getCallsPeak()).isEqualTo(8);

            // Reset all: counters 0, Calls stays, Calls-pk = Calls, the bases reset their Conn.
            dm().resetBaseStatistics(ResetBaseStatisticsRequest.getDefaultInstance());
            BaseStatistics reset = statistics(BASE1);
            assertThat(reset.getBusy()).isZero();
            assertThat(reset.getCalls()).isEqualTo(8);
            assertThat(reset.getCallsPeak()).isEqualTo(8);
            await().atMost(PATIENCE).until(() -> base2.received(CommandCase.RESET_STATISTICS));
        }
        // The gateway left: every call it held is gone.
        await().atMost(PATIENCE).until(() -> calls().isEmpty());
    }

    @Test
    void aConnectedCallIsHandedOverWithinItsClusterAndDropsWhenItsLastBearerIsLost() {
        try (FakeBase base1 = FakeBase.connect(channel, BASE1, false); FakeBase base2 = FakeBase.connect(channel, BASE2, false);
             FakeBase other = FakeBase.connect(channel, OTHER_CLUSTER, false); FakeGateway gateway = FakeGateway.connect(channel)) {
            network();
            FakeHandset handset = attachedHandset("00000E0010", BASE1);
            String ipui = handset.ipui.value();
            BaseStatistics before1 = statistics(BASE1);
            BaseStatistics before2 = statistics(BASE2);
            String id = connectedIncomingCall(gateway, base1, handset);

            // A much stronger base of another cluster is never a target.
            base1.callEvent(id, ipui, e -> e.setMeasurement(measurement(id, heard(BASE1, -85), heard(OTHER_CLUSTER, -40))));
            // Barrier: a later event on the same stream is handled after it.
            base1.callEvent(id, ipui, e -> e.setMeasurement(measurement(id, heard(BASE1, -85))));
            await().during(Duration.ofMillis(300)).atMost(PATIENCE).until(() -> base1.callCommands(CommandCase.HANDOVER, id).isEmpty());
            assertThat(other.callCommands(CommandCase.EXPECT_BEARER, id)).isEmpty();

            // Base 2, same cluster, heard 15 dB stronger: hand over.
            base1.callEvent(id, ipui, e -> e.setMeasurement(measurement(id, heard(BASE1, -85), heard(BASE2, -70), heard(OTHER_CLUSTER, -40))));
            BaseStationCommand handover = await().atMost(PATIENCE).until(() -> base1.callCommands(CommandCase.HANDOVER, id), l -> !l.isEmpty()).get(0);
            assertThat(handover.getHandover().getTargetBaseMac()).isEqualTo(BASE2);
            assertThat(handover.getHandover().getTargetAirEndpoint()).isEqualTo(FakeBase.airEndpointOf(BASE2));
            assertThat(base2.callCommands(CommandCase.EXPECT_BEARER, id)).hasSize(1);
            assertThat(call(id).getState()).isEqualTo("HANDOVER");

            // The gateway opens its leg to the target while the handset moves (the base accepts it on arrival).
            ManagerCallMessage added = await().atMost(PATIENCE).until(() -> gateway.about(id, MessageCase.BEARER_ADDED), l -> !l.isEmpty()).get(0);
            assertThat(added.getBearerAdded().getBearer().getBaseMac()).isEqualTo(BASE2);
            base2.callEvent(id, ipui, e -> e.setBearerArrived(BearerArrived.newBuilder().setRssiDbm(-70)));
            await().atMost(PATIENCE).until(() -> call(id).getBearerBaseMacsList().size() == 2);
            assertThat(call(id).getBearerBaseMacsList()).containsExactly(BASE1, BASE2);
            gateway.mediaOnBearer(id, BASE2);

            ManagerCallMessage removed = await().atMost(PATIENCE).until(() -> gateway.about(id, MessageCase.BEARER_REMOVED), l -> !l.isEmpty()).get(0);
            assertThat(removed.getBearerRemoved().getBaseMac()).isEqualTo(BASE1);
            await().atMost(PATIENCE).until(() -> !base1.callCommands(CommandCase.RELEASE_BEARER, id).isEmpty());
            CallView moved = call(id);
            assertThat(moved.getState()).isEqualTo("CONNECTED");
            assertThat(moved.getBearerBaseMacsList()).containsExactly(BASE2);
            assertThat(moved.getHandovers()).isEqualTo(1);
            assertThat(statistics(BASE1).getHoRelease()).isEqualTo(before1.getHoRelease() + 1);
            assertThat(statistics(BASE2).getHoSetup()).isEqualTo(before2.getHoSetup() + 1);
            assertThat(statistics(BASE2).getCalls()).isEqualTo(1);
            assertThat(statistics(BASE1).getCalls()).isZero();
            assertThat(subscriptions().getSubscriptionsList().stream().filter(s -> s.getIpui().equals(ipui)).findFirst().orElseThrow()
                    .getLocationBaseMac()).as("the location follows the handover").isEqualTo(BASE2);

            HandoverCompleted completed = await().atMost(PATIENCE).pollInSameThread()
                    .until(() -> kafka.poll().handovers(ipui), l -> !l.isEmpty()).get(0);
            assertThat(completed.getCallId()).isEqualTo(id);
            assertThat(completed.getFromBaseMac()).isEqualTo(BASE1);
            assertThat(completed.getToBaseMac()).isEqualTo(BASE2);
            assertThat(completed.getFromRfpi()).hasSize(10);
            assertThat(completed.getToRfpi()).hasSize(10).isNotEqualTo(completed.getFromRfpi());
            assertThat(completed.getSuccess()).isTrue();
            assertThat(completed.getReason()).isEqualTo("SIGNAL");
            Duration duration = Duration.ofSeconds(completed.getDuration().getSeconds(), completed.getDuration().getNanos());
            assertThat(duration).isPositive().isLessThan(PATIENCE);
            assertThat(kafka.roams(ipui)).as("a handover is no roam").isEmpty();

            // The handset walks out of range of base 2: a call drop there, LINK_LOST to the gateway.
            double droppedBefore = counter("multicell_calls_dropped_total");
            base2.callEvent(id, ipui, e -> e.setBearerLost(BearerLost.newBuilder().setReason("out of range")));
            ManagerCallMessage dropped = await().atMost(PATIENCE).until(() -> gateway.about(id, MessageCase.RELEASED), l -> !l.isEmpty()).get(0);
            assertThat(dropped.getReleased().getCause()).isEqualTo(ReleaseCause.LINK_LOST);
            assertThat(statistics(BASE2).getCallDrops()).isEqualTo(before2.getCallDrops() + 1);
            assertThat(statistics(BASE1).getCallDrops()).isEqualTo(before1.getCallDrops());
            assertThat(counter("multicell_calls_dropped_total")).isEqualTo(droppedBefore + 1);
            assertThat(calls()).noneMatch(c -> c.getCallId().equals(id));
        }
    }

    @Test
    void callMetricsAreServed() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("multicell_calls_active"))
                .body(containsString("multicell_handovers_total"))
                .body(containsString("multicell_handover_duration_seconds"))
                .body(containsString("multicell_calls_dropped_total"))
                .body(containsString("multicell_handovers_failed_total"));
    }

    /** The value of an untagged counter on /q/metrics. */
    private static double counter(String name) {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    // ---- helpers ----

    /** Rings the handset at {@code base} and answers: the call is connected. */
    private static String connectedIncomingCall(FakeGateway gateway, FakeBase base, FakeHandset handset) {
        String id = UUID.randomUUID().toString();
        gateway.offer(id, handset.ipui.value());
        answerPage(base, handset);
        BaseStationCommand alert = await().atMost(PATIENCE).until(() -> base.callCommands(CommandCase.ALERT_HANDSET, id), l -> !l.isEmpty()).get(0);
        assertThat(alert.getAlertHandset().getCallingNumber()).isEqualTo("0301234567");
        assertThat(alert.getAlertHandset().getBearerBaseMac()).as("the bearer is this base").isEmpty();
        base.callEvent(id, handset.ipui.value(), e -> e.setAlerting(HandsetAlerting.getDefaultInstance()));
        ManagerCallMessage alerting = await().atMost(PATIENCE).until(() -> gateway.about(id, MessageCase.ALERTING), l -> !l.isEmpty()).get(0);
        assertThat(alerting.getAlerting().getBearer().getBaseMac()).isEqualTo(base.mac);
        base.callEvent(id, handset.ipui.value(), e -> e.setAnswered(CallAnswer.newBuilder().setCallId(id)));
        await().atMost(PATIENCE).until(() -> !gateway.about(id, MessageCase.ANSWERED).isEmpty());
        BaseStationCommand connected = await().atMost(PATIENCE).until(() -> base.callCommands(CommandCase.CALL_PROGRESS, id), l -> !l.isEmpty()).get(0);
        assertThat(connected.getCallProgress().getState()).isEqualTo(CallState.CONNECTED);
        return id;
    }

    /** Waits for a page through {@code base} not answered yet and answers it like a handset through its base. */
    private static void answerPage(FakeBase base, FakeHandset handset) {
        String pageId = await().atMost(PATIENCE).until(() -> base.received(CommandCase.PAGE, handset.ipui.value()).stream()
                .map(c -> c.getPage().getPageId()).filter(id -> !ANSWERED_PAGES.contains(id)).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
        ANSWERED_PAGES.add(pageId);
        assertThat(HandsetAccessGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS).reportPageResponse(
                HandsetPageResponse.newBuilder().setBaseMac(base.mac).setIpui(handset.ipui.value()).setPageId(pageId).build())
                .getAccepted()).isTrue();
    }

    private static FakeHandset attachedHandset(String ipui, String baseMac) {
        var handset = new FakeHandset(channel, ipui);
        assertThat(handset.register(baseMac, PIN).getAccepted()).isTrue();
        assertThat(handset.attach(baseMac).getAccepted()).isTrue();
        return handset;
    }

    /** Base 1 (master) and base 2 (DECT slave) in cluster 1, another master in cluster 2; all in Sync; handsets may register. */
    private static void network() {
        dm().applyBaseStationPlan(BaseStationPlan.newBuilder().setRevision(PLAN_REVISION.incrementAndGet())
                .addBaseStations(base(BASE1, 1, 1, SyncSlaveType.SYNC_SLAVE_NONE, 5))
                .addBaseStations(base(BASE2, 1, 2, SyncSlaveType.SYNC_SLAVE_DECT, 25))
                .addBaseStations(base(OTHER_CLUSTER, 2, 1, SyncSlaveType.SYNC_SLAVE_NONE, 40))
                .build());
        await().atMost(PATIENCE).until(() -> dm().listBaseStations(ListBaseStationsRequest.getDefaultInstance()).getBaseStationsList().stream()
                .filter(b -> List.of(BASE1, BASE2, OTHER_CLUSTER).contains(b.getMac()))
                .filter(b -> b.getStatus() == BaseStationStatus.SYNC).count() == 3);
        Instant now = Instant.now();
        var plan = HandsetPlan.newBuilder().setRevision(PLAN_REVISION.incrementAndGet()).setMaxHandsets(20)
                .setWindow(RegistrationWindow.newBuilder().setOpensAt(timestamp(now.minusSeconds(60))).setClosesAt(timestamp(now.plusSeconds(600))));
        for (int i = 1; i <= 4; i++) {
            plan.addEntries(HandsetEntry.newBuilder().setEntryId("calls-" + i).setIpui("0_" + i).setPin(PIN)
                    .setRequestedStatus(RegStatus.TO_REGISTER));
        }
        subscriptionsStub().applyHandsetPlan(plan.build());
    }

    private static BaseStationConfig.Builder base(String mac, int cluster, int level, SyncSlaveType slave, double x) {
        return BaseStationConfig.newBuilder().setMac(mac).setActivated(true).setCluster(cluster).setSyncLevel(level).setSyncSlave(slave)
                .setPosition(io.multicell.proto.manager.v1.FloorPosition.newBuilder().setX(x).setY(5));
    }

    private static BaseHeard heard(String mac, double rssi) {
        return BaseHeard.newBuilder().setBaseMac(mac.toLowerCase()).setRssiDbm(rssi).build();
    }

    private static NeighbourMeasurement measurement(String callId, BaseHeard... heard) {
        return NeighbourMeasurement.newBuilder().setCallId(callId).addAllHeard(List.of(heard)).build();
    }

    private static BaseStatistics statistics(String mac) {
        return dm().listBaseStatistics(ListBaseStatisticsRequest.getDefaultInstance()).getBasesList().stream()
                .filter(b -> b.getMac().equals(mac)).findFirst().orElseThrow();
    }

    private static List<CallView> calls() {
        return dm().listCalls(ListCallsRequest.getDefaultInstance()).getCallsList();
    }

    private static CallView call(String id) {
        return calls().stream().filter(c -> c.getCallId().equals(id)).findFirst().orElseThrow();
    }

    private static io.multicell.proto.manager.v1.ListSubscriptionsResponse subscriptions() {
        return subscriptionsStub().listSubscriptions(ListSubscriptionsRequest.getDefaultInstance());
    }

    private static SubscriptionsGrpc.SubscriptionsBlockingStub subscriptionsStub() {
        return SubscriptionsGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    private static DectManagerGrpc.DectManagerBlockingStub dm() {
        return DectManagerGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
