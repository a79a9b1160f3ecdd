package io.multicell.manager;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.multicell.proto.events.v1.IncidentOccurred;
import io.multicell.proto.events.v1.IncidentSeverity;
import io.multicell.proto.events.v1.SyncStateChanged;
import io.multicell.proto.manager.v1.ApplyBaseStationPlanResponse;
import io.multicell.proto.manager.v1.Assignment;
import io.multicell.proto.manager.v1.BaseStationCommand;
import io.multicell.proto.manager.v1.BaseStationConfig;
import io.multicell.proto.manager.v1.BaseStationPlan;
import io.multicell.proto.manager.v1.BaseStationReport;
import io.multicell.proto.manager.v1.BaseStationState;
import io.multicell.proto.manager.v1.BaseStationStatus;
import io.multicell.proto.manager.v1.DectManagerGrpc;
import io.multicell.proto.manager.v1.DectManagerInfo;
import io.multicell.proto.manager.v1.GetDectManagerInfoRequest;
import io.multicell.proto.manager.v1.Heartbeat;
import io.multicell.proto.manager.v1.Hello;
import io.multicell.proto.manager.v1.ListBaseStationsRequest;
import io.multicell.proto.manager.v1.ListBaseStationsResponse;
import io.multicell.proto.manager.v1.RebootBaseStationRequest;
import io.multicell.proto.manager.v1.RpnAssignment;
import io.multicell.proto.manager.v1.SetLedDisplayRequest;
import io.multicell.proto.manager.v1.SyncSlaveType;
import io.multicell.proto.manager.v1.SynchroniseRequest;
import io.multicell.manager.basestation.BaseStationRegistry;
import io.multicell.manager.basestation.DectManagerSettings;
import io.multicell.manager.basestation.DectManagerStore;
import io.multicell.manager.events.DectManagerEvent;
import io.multicell.testing.MulticellTestResource;
import io.multicell.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The DM with its real peers: gRPC clients over loopback, the real Kafka test broker, a fresh PostgreSQL database. */
@QuarkusTest
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "dect_manager"))
class DectManagerServiceQuarkusTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final AtomicLong REVISION = new AtomicLong();

    private static ManagedChannel channel;
    private static EventWatcher kafka;

    @Inject
    DataSource dataSource;

    @Inject
    DectManagerStore store;

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
    void aBaseThatIsNotPlannedIsListedAsPending() {
        String mac = "02:00:00:00:01:01";
        try (FakeBase base = FakeBase.connect(channel, mac, false)) {
            BaseStationState state = await().atMost(PATIENCE).until(() -> find(mac), Optional::isPresent).orElseThrow();
            assertThat(state.getAssigned()).isFalse();
            assertThat(state.getOnline()).isTrue();
            assertThat(state.getRpn()).isZero();
            assertThat(state.getRfpi()).isEmpty();
            assertThat(state.getFirmware()).isEqualTo("2.54.0");
            assertThat(state.getReportedPosition().getY()).isEqualTo(2);

            await().atMost(PATIENCE).until(() -> base.lastAssignment().isPresent()
                    && base.received(BaseStationCommand.CommandCase.LED_DISPLAY));
            assertThat(base.lastAssignment().orElseThrow().getAssigned()).isFalse();
        }
        // A pending base is known only while its stream is open.
        await().atMost(PATIENCE).until(() -> find(mac).isEmpty());
    }

    @Test
    void aPlannedLevelOneBaseIsNumberedSynchronisedAndGoesOfflineWhenItsStreamCloses() throws SQLException {
        String mac = "02:00:00:00:02:01";
        FakeBase base = FakeBase.connect(channel, mac, false);
        await().atMost(PATIENCE).until(() -> find(mac).isPresent());

        ApplyBaseStationPlanResponse applied = dm().applyBaseStationPlan(plan(master(mac).setName("Reception")));

        DectManagerInfo info = dm().getDectManagerInfo(GetDectManagerInfoRequest.getDefaultInstance());
        RpnAssignment numbering = applied.getAssignmentsList().stream().filter(a -> a.getMac().equals(mac)).findFirst().orElseThrow();
        String rfpi = info.getPari() + String.format("%02X", numbering.getRpn());
        assertThat(numbering.getRpn() >> 6).as("RPN group").isEqualTo(info.getRpnGroup());
        assertThat(numbering.getRfpi()).isEqualTo(rfpi);
        assertThat(info.getPlanRevision()).isEqualTo(applied.getRevision());

        // The base learns its number and state down its own stream.
        Assignment assignment = await().atMost(PATIENCE)
                .until(base::lastAssignment, a -> a.isPresent() && a.get().getStatus() == BaseStationStatus.SYNC).orElseThrow();
        assertThat(assignment.getAssigned()).isTrue();
        assertThat(assignment.getRpn()).isEqualTo(numbering.getRpn());
        assertThat(assignment.getRfpi()).isEqualTo(rfpi);
        assertThat(assignment.getName()).isEqualTo("Reception");

        // ... and everyone else learns it from Kafka.
        SyncStateChanged synced = awaitSyncChange(mac, BaseStationStatus.SYNC);
        assertThat(synced.getRfpi()).isEqualTo(rfpi);
        assertThat(synced.getSource()).isEqualTo("dect-manager");
        assertThat(synced.getSyncType()).isEqualTo("1");
        assertThat(synced.getSyncLevel()).isEqualTo(1);
        assertThat(synced.getCluster()).isEqualTo(1);
        assertThat(synced.getName()).isEqualTo("Reception");
        assertThat(synced.getEventId()).isNotBlank();

        BaseStationState state = find(mac).orElseThrow();
        assertThat(state.getStatus()).isEqualTo(BaseStationStatus.SYNC);
        assertThat(state.getAssigned()).isTrue();
        assertThat(state.getOnline()).isTrue();
        assertThat(state.getEffectiveSyncLevel()).isEqualTo(1);
        assertThat(state.getRfpi()).isEqualTo(rfpi);
        assertThat(state.getIpAddress()).isEqualTo("127.0.0.1");

        // The assignment is in the database, so a DM restart keeps it.
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT rpn, name, last_firmware FROM dect_manager.base_station WHERE mac = ?")) {
            query.setString(1, mac);
            var row = query.executeQuery();
            assertThat(row.next()).isTrue();
            assertThat(row.getInt("rpn")).isEqualTo(numbering.getRpn());
            assertThat(row.getString("name")).isEqualTo("Reception");
            assertThat(row.getString("last_firmware")).isEqualTo("2.54.0");
        }

        double offlineIncidentsBefore = offlineIncidents();
        base.close();

        await().atMost(PATIENCE).until(() -> find(mac).map(s -> s.getStatus() == BaseStationStatus.OFFLINE && !s.getOnline()).orElse(false));
        SyncStateChanged offline = awaitSyncChange(mac, BaseStationStatus.OFFLINE);
        assertThat(offline.getPreviousStatus()).isEqualTo(BaseStationStatus.SYNC);
        assertThat(offline.getSequence()).isGreaterThan(synced.getSequence());
        IncidentOccurred incident = await().atMost(PATIENCE).pollInSameThread()
                .until(() -> kafka.poll().incidents(mac).stream()
                        .filter(i -> i.getCode().equals("BASE_STATION_OFFLINE")).findFirst(), Optional::isPresent)
                .orElseThrow();
        assertThat(incident.getSeverity()).isEqualTo(IncidentSeverity.CRITICAL);
        assertThat(incident.getMessage()).contains("Reception");
        assertThat(incident.getBaseName()).isEqualTo("Reception");
        assertThat(incident.getSource()).isEqualTo("dect-manager");
        assertThat(offlineIncidents()).as("multicell_incidents_total of critical BASE_STATION_OFFLINE")
                .isGreaterThanOrEqualTo(offlineIncidentsBefore + 1);
    }

    @Test
    void aRestartedDmFindsItsPariAndEveryAssignmentInTheDatabase() {
        String mac = "02:00:00:00:08:01";
        String slaveMac = "02:00:00:00:08:02";
        ApplyBaseStationPlanResponse applied = dm().applyBaseStationPlan(plan(
                master(mac).setName("Hall").setLanMaster(true).setReducedTxPower(true)
                        .setIpAddressType(io.multicell.proto.manager.v1.IpAddressType.STATIC).setStaticIpAddress("192.168.10.5")
                        .setPosition(io.multicell.proto.manager.v1.FloorPosition.newBuilder().setX(12.5).setY(-3)),
                slave(slaveMac).setSyncSlave(SyncSlaveType.SYNC_SLAVE_LAN).setActivated(false)));
        DectManagerInfo info = dm().getDectManagerInfo(GetDectManagerInfoRequest.getDefaultInstance());

        // A second registry on the same database is what the DM is after a restart.
        List<DectManagerEvent> events = new ArrayList<>();
        var restarted = BaseStationRegistry.open(new DectManagerSettings(info.getName(), info.getRpnGroup(), Duration.ofSeconds(3), "test"),
                Clock.systemUTC(), store, events::add, new Random());

        assertThat(restarted.info().pari().toString()).isEqualTo(info.getPari());
        assertThat(restarted.info().planRevision()).isEqualTo(applied.getRevision());
        assertThat(restarted.list()).extracting(v -> v.mac().value(), v -> v.rpn().orElseThrow().value(), v -> v.rfpi().orElseThrow().toString())
                .containsExactlyInAnyOrderElementsOf(applied.getAssignmentsList().stream()
                        .map(a -> org.assertj.core.groups.Tuple.tuple(a.getMac(), a.getRpn(), a.getRfpi())).toList());
        var hall = store.loadPlan().bases().stream().filter(b -> b.base().mac().value().equals(mac)).findFirst().orElseThrow().base().config();
        assertThat(hall.name()).isEqualTo("Hall");
        assertThat(hall.sync().lanMaster()).isTrue();
        assertThat(hall.reducedTxPower()).isTrue();
        assertThat(hall.ipAddressing().staticAddress()).isEqualTo("192.168.10.5");
        assertThat(hall.position().x()).isEqualTo(12.5);
        assertThat(hall.position().y()).isEqualTo(-3);
        var slave = store.loadPlan().bases().stream().filter(b -> b.base().mac().value().equals(slaveMac)).findFirst().orElseThrow().base().config();
        assertThat(slave.activated()).isFalse();
        assertThat(slave.sync().syncSlave()).isEqualTo(io.multicell.core.sync.SyncSlave.LAN);
        assertThat(events).hasSize(2);
    }

    @Test
    void aBaseWhoseHeartbeatsStopTurnsOfflineThoughItsStreamStaysOpen() {
        String mac = "02:00:00:00:09:01";
        try (FakeBase base = FakeBase.connect(channel, mac, true)) {
            dm().applyBaseStationPlan(plan(master(mac)));
            await().atMost(PATIENCE).until(() -> base.lastAssignment().map(a -> a.getStatus() == BaseStationStatus.SYNC).orElse(false));
            assertThat(base.lastAssignment().orElseThrow().getName()).as("local base without a name").isEqualTo("LocalBS");
            assertThat(find(mac).orElseThrow().getLocal()).isTrue();

            base.stopHeartbeats();

            await().atMost(PATIENCE).until(() -> find(mac).map(s -> s.getStatus() == BaseStationStatus.OFFLINE).orElse(false));
            assertThat(find(mac).orElseThrow().getOnline()).isFalse();
            await().atMost(PATIENCE).until(() -> base.lastAssignment().map(a -> a.getStatus() == BaseStationStatus.OFFLINE).orElse(false));
            assertThat(base.error).isNull();
        }
    }

    @Test
    void invalidPlansAreRejectedWithFieldAndRuleAndChangeNothing() {
        String mac = "02:00:00:00:03:01";
        String other = "02:00:00:00:03:02";
        try (FakeBase base = FakeBase.connect(channel, mac, false)) {
            dm().applyBaseStationPlan(plan(master(mac)));
            await().atMost(PATIENCE).until(() -> find(mac).map(s -> s.getStatus() == BaseStationStatus.SYNC).orElse(false));
            ListBaseStationsResponse before = dm().listBaseStations(ListBaseStationsRequest.getDefaultInstance());
            DectManagerInfo infoBefore = dm().getDectManagerInfo(GetDectManagerInfoRequest.getDefaultInstance());

            assertInvalid(plan(master(mac), master(other)), "baseStations[" + other + "].syncLevel: DECT level 1 may appear only once");
            assertInvalid(plan(master(mac).setCluster(10)), "baseStations[" + mac + "].cluster: must be 1..9");
            assertInvalid(plan(master(mac), slave(other).setLanMaster(true)),
                    "baseStations[" + other + "].lanMaster: the LAN master can only be configured on DECT level 1");
            assertInvalid(plan(master(mac).setName("N".repeat(33))), "baseStations[" + mac + "].name: must be at most 32 characters");
            assertInvalid(plan(master(mac).setIpAddressType(io.multicell.proto.manager.v1.IpAddressType.STATIC).setStaticIpAddress("10.0.0")),
                    "baseStations[" + mac + "].staticIpAddress: must be a valid IPv4 address");
            assertInvalid(plan(master("02:00:00:00:03")), "baseStations[0].mac: must be 12 hex digits");

            assertThat(dm().listBaseStations(ListBaseStationsRequest.getDefaultInstance())).isEqualTo(before);
            assertThat(dm().getDectManagerInfo(GetDectManagerInfoRequest.getDefaultInstance())).isEqualTo(infoBefore);
            assertThat(base.error).isNull();
        }
        await().atMost(PATIENCE).until(() -> find(mac).map(s -> !s.getOnline()).orElse(false));
    }

    @Test
    void theFirstReportMustBeAHelloWithAValidMac() {
        FakeBase heartbeatFirst = FakeBase.open(channel, "02:00:00:00:04:01");
        heartbeatFirst.send(BaseStationReport.newBuilder().setHeartbeat(Heartbeat.newBuilder().setSequence(1)).build());
        await().atMost(PATIENCE).until(() -> heartbeatFirst.error != null);
        assertThat(heartbeatFirst.error.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(heartbeatFirst.error.getDescription()).isEqualTo("report: the first report on a stream must be a Hello");

        FakeBase badMac = FakeBase.open(channel, "not-a-mac");
        badMac.send(BaseStationReport.newBuilder().setHello(Hello.newBuilder().setMac("7C:2F:80:00:00:ZZ")).build());
        await().atMost(PATIENCE).until(() -> badMac.error != null);
        assertThat(badMac.error.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(badMac.error.getDescription()).startsWith("hello.mac: must be 12 hex digits");
    }

    @Test
    void aSecondStreamForTheSameMacReplacesTheFirst() {
        String mac = "02:00:00:00:05:01";
        try (FakeBase first = FakeBase.connect(channel, mac, false)) {
            await().atMost(PATIENCE).until(() -> first.lastAssignment().isPresent());
            try (FakeBase second = FakeBase.connect(channel, mac, false)) {
                await().atMost(PATIENCE).until(() -> first.error != null);
                assertThat(first.error.getCode()).isEqualTo(Status.Code.ABORTED);
                await().atMost(PATIENCE).until(() -> second.lastAssignment().isPresent());
                assertThat(find(mac).orElseThrow().getOnline()).isTrue();
            }
        }
        await().atMost(PATIENCE).until(() -> find(mac).isEmpty());
    }

    @Test
    void rebootReachesOnlyAnOnlineBase() {
        String online = "02:00:00:00:06:01";
        String offline = "02:00:00:00:06:02";
        try (FakeBase base = FakeBase.connect(channel, online, false)) {
            dm().applyBaseStationPlan(plan(master(online), slave(offline)));

            assertStatus(() -> dm().rebootBaseStation(RebootBaseStationRequest.newBuilder().setMac("02:00:00:00:06:99").build()),
                    Status.Code.NOT_FOUND);
            assertStatus(() -> dm().rebootBaseStation(RebootBaseStationRequest.newBuilder().setMac(offline).build()),
                    Status.Code.FAILED_PRECONDITION);
            assertStatus(() -> dm().rebootBaseStation(RebootBaseStationRequest.newBuilder().setMac("nonsense").build()),
                    Status.Code.INVALID_ARGUMENT);

            await().atMost(PATIENCE).until(() -> find(online).map(BaseStationState::getOnline).orElse(false));
            dm().rebootBaseStation(RebootBaseStationRequest.newBuilder().setMac(online).build());
            await().atMost(PATIENCE).until(() -> base.received(BaseStationCommand.CommandCase.REBOOT));
        }
    }

    @Test
    void theLedDisplaySettingIsKeptAndPushedToConnectedBases() {
        try (FakeBase base = FakeBase.connect(channel, "02:00:00:00:07:01", false)) {
            await().atMost(PATIENCE).until(() -> base.received(BaseStationCommand.CommandCase.LED_DISPLAY));

            dm().setLedDisplay(SetLedDisplayRequest.newBuilder().setEnabled(false).build());

            await().atMost(PATIENCE).until(() -> base.received.stream()
                    .anyMatch(c -> c.hasLedDisplay() && !c.getLedDisplay().getEnabled()));
            assertThat(dm().getDectManagerInfo(GetDectManagerInfoRequest.getDefaultInstance()).getLedDisplay()).isFalse();
        } finally {
            dm().setLedDisplay(SetLedDisplayRequest.newBuilder().setEnabled(true).build());
        }
    }

    @Test
    void synchroniseTakesAllClustersOrOneOfNine() {
        assertThat(dm().synchronise(SynchroniseRequest.newBuilder().setCluster(0).build()).getChanged()).isZero();
        assertThat(dm().synchronise(SynchroniseRequest.newBuilder().setCluster(9).build()).getChanged()).isZero();
        assertThatThrownBy(() -> dm().synchronise(SynchroniseRequest.newBuilder().setCluster(10).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(e.getStatus().getDescription()).isEqualTo("cluster: must be 0 (all clusters) or 1..9");
                });
    }

    @Test
    void healthAndMetricsAreServedOverHttp() {
        given().get("/q/health/ready").then().statusCode(200).body(containsString("UP"));
        given().get("/q/health/live").then().statusCode(200).body(containsString("dect-manager control loop"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("multicell_base_stations{status=\"Pending\"}"))
                .body(containsString("multicell_base_stations{status=\"No sync\"}"))
                .body(containsString("multicell_sync_state_changes_total"))
                // at zero from the start, so that the CriticalIncident alert's increase() sees the first one
                .body(containsString("multicell_incidents_total{severity=\"critical\",type=\"BASE_STATION_OFFLINE\"}"))
                .body(containsString("multicell_incidents_total{severity=\"info\",type=\"BASE_STATION_ONLINE\"}"))
                .body(containsString("multicell_calls_total{direction=\"incoming\"}"))
                // buckets for the dashboard's p95 handover duration
                .body(containsString("multicell_handover_duration_seconds_bucket{le=\"0.5\"}"));
    }

    // ---- helpers ----

    private static double offlineIncidents() {
        String series = "multicell_incidents_total{severity=\"critical\",type=\"BASE_STATION_OFFLINE\"} ";
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(series)).mapToDouble(line -> Double.parseDouble(line.substring(series.length()).trim()))
                .findFirst().orElseThrow(() -> new AssertionError("no series " + series));
    }

    private static DectManagerGrpc.DectManagerBlockingStub dm() {
        return DectManagerGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    private static Optional<BaseStationState> find(String mac) {
        return dm().listBaseStations(ListBaseStationsRequest.getDefaultInstance()).getBaseStationsList().stream()
                .filter(s -> s.getMac().equals(mac))
                .findFirst();
    }

    private static SyncStateChanged awaitSyncChange(String mac, BaseStationStatus status) {
        return await().atMost(PATIENCE).pollInSameThread()
                .until(() -> kafka.poll().syncChanges(mac).stream().filter(e -> e.getStatus() == status).findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private static BaseStationPlan plan(BaseStationConfig.Builder... bases) {
        var plan = BaseStationPlan.newBuilder().setRevision(REVISION.incrementAndGet());
        for (var base : bases) {
            plan.addBaseStations(base);
        }
        return plan.build();
    }

    private static BaseStationConfig.Builder master(String mac) {
        return BaseStationConfig.newBuilder().setMac(mac).setActivated(true).setCluster(1).setSyncLevel(1)
                .setSyncSlave(SyncSlaveType.SYNC_SLAVE_NONE);
    }

    private static BaseStationConfig.Builder slave(String mac) {
        return BaseStationConfig.newBuilder().setMac(mac).setActivated(true).setCluster(1).setSyncLevel(2)
                .setSyncSlave(SyncSlaveType.SYNC_SLAVE_DECT);
    }

    private static void assertInvalid(BaseStationPlan plan, String descriptionStart) {
        assertThatThrownBy(() -> dm().applyBaseStationPlan(plan))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(e.getStatus().getDescription()).startsWith(descriptionStart);
                });
    }

    private static void assertStatus(Runnable call, Status.Code code) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(code));
    }
}
