package io.multicell.simulator.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.multicell.core.access.Pin;
import io.multicell.proto.air.v1.BaseHeard;
import io.multicell.proto.air.v1.BearerReleased;
import io.multicell.proto.air.v1.CallProgress;
import io.multicell.proto.air.v1.CallState;
import io.multicell.proto.air.v1.HandoverCommand;
import io.multicell.proto.air.v1.HandsetDownlink;
import io.multicell.proto.air.v1.HandsetUplink;
import io.multicell.proto.air.v1.IncomingCall;
import io.multicell.proto.air.v1.Page;
import io.multicell.proto.air.v1.ReleaseCause;
import io.multicell.proto.media.v1.Codec;
import io.multicell.simulator.handset.HandsetEngine;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole simulator with its real PostgreSQL, against a DM (ListBaseStations) and two bases (AirInterface) played by
 * real gRPC servers: base A at (0, 0), base B at (40, 0).
 */
@QuarkusTest
@QuarkusTestResource(SimulatorTestResource.class)
class HandsetSimulatorQuarkusTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final String A_MAC = "7C:2F:80:00:00:01";
    private static final String B_MAC = "7C:2F:80:00:00:02";

    private static final FakeBase.Subscriptions DM_SUBSCRIPTIONS = new FakeBase.Subscriptions();
    private static FakeDectManager dm;
    private static FakeBase baseA;
    private static FakeBase baseB;

    @ConfigProperty(name = "quarkus.grpc.clients.dect-manager.port")
    int dmPort;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Inject
    HandsetEngine engine;

    @BeforeEach
    void floorPlanWithTwoBases() {
        if (dm == null) {
            baseA = new FakeBase(A_MAC, 0, 0, DM_SUBSCRIPTIONS);
            baseB = new FakeBase(B_MAC, 40, 0, DM_SUBSCRIPTIONS);
            dm = new FakeDectManager(dmPort);
            dm.bases.addAll(List.of(baseA.state("0123456700"), baseB.state("0123456701")));
        }
    }

    @AfterAll
    static void stopFakes() {
        if (dm != null) {
            dm.close();
            baseA.close();
            baseB.close();
            dm = null;
        }
    }

    private static JsonPath create(String id, String ipui, double x, double y) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("id", id, "ipui", ipui, "position", Map.of("x", x, "y", y)))
                .post("/api/v1/handsets")
                .then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath handset(String id) {
        return given().get("/api/v1/handsets/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static void awaitHandset(String id, java.util.function.Predicate<JsonPath> condition) {
        await().atMost(WITHIN).until(() -> condition.test(handset(id)));
    }

    private static int handsetCount() {
        return given().get("/api/v1/handsets").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    @Test
    void aHandsetLocksToTheStrongestBaseAndShowsWhatItHears() {
        var created = create("strongest", "00C0FFEE01", 5, 0);
        assertThat(created.getString("model")).isEqualTo("S700H PRO");

        awaitHandset("strongest", h -> A_MAC.equals(h.getString("lockedBaseMac"))
                && "LOCKED_UNREGISTERED".equals(h.getString("state")));
        var handset = handset("strongest");
        assertThat(handset.getString("lockedRfpi")).isEqualTo("0123456700");
        assertThat(handset.getBoolean("reachable")).isTrue();
        assertThat(handset.getBoolean("attached")).isFalse();
        assertThat(handset.getBoolean("registered")).isFalse();
        assertThat(handset.getString("lastAttachResult.reason")).isEqualTo("not registered");
        Map<String, Float> rssi = handset.getMap("rssi");
        assertThat(rssi).containsOnlyKeys(A_MAC, B_MAC);
        assertThat(rssi.get(A_MAC)).isGreaterThan(rssi.get(B_MAC));
        assertThat(baseA.locksOf("00C0FFEE01")).isEqualTo(1);
        assertThat(baseB.locksOf("00C0FFEE01")).isZero();
    }

    @Test
    void registrationWithTheRightPinStoresTheKeyWhichSurvivesARestartOfTheEngine() throws Exception {
        DM_SUBSCRIPTIONS.pins.put("00C0FFEE02", Pin.parse("1234"));
        create("registers", "00C0FFEE02", 3, 0);
        awaitHandset("registers", h -> A_MAC.equals(h.getString("lockedBaseMac")));

        given().contentType(ContentType.JSON).body(Map.of("pin", "1234"))
                .post("/api/v1/handsets/registers/registration")
                .then().statusCode(202).body("id", equalTo("registers"));

        awaitHandset("registers", h -> "ATTACHED".equals(h.getString("state")));
        var handset = handset("registers");
        assertThat(handset.getBoolean("lastRegistrationResult.accepted")).isTrue();
        assertThat(handset.getBoolean("registered")).isTrue();
        assertThat(handset.getBoolean("attached")).isTrue();
        assertThat(handset.getBoolean("lastAttachResult.accepted")).isTrue();
        try (var connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                var query = connection.prepareStatement(
                        "SELECT registered, uak FROM handset_simulator.handset WHERE id = 'registers'");
                var row = query.executeQuery()) {
            assertThat(row.next()).isTrue();
            assertThat(row.getBoolean("registered")).isTrue();
            assertThat(row.getBytes("uak")).isEqualTo(DM_SUBSCRIPTIONS.keys.get("00C0FFEE02"));
        }

        // Everything in memory is gone; the key comes back from PostgreSQL and proves itself at the base again.
        engine.stop().get();
        engine.start().get();
        awaitHandset("registers", h -> "ATTACHED".equals(h.getString("state")) && h.getBoolean("registered"));
        assertThat(baseA.attaches.stream().filter("00C0FFEE02"::equals)).hasSize(2);
    }

    @Test
    void aWrongPinIsRefusedAndNoKeyIsKept() {
        DM_SUBSCRIPTIONS.pins.put("00C0FFEE03", Pin.parse("1234"));
        create("wrong-pin", "00C0FFEE03", 3, 0);

        given().contentType(ContentType.JSON).body(Map.of("pin", "4321"))
                .post("/api/v1/handsets/wrong-pin/registration").then().statusCode(202);

        awaitHandset("wrong-pin", h -> h.get("lastRegistrationResult") != null);
        var handset = handset("wrong-pin");
        assertThat(handset.getBoolean("lastRegistrationResult.accepted")).isFalse();
        assertThat(handset.getString("lastRegistrationResult.reason")).isEqualTo("wrong PIN");
        assertThat(handset.getBoolean("registered")).isFalse();
        assertThat(handset.getString("state")).isEqualTo("LOCKED_UNREGISTERED");
    }

    @Test
    void walkingFromBaseAsAreaIntoBaseBsReLocksExactlyOnceWithoutFlappingAtTheEdge() {
        create("walker", "00C0FFEE04", 2, 0);
        awaitHandset("walker", h -> A_MAC.equals(h.getString("lockedBaseMac")));

        // Up and down around the middle, where both bases are about as strong: hysteresis keeps it on A.
        walk("walker", List.of(Map.of("x", 19, "y", 0), Map.of("x", 22, "y", 0), Map.of("x", 18, "y", 0),
                Map.of("x", 22, "y", 0)), 10);
        awaitHandset("walker", h -> !h.getBoolean("walking"));
        assertThat(handset("walker").getLong("roams")).isZero();
        assertThat(handset("walker").getString("lockedBaseMac")).isEqualTo(A_MAC);

        walk("walker", List.of(Map.of("x", 38, "y", 0)), 10);
        awaitHandset("walker", h -> !h.getBoolean("walking") && B_MAC.equals(h.getString("lockedBaseMac")));

        var handset = handset("walker");
        assertThat(handset.getLong("roams")).isEqualTo(1);
        assertThat(handset.getDouble("position.x")).isEqualTo(38.0);
        assertThat(baseA.locksOf("00C0FFEE04")).isEqualTo(1);
        assertThat(baseB.locksOf("00C0FFEE04")).isEqualTo(1);
        await().atMost(WITHIN).until(() -> baseA.openStreamsOf("00C0FFEE04") == 0);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("multicell_simulator_roams_total").contains("multicell_simulator_handsets{state=\"ATTACHED\"}");
    }

    private static void walk(String id, List<Map<String, Integer>> path, double speed) {
        given().contentType(ContentType.JSON).body(Map.of("path", path, "speedMetresPerSecond", speed))
                .post("/api/v1/handsets/" + id + "/walk")
                .then().statusCode(202).body("walking", equalTo(true));
    }

    @Test
    void outOfRangeOfEveryBaseAHandsetIsNotReachable() {
        create("wanderer", "00C0FFEE05", 5, 0);
        awaitHandset("wanderer", h -> A_MAC.equals(h.getString("lockedBaseMac")));
        await().atMost(WITHIN).until(() -> baseA.openStreamsOf("00C0FFEE05") == 1);

        given().contentType(ContentType.JSON).body(Map.of("x", 1000, "y", 0))
                .put("/api/v1/handsets/wanderer/position")
                .then().statusCode(200).body("state", equalTo("OUT_OF_RANGE"));

        var handset = handset("wanderer");
        assertThat(handset.getBoolean("reachable")).isFalse();
        assertThat(handset.getBoolean("attached")).isFalse();
        assertThat(handset.getString("lockedBaseMac")).isNull();
        assertThat(handset.getMap("rssi")).isEmpty();
        await().atMost(WITHIN).until(() -> baseA.openStreamsOf("00C0FFEE05") == 0);
    }

    @Test
    void badInputIsRefusedNamingFieldAndRuleAndChangesNothing() {
        create("careful", "00C0FFEE06", 5, 0);
        int before = handsetCount();

        given().contentType(ContentType.JSON).body(Map.of("pin", "12a4"))
                .post("/api/v1/handsets/careful/registration")
                .then().statusCode(400).body("field", equalTo("pin")).body("rule", equalTo("must be exactly 4 digits"));
        given().contentType(ContentType.JSON).body(Map.of("pin", "12345"))
                .post("/api/v1/handsets/careful/registration")
                .then().statusCode(400).body("field", equalTo("pin"));
        given().contentType(ContentType.JSON).body(Map.of("ipui", "12345", "position", Map.of("x", 0, "y", 0)))
                .post("/api/v1/handsets")
                .then().statusCode(400).body("field", equalTo("ipui")).body("rule", equalTo("must be 10 hex digits"));
        given().contentType(ContentType.JSON).body(Map.of("ipui", "00C0FFEE07", "position", Map.of("x", 20000, "y", 0)))
                .post("/api/v1/handsets")
                .then().statusCode(400).body("field", equalTo("position.x"))
                .body("rule", equalTo("must be within the floor plan, -10000..10000 m"));
        given().contentType(ContentType.JSON).body(Map.of("ipui", "00C0FFEE07"))
                .post("/api/v1/handsets")
                .then().statusCode(400).body("field", equalTo("position")).body("rule", equalTo("is required"));
        given().contentType(ContentType.JSON).body(Map.of("id", "careful", "ipui", "00C0FFEE07",
                        "position", Map.of("x", 0, "y", 0)))
                .post("/api/v1/handsets")
                .then().statusCode(409).body("field", equalTo("id"));
        given().contentType(ContentType.JSON).body(Map.of("x", 0, "y", 10001))
                .put("/api/v1/handsets/careful/position")
                .then().statusCode(400).body("field", equalTo("position.y"));
        given().contentType(ContentType.JSON)
                .body(Map.of("path", List.of(Map.of("x", 10, "y", 0), Map.of("x", -10001, "y", 0)), "speedMetresPerSecond", 1))
                .post("/api/v1/handsets/careful/walk")
                .then().statusCode(400).body("field", equalTo("path[1].x"));
        given().contentType(ContentType.JSON)
                .body(Map.of("path", List.of(Map.of("x", 10, "y", 0)), "speedMetresPerSecond", 0))
                .post("/api/v1/handsets/careful/walk")
                .then().statusCode(400).body("field", equalTo("speedMetresPerSecond"));
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"ipuiPrefix\":\"0BA7C\",\"count\":1.5,\"position\":{\"x\":0,\"y\":0}}")
                .post("/api/v1/handsets:batch")
                .then().statusCode(400).body("field", equalTo("count")).body("rule", equalTo("must be a whole number"));
        given().get("/api/v1/handsets/nobody").then().statusCode(404).body("field", equalTo("id"));

        assertThat(handsetCount()).isEqualTo(before);
        var careful = handset("careful");
        assertThat(careful.getDouble("position.x")).isEqualTo(5.0);
        assertThat(careful.getDouble("position.y")).isEqualTo(0.0);
        assertThat(careful.getBoolean("walking")).isFalse();
        assertThat(careful.getBoolean("registrationPending")).isFalse();
    }

    @Test
    void aBatchCreatesNumberedHandsetsAndDeleteRemovesOne() throws Exception {
        // As curl sends it: the colon unescaped.
        given().urlEncodingEnabled(false).contentType(ContentType.JSON)
                .body(Map.of("ipuiPrefix", "0BA7C", "count", 3, "idPrefix", "batch",
                        "positions", List.of(Map.of("x", 1000, "y", 1000), Map.of("x", 2000, "y", 1000))))
                .post("/api/v1/handsets:batch")
                .then().statusCode(201)
                .body("id", equalTo(List.of("batch-1", "batch-2", "batch-3")))
                .body("ipui", equalTo(List.of("0BA7C00001", "0BA7C00002", "0BA7C00003")))
                .body("position.x", equalTo(List.of(1000.0f, 2000.0f, 1000.0f)))
                .body("state", hasItem("OUT_OF_RANGE"));

        given().delete("/api/v1/handsets/batch-2").then().statusCode(204);

        given().get("/api/v1/handsets/batch-2").then().statusCode(404);
        given().delete("/api/v1/handsets/batch-2").then().statusCode(404);
        try (var connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                var query = connection.prepareStatement(
                        "SELECT id FROM handset_simulator.handset WHERE id LIKE 'batch-%' ORDER BY id");
                var rows = query.executeQuery()) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("batch-1");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("batch-3");
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void aGeneratedIdIsGivenWhenTheRequestNamesNone() {
        var created = given().contentType(ContentType.JSON)
                .body(Map.of("ipui", "00C0FFEE08", "position", Map.of("x", 1000, "y", 0), "model", "R700H PRO"))
                .post("/api/v1/handsets")
                .then().statusCode(201).extract();

        String id = created.jsonPath().getString("id");
        assertThat(id).matches("hs-[0-9a-f]{6}");
        assertThat(created.header("Location")).endsWith("/api/v1/handsets/" + id);
        assertThat(handset(id).getString("model")).isEqualTo("R700H PRO");
    }

    @Test
    void readinessReportsTheBasesOfTheDm() {
        await().atMost(WITHIN).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'dect-manager-bases' }.data.basesInService", equalTo(2)));
    }

    // ---------------------------------------------------------------- calls

    /** A handset registered with PIN 1234 and attached at base A. */
    private static void attachedHandset(String id, String ipui, double x) {
        DM_SUBSCRIPTIONS.pins.put(ipui, Pin.parse("1234"));
        create(id, ipui, x, 0);
        awaitHandset(id, h -> A_MAC.equals(h.getString("lockedBaseMac")));
        given().contentType(ContentType.JSON).body(Map.of("pin", "1234"))
                .post("/api/v1/handsets/" + id + "/registration").then().statusCode(202);
        awaitHandset(id, h -> "ATTACHED".equals(h.getString("state")));
    }

    private static JsonPath currentCall(String handset) {
        return given().get("/api/v1/handsets/" + handset + "/calls/current").then().statusCode(200).extract().jsonPath();
    }

    private static void awaitCall(String handset, java.util.function.Predicate<JsonPath> condition) {
        await().atMost(WITHIN).until(() -> condition.test(currentCall(handset)));
    }

    @Test
    void aCallRingsIsAnsweredEchoesAndIsHandedOverToAnotherBaseWithoutLosingAFrame() {
        String ipui = "00C0FFEE11";
        String callId = "7d4c1a52-5b0e-4c59-9d4c-000000000011";
        attachedHandset("caller-11", ipui, 15);
        var gateway = new FakeGateway(callId, ipui);
        baseA.voice = gateway::uplink;
        baseB.voice = gateway::uplink;
        baseB.bearerArrived = (base, call) -> gateway.carry(base);
        try {
            assertThat(baseA.send(ipui, HandsetDownlink.newBuilder().setIncomingCall(IncomingCall.newBuilder()
                    .setCallId(callId).setCallingNumber("100").setCallingName("Reception").setCodec(Codec.PCMA))
                    .build())).isTrue();
            awaitCall(ipui, c -> "RINGING".equals(c.getString("state")));
            assertThat(handset("caller-11").getString("callState")).isEqualTo("RINGING");

            given().post("/api/v1/handsets/" + ipui + "/calls/current/answer").then().statusCode(202)
                    .body("answered", equalTo(true));
            await().atMost(WITHIN).until(() -> baseA.callMessages(HandsetUplink.MessageCase.CALL_ANSWER) == 1);
            gateway.carry(baseA);
            baseA.send(ipui, HandsetDownlink.newBuilder().setCallProgress(CallProgress.newBuilder().setCallId(callId)
                    .setState(CallState.CONNECTED).setCodec(Codec.PCMA)).build());
            awaitCall(ipui, c -> c.getLong("media.echoedFrames") >= 50);
            assertThat(baseA.callMessages(HandsetUplink.MessageCase.MEASUREMENT)).isPositive();

            // The DM hands over to B: both bases carry the call until the old bearer is released.
            baseA.send(ipui, HandsetDownlink.newBuilder().setHandoverCommand(HandoverCommand.newBuilder()
                    .setCallId(callId).setTargetBaseMac(B_MAC).setTargetAirEndpoint(baseB.airEndpoint())).build());
            await().atMost(WITHIN).until(() -> gateway.framesFrom(baseB) >= 25);
            awaitCall(ipui, c -> c.getList("bearerBases").size() == 2);
            gateway.drop(baseA);
            baseA.send(ipui, HandsetDownlink.newBuilder().setBearerReleased(BearerReleased.newBuilder()
                    .setCallId(callId)).build());
            await().atMost(WITHIN).until(() -> baseA.openStreamsOf(ipui) == 0);
            long echoedAtHandover = currentCall(ipui).getLong("media.echoedFrames");
            awaitCall(ipui, c -> c.getLong("media.echoedFrames") >= echoedAtHandover + 50);
            assertThat(handset("caller-11").getString("lockedBaseMac")).isEqualTo(B_MAC);

            // Keys go up as key frames and the echoing far end sends them back as DTMF events.
            given().contentType(ContentType.JSON).body(Map.of("keys", "5#")).post("/api/v1/handsets/" + ipui
                    + "/calls/current/keys").then().statusCode(200).body("keysSent", equalTo("5#"));
            awaitCall(ipui, c -> "5#".equals(c.getString("keysReceived")));
            assertThat(gateway.keys()).isEqualTo("5#");

            given().delete("/api/v1/handsets/" + ipui + "/calls/current").then().statusCode(200)
                    .body("state", equalTo("RELEASED")).body("releaseCause", equalTo("NORMAL"));
            await().atMost(WITHIN).until(() -> baseB.callMessages(HandsetUplink.MessageCase.CALL_RELEASE) == 1);

            var call = currentCall(ipui);
            assertThat(call.getString("callId")).isEqualTo(callId);
            assertThat(call.getString("direction")).isEqualTo("INCOMING");
            assertThat(call.getString("remoteNumber")).isEqualTo("100");
            assertThat(call.getString("codec")).isEqualTo("PCMA");
            assertThat(call.getInt("handovers")).isEqualTo(1);
            assertThat(call.getLong("media.lost")).isZero();
            assertThat(call.getLong("media.outOfOrder")).isZero();
            assertThat(call.getLong("media.echoLost")).isZero();
            assertThat(call.getLong("media.contentErrors")).isZero();
            assertThat(call.getLong("media.duplicatesDropped")).as("both bearers delivered for a while").isPositive();
            assertThat(call.getLong("media.framesReceived")).isGreaterThanOrEqualTo(100);
            assertThat(call.getLong("media.framesSent")).isGreaterThanOrEqualTo(gateway.uniqueUplinkFrames());
            // The gateway saw every uplink sequence from 0 without a gap, across the handover.
            assertThat(gateway.uniqueUplinkFrames()).isGreaterThanOrEqualTo(100);
            assertThat(baseB.locksOf(ipui)).isEqualTo(1);
            assertThat(baseB.attaches).doesNotContain(ipui);
        } finally {
            baseA.voice = null;
            baseB.voice = null;
            baseB.bearerArrived = null;
        }
    }

    @Test
    void aHandsetDialsAnswersPagesWithWhatItHearsAndTheCallApiRefusesWhatItCannotDo() {
        String ipui = "00C0FFEE12";
        given().get("/api/v1/handsets/nobody/calls/current").then().statusCode(404).body("field", equalTo("id"));
        given().contentType(ContentType.JSON)
                .body(Map.of("id", "auto-12", "ipui", ipui, "position", Map.of("x", 1000, "y", 0), "answerMode", "AUTO"))
                .post("/api/v1/handsets").then().statusCode(201).body("answerMode", equalTo("AUTO"))
                .body("callState", equalTo("IDLE"));
        given().contentType(ContentType.JSON).body(Map.of("number", "100")).post("/api/v1/handsets/auto-12/calls")
                .then().statusCode(409).body("field", equalTo("state")).body("rule", equalTo("must be ATTACHED"));
        given().get("/api/v1/handsets/auto-12/calls/current").then().statusCode(404).body("field", equalTo("call"));
        given().contentType(ContentType.JSON).body(Map.of("mode", "SOMETIMES")).put("/api/v1/handsets/auto-12/answer-mode")
                .then().statusCode(400).body("field", equalTo("mode"));
        given().contentType(ContentType.JSON).body(Map.of("mode", "busy")).put("/api/v1/handsets/auto-12/answer-mode")
                .then().statusCode(200).body("answerMode", equalTo("BUSY"));
        given().contentType(ContentType.JSON).body(Map.of("mode", "MANUAL")).put("/api/v1/handsets/auto-12/answer-mode")
                .then().statusCode(200);
        given().delete("/api/v1/handsets/auto-12").then().statusCode(204);

        attachedHandset("dialler-12", ipui, 10);
        for (String bad : List.of("", "12a", "0".repeat(33))) {
            given().contentType(ContentType.JSON).body(Map.of("number", bad)).post("/api/v1/handsets/dialler-12/calls")
                    .then().statusCode(400).body("field", equalTo("number"));
        }
        given().post("/api/v1/handsets/dialler-12/calls/current/answer").then().statusCode(409).body("rule", equalTo("must be RINGING"));
        given().delete("/api/v1/handsets/dialler-12/calls/current").then().statusCode(404);

        var dialled = given().contentType(ContentType.JSON).body(Map.of("number", "+49*30#1"))
                .post("/api/v1/handsets/dialler-12/calls").then().statusCode(202)
                .body("state", equalTo("DIALLING")).body("direction", equalTo("OUTGOING")).extract().jsonPath();
        String callId = dialled.getString("callId");
        given().contentType(ContentType.JSON).body(Map.of("number", "100")).post("/api/v1/handsets/dialler-12/calls")
                .then().statusCode(409).body("field", equalTo("call"));
        given().post("/api/v1/handsets/dialler-12/calls/current/answer").then().statusCode(409)
                .body("rule", equalTo("must be RINGING"));
        await().atMost(WITHIN).until(() -> baseA.callMessages.stream().anyMatch(m -> m.hasCallSetup()
                && m.getCallSetup().getCallId().equals(callId)));
        var setup = baseA.callMessages.stream().filter(m -> m.hasCallSetup()
                && m.getCallSetup().getCallId().equals(callId)).findFirst().orElseThrow().getCallSetup();
        assertThat(setup.getDialledNumber()).isEqualTo("+49*30#1");
        assertThat(setup.getHeardList()).extracting(BaseHeard::getBaseMac).containsExactly(A_MAC, B_MAC);

        baseA.send(ipui, HandsetDownlink.newBuilder().setCallRelease(io.multicell.proto.air.v1.CallRelease.newBuilder()
                .setCallId(callId).setCause(ReleaseCause.BUSY).setSipStatus(486).setReason("Busy Here")).build());
        awaitCall("dialler-12", c -> "RELEASED".equals(c.getString("state")));
        var released = currentCall("dialler-12");
        assertThat(released.getString("releaseCause")).isEqualTo("BUSY");
        assertThat(released.getInt("sipStatus")).isEqualTo(486);
        assertThat(released.getString("releaseReason")).isEqualTo("Busy Here");
        given().delete("/api/v1/handsets/dialler-12/calls/current").then().statusCode(409);

        baseA.send(ipui, HandsetDownlink.newBuilder().setPage(Page.newBuilder().setPageId("page-12")).build());
        await().atMost(WITHIN).until(() -> baseA.callMessages.stream().anyMatch(m -> m.hasPageResponse()
                && m.getPageResponse().getPageId().equals("page-12")));
        var answer = baseA.callMessages.stream().filter(m -> m.hasPageResponse()
                && m.getPageResponse().getPageId().equals("page-12")).findFirst().orElseThrow().getPageResponse();
        assertThat(answer.getHeardList()).extracting(BaseHeard::getBaseMac).containsExactly(A_MAC, B_MAC);
        assertThat(answer.getHeard(0).getRssiDbm()).isGreaterThan(answer.getHeard(1).getRssiDbm());
    }
}
