package io.multicell.base.grpc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import grpc.health.v1.HealthGrpc;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse.ServingStatus;
import io.grpc.Status;
import io.grpc.netty.NettyChannelBuilder;
import io.multicell.core.access.AuthenticationKeys;
import io.multicell.core.access.Pin;
import io.multicell.proto.air.v1.HandsetUplink;
import io.multicell.proto.air.v1.LocationRequest;
import io.multicell.proto.manager.v1.Assignment;
import io.multicell.proto.manager.v1.BaseStationStatus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Handsets on the base's AirInterface (real gRPC clients), relayed to a real gRPC server playing the DM. */
@QuarkusTest
@QuarkusTestResource(FakeDectManagerPort.class)
class AirInterfaceQuarkusTest {

    // An upper bound only: the build machine may be very busy.
    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String MAC = "7C:2F:80:00:00:2A";

    @ConfigProperty(name = "quarkus.grpc.clients.dect-manager.port")
    int dmPort;

    @ConfigProperty(name = "quarkus.grpc.server.test-port")
    int airPort;

    private FakeDectManager dm;
    private final List<AirHandset> handsets = new ArrayList<>();

    @BeforeEach
    void startDm() {
        dm = new FakeDectManager(dmPort).start();
        get("/api/v1/base-station"); // warm up REST on this thread, outside of any await
    }

    @AfterEach
    void stopDmAndHandsets() {
        handsets.forEach(AirHandset::close);
        dm.close();
    }

    private AirHandset handset(String ipui) {
        var handset = new AirHandset(airPort, ipui);
        handsets.add(handset);
        return handset;
    }

    private static JsonPath get(String path) {
        return given().get(path).then().statusCode(200).extract().jsonPath();
    }

    private void assignStatus(BaseStationStatus status) {
        await().atMost(WITHIN).until(() -> dm.hasStream() && "CONNECTED".equals(get("/api/v1/base-station").getString("linkState")));
        dm.send(Assignment.newBuilder().setAssigned(true).setRpn(1).setRfpi("0123456701").setName("Reception")
                .setStatus(status).build());
        boolean inService = status == BaseStationStatus.SYNC || status == BaseStationStatus.SYNC_OVERLOAD;
        await().atMost(WITHIN).until(() -> get("/api/v1/base-station").getBoolean("inService") == inService);
    }

    /** A handset registered with the fake DM and attached here. */
    private AirHandset attachedHandset(String ipui) {
        dm.pins.put(ipui, Pin.parse("1234"));
        var handset = handset(ipui).lock();
        var registration = handset.register("1234");
        assertThat(registration.accepted()).isTrue();
        assertThat(handset.attach(registration.uak()).getAccepted()).isTrue();
        return handset;
    }

    private static double connectionsMetric() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("multicell_base_connections_total{base=\"" + MAC + "\"}"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(0);
    }

    @Test
    void helloTellsTheDmWhereHandsetsReachTheBaseAndWhichAreAttached() {
        await().atMost(WITHIN).until(() -> !dm.hellos.isEmpty() && !dm.attachedReports.isEmpty());

        assertThat(dm.hellos.get(0).getAirEndpoint()).isEqualTo("127.0.0.1:" + airPort);
        assertThat(get("/api/v1/base-station").getString("airEndpoint")).isEqualTo("127.0.0.1:" + airPort);
    }

    @Test
    void aHandsetRegistersWithTheRightPinAttachesAndCountsAsAConnection() {
        assignStatus(BaseStationStatus.SYNC);
        long connBefore = get("/api/v1/base-station/statistics").getLong("conn");
        double metricBefore = connectionsMetric();
        dm.pins.put("00A1B2C3D4", Pin.parse("1234"));
        var handset = handset("00A1B2C3D4").lock();

        var registration = handset.register("1234");
        assertThat(registration.accepted()).isTrue();
        var relayed = dm.procedures.get(dm.procedures.size() - 1);
        assertThat(relayed.getBaseMac()).isEqualTo(MAC);
        assertThat(relayed.getIpui()).isEqualTo("00A1B2C3D4");
        assertThat(relayed.getRssiDbm()).isEqualTo(-58.5);
        assertThat(relayed.getModel()).isEqualTo("S700H PRO");
        assertThat(relayed.getFirmware()).isEqualTo("114.00");

        assertThat(handset.attach(registration.uak()).getAccepted()).isTrue();

        var statistics = get("/api/v1/base-station/statistics");
        assertThat(statistics.getLong("conn")).isEqualTo(connBefore + 1);
        assertThat(statistics.getInt("attachedHandsets")).isEqualTo(1);
        assertThat(get("/api/v1/base-station/handsets").getList("findAll { it.ipui == '00A1B2C3D4' }.state"))
                .containsExactly("ATTACHED");
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(connectionsMetric()).as("the metric never resets, Conn does").isEqualTo(metricBefore + 1);
        assertThat(metrics).contains("multicell_base_attached_handsets{base=\"" + MAC + "\"} 1.0");

        handset.close();
        await().atMost(WITHIN).until(() -> dm.detached.stream().anyMatch(d -> d.getIpui().equals("00A1B2C3D4")
                && d.getBaseMac().equals(MAC)));
        await().atMost(WITHIN).until(() -> get("/api/v1/base-station/statistics").getInt("attachedHandsets") == 0);
        assertThat(get("/api/v1/base-station/statistics").getLong("conn")).isEqualTo(connBefore + 1);
    }

