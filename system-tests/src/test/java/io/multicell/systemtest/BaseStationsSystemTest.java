package io.multicell.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.multicell.core.identity.MacAddress;
import io.multicell.proto.events.v1.SyncStateChanged;
import io.multicell.proto.manager.v1.BaseStationStatus;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Chapter "Base stations" of the manual over the real cluster: three bases join, are confirmed by the admin,
 * synchronise over the air, survive kills and restarts; bad input changes nothing. The steps build on each
 * other like an installer's afternoon, so they run in order on one cluster.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BaseStationsSystemTest {

    private static final String BASE_1 = MacAddress.forInstance(1).value();
    private static final String BASE_2 = MacAddress.forInstance(2).value();
    private static final String BASE_3 = MacAddress.forInstance(3).value();
    private static final Duration SETTLE = IntegratorApi.SETTLE;

    private MiniMulticellCluster cluster;
    private IntegratorApi api;
    private TopicReader syncTopic;

    @BeforeAll
    void startCluster() throws Exception {
        cluster = MiniMulticellCluster.start();
        api = new IntegratorApi(cluster.integratorUrl());
        syncTopic = new TopicReader(cluster.kafkaBootstrap(), "multicell.sync.v1");
    }

    @AfterAll
    void stopCluster() {
        if (syncTopic != null) {
            syncTopic.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    private RequestSpecification admin() {
        return api.admin();
    }

    private JsonPath baseStations() {
        return api.baseStations();
    }

    private Map<String, Object> baseStation(String mac) {
        return api.baseStation(mac);
    }

    private void awaitStatus(String mac, String status) {
        api.awaitStatus(mac, status);
    }

    @Test
    @Order(1)
    void apiRequiresTheManualsCredentials() {
        given().baseUri(cluster.integratorUrl()).get("/api/v1/base-stations").then().statusCode(401);
        given().baseUri(cluster.integratorUrl()).auth().preemptive().basic("admin", "wrong")
                .get("/api/v1/base-stations").then().statusCode(401);
    }

    @Test
    @Order(2)
    void threeBasesAppearPendingAndConfirmingGivesDistinctRpnsSharingOnePari() {
        api.awaitPending(BASE_1, BASE_2, BASE_3);

        confirm(Map.of("mac", BASE_1, "name", "", "cluster", 1, "syncLevel", 1));
        confirm(Map.of("mac", BASE_2, "name", "Reception", "cluster", 1, "syncLevel", 2, "syncSlave", "DECT"));
        confirm(Map.of("mac", BASE_3, "name", "Warehouse", "cluster", 1, "syncLevel", 2, "syncSlave", "DECT"));

        JsonPath list = baseStations();
        assertThat(list.getList("pending.mac", String.class)).doesNotContain(BASE_1, BASE_2, BASE_3);
        List<Map<String, Object>> connected = list.getList("connected");
        assertThat(connected).hasSize(3);
        String pari = admin().get("/api/v1/dect-manager").then().statusCode(200).extract().path("pari");
        assertThat(connected).extracting(b -> b.get("rpn")).doesNotHaveDuplicates();
        assertThat(connected).allSatisfy(b ->
                assertThat((String) b.get("rfpi")).isEqualTo(pari + b.get("rpn")));
        assertThat(baseStation(BASE_1).get("name")).as("the base co-located with the DM").isEqualTo("LocalBS");
        assertThat(baseStation(BASE_2).get("name")).isEqualTo("Reception");
    }

    private void confirm(Map<String, Object> body) {
        api.confirm(body);
    }

    @Test
    @Order(3)
    void basesInRangeOfTheMasterReachSyncAndSyncEventsArriveInOrder() {
        awaitStatus(BASE_1, "Sync");
        awaitStatus(BASE_2, "Sync");
        awaitStatus(BASE_3, "Sync");

        Map<String, Object> reception = baseStation(BASE_2);
        assertThat(reception.get("syncType")).isEqualTo("D");
        assertThat(reception.get("reference")).isEqualTo("Cluster 1");
        assertThat(reception.get("syncSourceRfpi")).isEqualTo(baseStation(BASE_1).get("rfpi"));
        assertThat(baseStation(BASE_1).get("syncType")).as("level 1 runs free").isEqualTo("1");

        await().atMost(SETTLE).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> records = syncTopic.poll();
            Map<String, List<SyncStateChanged>> byBase = records.stream().collect(Collectors.groupingBy(
                    ConsumerRecord::key, Collectors.mapping(r -> parse(r.value()), Collectors.toList())));
            for (String mac : List.of(BASE_1, BASE_2, BASE_3)) {
                List<SyncStateChanged> events = byBase.getOrDefault(mac, List.of());
                assertThat(events).as("sync events of %s", mac).isNotEmpty();
                assertThat(events).extracting(SyncStateChanged::getSequence).as("per-base order").isSorted();
                assertThat(events.get(events.size() - 1).getStatus()).isEqualTo(BaseStationStatus.SYNC);
                assertThat(events).allSatisfy(e -> assertThat(e.getEventId()).isNotBlank());
            }
            // A slave can only synchronise once its master runs: the master's Sync comes first on the topic.
            assertThat(firstSyncOffset(records, BASE_2)).isGreaterThan(firstSyncOffset(records, BASE_1));
            assertThat(firstSyncOffset(records, BASE_3)).isGreaterThan(firstSyncOffset(records, BASE_1));
        });
    }

    private static SyncStateChanged parse(byte[] value) {
        try {
            return SyncStateChanged.parseFrom(value);
        } catch (Exception e) {
            throw new AssertionError("not a SyncStateChanged", e);
        }
    }

    private static long firstSyncOffset(List<ConsumerRecord<String, byte[]>> records, String mac) {
        return records.stream()
                .filter(r -> r.key().equals(mac) && parse(r.value()).getStatus() == BaseStationStatus.SYNC)
                .mapToLong(ConsumerRecord::offset).min().orElse(Long.MAX_VALUE);
    }

    @Test
    @Order(4)
    void invalidInputIsRefusedWithTheFieldAndChangesNothing() {
        String before = admin().get("/api/v1/base-stations/synchronisation").then().statusCode(200).extract().asString();

        assertRefused(admin().body(Map.of("name", "x".repeat(33))).put("/api/v1/base-stations/{mac}", BASE_2), "name");
        assertRefused(admin().body(Map.of("cluster", 1, "syncLevel", 1))
                .put("/api/v1/base-stations/{mac}/synchronisation", BASE_3), "syncLevel");
        assertRefused(admin().body(Map.of("cluster", 1, "syncLevel", 2, "syncSlave", "DECT", "lanMaster", true))
                .put("/api/v1/base-stations/{mac}/synchronisation", BASE_2), "lanMaster");
        assertRefused(admin().body(Map.of("cluster", 10, "syncLevel", 2, "syncSlave", "DECT"))
                .put("/api/v1/base-stations/{mac}/synchronisation", BASE_2), "cluster");
        assertRefused(admin().body(Map.of("mac", "02:00:00:00:00:99", "name", "Ghost"))
                .post("/api/v1/base-stations"), "mac");
        admin().get("/api/v1/base-stations/{mac}", "02:00:00:00:00:99").then().statusCode(404);

        assertThat(baseStation(BASE_2).get("name")).isEqualTo("Reception");
        assertThat(admin().get("/api/v1/base-stations/synchronisation").then().extract().asString()).isEqualTo(before);
    }

    private static void assertRefused(io.restassured.response.Response response, String field) {
        IntegratorApi.assertRefused(response, field);
    }

    @Test
    @Order(5)
    void baseOutOfRangeOfEveryBetterLevelStaysNoSyncUntilMovedIntoRange() {
        admin().body(Map.of("x", 300.0, "y", 0.0)).put("/api/v1/base-stations/{mac}/position", BASE_3).then().statusCode(200);
        awaitStatus(BASE_3, "No sync");
        assertThat(baseStation(BASE_2).get("status")).as("its neighbour is unaffected").isEqualTo("Sync");

        admin().body(Map.of("x", 0.0, "y", 20.0)).put("/api/v1/base-stations/{mac}/position", BASE_3).then().statusCode(200);
        awaitStatus(BASE_3, "Sync");
    }

    @Test
    @Order(6)
    void killedBaseGoesOfflineRaisesAnIncidentAndComesBackWithoutAdminAction() {
        cluster.kill("base-station-2");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(baseStation(BASE_2).get("status")).isEqualTo("Offline"));
        await().atMost(SETTLE).untilAsserted(() -> {
            List<Map<String, Object>> incidents = admin().get("/api/v1/incidents").then().statusCode(200)
                    .extract().jsonPath().getList("");
            assertThat(incidents).anySatisfy(i -> {
                assertThat(i.get("code")).isEqualTo("BASE_STATION_OFFLINE");
                assertThat(i.get("baseMac")).isEqualTo(BASE_2);
                assertThat(i.get("severity")).isEqualTo("CRITICAL");
            });
        });

        cluster.startProcess("base-station-2");
        awaitStatus(BASE_2, "Sync");
    }

    @Test
    @Order(7)
    void restartingTheDectManagerAndTheIntegratorLosesNoAssignmentOrName() {
        List<Map<String, Object>> before = baseStations().getList("connected");

        cluster.kill("dect-manager");
        cluster.startProcess("dect-manager");
        cluster.awaitReady("dect-manager");
        cluster.restart("integrator");

        for (String mac : List.of(BASE_1, BASE_2, BASE_3)) {
            awaitStatus(mac, "Sync");
        }
        List<Map<String, Object>> after = baseStations().getList("connected");
        assertThat(after).extracting(b -> List.of(b.get("mac"), b.get("name"), b.get("rpn"), b.get("rfpi")))
                .containsExactlyInAnyOrderElementsOf(before.stream()
                        .map(b -> List.of(b.get("mac"), b.get("name"), b.get("rpn"), b.get("rfpi"))).toList());
    }
}