    @Test
    void aWrongPinIsRefusedWithTheReasonOfTheDm() {
        assignStatus(BaseStationStatus.SYNC);
        dm.pins.put("00A1B2C3D5", Pin.parse("1234"));

        var registration = handset("00A1B2C3D5").lock().register("4321");

        assertThat(registration.accepted()).isFalse();
        assertThat(registration.reason()).isEqualTo("wrong PIN");
        assertThat(dm.keys).doesNotContainKey("00A1B2C3D5");
    }

    @Test
    void aCloneWithoutTheKeyCannotAttach() {
        assignStatus(BaseStationStatus.SYNC);
        attachedHandset("00A1B2C3D6");

        var clone = handset("00A1B2C3D6").lock();
        var result = clone.attach(AuthenticationKeys.randomChallenge());

        assertThat(result.getAccepted()).isFalse();
        assertThat(result.getReason()).isEqualTo("authentication failed");
    }

    @Test
    void aPageReachesTheHandsetAndItsAnswerTheDm() {
        assignStatus(BaseStationStatus.SYNC);
        var handset = attachedHandset("00A1B2C3D7");

        dm.sendPage("00A1B2C3D7", "page-1");
        assertThat(handset.next().getPage().getPageId()).isEqualTo("page-1");
        handset.answerPage("page-1");

        await().atMost(WITHIN).until(() -> dm.pageResponses.stream()
                .anyMatch(p -> p.getIpui().equals("00A1B2C3D7") && p.getPageId().equals("page-1") && p.getBaseMac().equals(MAC)));
    }

    @Test
    void aReleasedHandsetIsToldWhyAndLosesItsStream() {
        assignStatus(BaseStationStatus.SYNC);
        var handset = attachedHandset("00A1B2C3D8");

        dm.sendRelease("00A1B2C3D8", "de-registered");

        var result = handset.next().getLocationResult();
        assertThat(result.getAccepted()).isFalse();
        assertThat(result.getReason()).isEqualTo("de-registered");
        await().atMost(WITHIN).until(() -> handset.ended != null);
        assertThat(handset.ended.isOk()).isTrue();
    }

    @Test
    void aBaseNotInSyncRefusesTheLockAndEndsTheStream() {
        assignStatus(BaseStationStatus.NO_SYNC);

        var handset = handset("00A1B2C3D9").lock();

        var result = handset.next().getLocationResult();
        assertThat(result.getAccepted()).isFalse();
        assertThat(result.getReason()).isEqualTo("base not in service");
        await().atMost(WITHIN).until(() -> handset.ended != null);
        assertThat(dm.procedures).noneMatch(p -> p.getIpui().equals("00A1B2C3D9"));
    }

    @Test
    void theFirstUplinkMustBeLock() {
        assignStatus(BaseStationStatus.SYNC);
        var handset = handset("00A1B2C3DA");

        handset.send(HandsetUplink.newBuilder()
                .setLocationRequest(LocationRequest.newBuilder().setIpui("00A1B2C3DA")).build());

        await().atMost(WITHIN).until(() -> handset.ended != null);
        assertThat(handset.ended.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(handset.ended.getDescription()).isEqualTo("message: the first uplink of a stream must be Lock");
    }

    @Test
    void aMalformedIpuiIsRejectedNamingTheField() {
        assignStatus(BaseStationStatus.SYNC);
        var handset = handset("00A1B2C3DB");

        handset.send(HandsetUplink.newBuilder().setLock(io.multicell.proto.air.v1.Lock.newBuilder().setIpui("12a4")).build());

        await().atMost(WITHIN).until(() -> handset.ended != null);
        assertThat(handset.ended.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(handset.ended.getDescription()).isEqualTo("lock.ipui: must be 10 hex digits");
    }

    @Test
    void aRestartedDmRelearnsTheAttachedHandsetsFromTheBase() {
        assignStatus(BaseStationStatus.SYNC);
        attachedHandset("00A1B2C3DC");

        dm.close();
        dm = new FakeDectManager(dmPort).start();

        await().atMost(WITHIN).until(() -> !dm.attachedReports.isEmpty());
        assertThat(dm.attachedReports.get(0)).contains("00A1B2C3DC");
    }

    @Test
    void grpcHealthOnTheAirInterfacePortIsServing() throws InterruptedException {
        var channel = NettyChannelBuilder.forAddress("127.0.0.1", airPort).usePlaintext().build();
        try {
            var health = HealthGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS)
                    .check(HealthCheckRequest.newBuilder().setService("").build());
            assertThat(health.getStatus()).isEqualTo(ServingStatus.SERVING);
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
