package io.multicell.integrator.basestation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import grpc.health.v1.HealthGrpc;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse.ServingStatus;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.multicell.integrator.testing.FakeDectManager;
import io.multicell.integrator.testing.FakeSipGateway;
import io.multicell.integrator.testing.IntegratorTestResource;
import io.multicell.integrator.testing.TestUsers;
import io.multicell.proto.manager.v1.BaseStationConfig;
import io.multicell.proto.manager.v1.SyncSlaveType;
import io.multicell.testing.MulticellTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The base station API against a real PostgreSQL and a fake DM served over real gRPC. */
@QuarkusTest
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
class BaseStationApiQuarkusTest {

    static final String BASES = "/api/v1/base-stations";
    static final String MAC1 = "7C:2F:80:00:00:01";
    static final String MAC2 = "7C:2F:80:00:00:02";
    static final String MAC3 = "7C:2F:80:00:00:03";
    static final String MAC4 = "7C:2F:80:00:00:04";

    @ConfigProperty(name = IntegratorTestResource.DM_PORT)
    int dmPort;

    @ConfigProperty(name = IntegratorTestResource.SIP_PORT)
    int sipPort;

    @ConfigProperty(name = "quarkus.grpc.server.test-port")
    int grpcPort;

    @Inject
    DataSource dataSource;

    FakeDectManager dm;

    @BeforeEach
    void startFromAnEmptyPlan() {
        TestUsers.activateUserRole(); // off on a fresh database, as the manual says
        dm = FakeDectManager.runningOn(dmPort);
        // The SIP gateway is up as in a real system; these tests do not touch VoIP accounts, so it is never required.
        FakeSipGateway.runningOn(sipPort);
        awaitDmConnected();
        List<String> confirmed = admin().get(BASES).then().statusCode(200).extract().path("connected.mac");
        if (!confirmed.isEmpty()) {
            admin().queryParam("mac", confirmed).delete(BASES).then().statusCode(204);
        }
        admin().body(Map.of("enabled", true)).put(BASES + "/led-display").then().statusCode(200);
        dm.reset();
        await().atMost(Duration.ofSeconds(10)).until(() -> dm.plan().getRevision() == storedRevision());
    }

    @Test
    void requestsWithoutCredentialsAreRejected() {
        given().get(BASES).then().statusCode(401);
        given().get("/api/v1/incidents").then().statusCode(401);
        given().get("/api/v1/dect-manager").then().statusCode(401);
        given().auth().preemptive().basic("admin", "wrong").get(BASES).then().statusCode(401);
        given().get("/q/health").then().statusCode(200);
    }

    @Test
    void theUserRoleCannotAdministerBaseStationsOrIncidents() {
        dm.announce(MAC2, 0, 0, false);

        user().get(BASES).then().statusCode(403);
        user().get(BASES + "/" + MAC2).then().statusCode(403);
        user().body(Map.of("mac", MAC2)).post(BASES).then().statusCode(403);
        user().get(BASES + "/synchronisation").then().statusCode(403);
        // The manual: the incident list "is available for both the user role admin and user. The user is not allowed to
        // delete entries."
        user().get("/api/v1/incidents").then().statusCode(200);
        user().delete("/api/v1/incidents").then().statusCode(403);
        user().get("/api/v1/dect-manager").then().statusCode(200).body("name", equalTo(FakeDectManager.NAME));

        assertThat(dm.plansReceived()).isEmpty();
    }

    @Test
    void confirmingAPendingBaseMakesItConnectedAndPersistsIt() throws SQLException {
        dm.announce(MAC2, 3, 4, false);
        admin().get(BASES).then().statusCode(200)
                .body("dmConnected", equalTo(true))
                .body("connected", hasSize(0))
                .body("pending.mac", hasItem(MAC2))
                .body("pending[0].position.x", equalTo(3.0f))
                .body("pending[0].firmware", equalTo("2.54.0"));
        long revision = storedRevision();

        admin().body(Map.of("mac", "7c-2f-80-00-00-02", "name", "Reception")).post(BASES).then()
                .statusCode(201)
                .header("Location", endsWith(BASES + "/" + MAC2))
                .body("mac", equalTo(MAC2))
                .body("name", equalTo("Reception"))
                .body("rpn", equalTo("01"))
                .body("rfpi", equalTo(FakeDectManager.PARI + "01"))
                .body("dmName", equalTo("DM1"))
                .body("ipAddressType", equalTo("DHCP"))
                .body("activated", equalTo(true))
                .body("cluster", equalTo(1))
                .body("syncLevel", equalTo(2))
                .body("syncLevelLabel", equalTo("2"))
                .body("syncSlave", equalTo("DECT"))
                .body("lanMaster", equalTo(false))
                .body("position.x", equalTo(3.0f))
                .body("position.y", equalTo(4.0f))
                .body("status", equalTo("No sync"))
                .body("statusCode", equalTo("NO_SYNC"))
                .body("local", equalTo(false));

        admin().get(BASES).then().statusCode(200)
                .body("connected.mac", equalTo(List.of(MAC2)))
                .body("pending.mac", not(hasItem(MAC2)));
        admin().get(BASES + "/7c2f80000002").then().statusCode(200).body("name", equalTo("Reception"));
        assertThat(storedRow(MAC2)).hasValueSatisfying(row -> {
            assertThat(row.get("name")).isEqualTo("Reception");
            assertThat(row.get("rpn")).isEqualTo(1);
            assertThat(row.get("rfpi")).isEqualTo("1A2B3C4D01");
        });
        assertThat(storedRevision()).isEqualTo(revision + 1);
        BaseStationConfig sent = dm.plan().getBaseStations(0);
        assertThat(dm.plan().getRevision()).isEqualTo(revision + 1);
        assertThat(sent.getName()).isEqualTo("Reception");
        assertThat(sent.getSyncSlave()).isEqualTo(SyncSlaveType.SYNC_SLAVE_DECT);

        admin().body(Map.of("mac", MAC2)).post(BASES).then().statusCode(409).body("field", equalTo("mac"));
        admin().body(Map.of("mac", "7c2f800000ff")).post(BASES).then().statusCode(400)
                .body("field", equalTo("mac")).body("rule", equalTo("must be a pending base station"));
    }

    @Test
    void theLocalBaseIsConfirmedAsLocalBS() {
        dm.announce(MAC1, 0, 0, true);

        admin().body(Map.of("mac", MAC1, "syncLevel", 1)).post(BASES).then().statusCode(201)
                .body("name", equalTo("LocalBS"))
                .body("local", equalTo(true))
                .body("syncSlave", nullValue())
                .body("status", equalTo("Sync"))
                .body("syncType", equalTo("1"));

        admin().body(Map.of("name", "Server room")).put(BASES + "/" + MAC1).then().statusCode(200).body("name", equalTo("Server room"));
        admin().body(Map.of("name", "")).put(BASES + "/" + MAC1).then().statusCode(200).body("name", equalTo("LocalBS"));
    }

    @Test
    void invalidChangesAreRejectedWithTheFieldAndChangeNothing() throws SQLException {
        dm.announce(MAC1, 0, 0, false);
        dm.announce(MAC2, 5, 0, false);
        confirm(Map.of("mac", MAC1, "name", "Master", "syncLevel", 1));
        confirm(Map.of("mac", MAC2, "name", "Hall"));
        int plansBefore = dm.plansReceived().size();
        Optional<Map<String, Object>> rowBefore = storedRow(MAC2);

        rejected(admin().body(Map.of("name", "x".repeat(33))).put(BASES + "/" + MAC2), 400, "name");
        rejected(admin().body(Map.of("cluster", 10)).put(BASES + "/" + MAC2), 400, "cluster");
        rejected(admin().body(Map.of("lanMaster", true)).put(BASES + "/" + MAC2), 400, "lanMaster");
        rejected(admin().body(Map.of("syncLevel", 1)).put(BASES + "/" + MAC2), 400, "syncLevel");
        rejected(admin().body(Map.of("syncLevel", 1)).put(BASES + "/" + MAC2 + "/synchronisation"), 400, "syncLevel");
        rejected(admin().body(Map.of("ipAddressType", "STATIC")).put(BASES + "/" + MAC2), 400, "staticIpAddress");
        rejected(admin().body(Map.of("cluster", "two")).put(BASES + "/" + MAC2), 400, "cluster");
        rejected(admin().body(Map.of("position", Map.of("x", 20_000))).put(BASES + "/" + MAC2), 400, "position.x");
        rejected(admin().body(Map.of("name", "Elsewhere")).put(BASES + "/7C:2F:80:00:00:99"), 404, "mac");
        rejected(admin().body(Map.of("name", "Elsewhere")).put(BASES + "/not-a-mac"), 400, "mac");

        admin().get(BASES + "/" + MAC2).then().statusCode(200)
                .body("name", equalTo("Hall"))
                .body("cluster", equalTo(1))
                .body("syncLevel", equalTo(2))
                .body("lanMaster", equalTo(false))
                .body("ipAddressType", equalTo("DHCP"));
        assertThat(storedRow(MAC2)).isEqualTo(rowBefore);
        assertThat(dm.plansReceived()).hasSize(plansBefore);
    }

    @Test
    void whenTheDmIsDownChangesAnswer503AndChangeNothing() throws Exception {
        dm.announce(MAC2, 0, 0, false);
        dm.announce(MAC3, 0, 0, false);
        confirm(Map.of("mac", MAC2, "name", "Hall"));
        long revision = storedRevision();

        dm.stop();
        try {
            admin().body(Map.of("name", "Moved")).put(BASES + "/" + MAC2).then()
                    .statusCode(503).body("message", equalTo("DECT manager not reachable"));
            admin().body(Map.of("mac", MAC3)).post(BASES).then().statusCode(503);
            admin().delete(BASES + "/" + MAC2).then().statusCode(503);
            admin().body(Map.of("enabled", false)).put(BASES + "/led-display").then().statusCode(503);

            admin().get(BASES).then().statusCode(200)
                    .body("dmConnected", equalTo(false))
                    .body("connected.mac", equalTo(List.of(MAC2)))
                    .body("connected[0].name", equalTo("Hall"))
                    .body("connected[0].status", equalTo("Offline"))
                    .body("pending", hasSize(0));
            admin().get("/api/v1/dect-manager").then().statusCode(200)
                    .body("connected", equalTo(false)).body("name", equalTo("DM1"));
        } finally {
            dm.start();
        }
        awaitDmConnected();

        assertThat(storedRevision()).isEqualTo(revision);
        assertThat(dm.plansReceived()).flatExtracting(p -> p.getBaseStationsList())
                .extracting(BaseStationConfig::getName).doesNotContain("Moved");
        admin().get(BASES + "/" + MAC2).then().statusCode(200).body("name", equalTo("Hall"));
        admin().get(BASES + "/led-display").then().statusCode(200).body("enabled", equalTo(true));
    }

    @Test
    void aDmRefusalIsReportedAsABadRequestAndChangesNothing() {
        dm.announce(MAC2, 0, 0, false);
        confirm(Map.of("mac", MAC2, "name", "Hall"));
        dm.rejectNextPlan(Status.INVALID_ARGUMENT.withDescription("baseStations[" + MAC2 + "].name: is reserved"));

        admin().body(Map.of("name", "DM")).put(BASES + "/" + MAC2).then().statusCode(400)
                .body("field", equalTo("baseStations[" + MAC2 + "].name"))
                .body("rule", equalTo("is reserved"));

        admin().get(BASES + "/" + MAC2).then().statusCode(200).body("name", equalTo("Hall"));
    }

    @Test
    void editsKeepAbsentFieldsAndReachTheDm() {
        dm.announce(MAC2, 3, 4, false);
        confirm(Map.of("mac", MAC2, "name", "Hall", "cluster", 2));

        admin().body(Map.of("name", "Lobby", "position", Map.of("x", 10))).put(BASES + "/" + MAC2).then().statusCode(200)
                .body("name", equalTo("Lobby"))
                .body("cluster", equalTo(2))
                .body("position.x", equalTo(10.0f))
                .body("position.y", equalTo(4.0f));
        admin().body(Map.of("syncMasterRedundancy", true)).put(BASES + "/" + MAC2 + "/synchronisation").then().statusCode(200)
                .body("syncLevel", equalTo(2))
                .body("syncLevelLabel", equalTo("2 1"))
                .body("name", equalTo("Lobby"));
        admin().body(Map.of("x", 1.5, "y", -2)).put(BASES + "/" + MAC2 + "/position").then().statusCode(200)
                .body("position.x", equalTo(1.5f))
                .body("position.y", equalTo(-2.0f));

        BaseStationConfig sent = dm.plan().getBaseStations(0);
        assertThat(sent.getName()).isEqualTo("Lobby");
        assertThat(sent.getSyncMasterRedundancy()).isTrue();
        assertThat(sent.getPosition().getX()).isEqualTo(1.5);
    }

    @Test
    void aDmThatLostItsPlanGetsItBack() {
        dm.announce(MAC2, 0, 0, false);
        confirm(Map.of("mac", MAC2, "name", "Hall"));

        dm.forgetPlan();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(dm.plan().getRevision()).isEqualTo(storedRevision()).isPositive();
            assertThat(dm.plan().getBaseStationsList()).extracting(BaseStationConfig::getName).containsExactly("Hall");
        });
    }

    @Test
    void deletedBasesArePendingAgain() {
        dm.announce(MAC1, 0, 0, false);
        dm.announce(MAC2, 0, 0, false);
        confirm(Map.of("mac", MAC1, "syncLevel", 1));
        confirm(Map.of("mac", MAC2));

        admin().delete(BASES + "/7c2f80000002").then().statusCode(204);
        admin().get(BASES).then().statusCode(200)
                .body("connected.mac", equalTo(List.of(MAC1)))
                .body("pending.mac", hasItem(MAC2));
        admin().delete(BASES + "/" + MAC2).then().statusCode(404).body("field", equalTo("mac"));

        admin().queryParam("mac", MAC1, "7C:2F:80:00:00:99").delete(BASES).then().statusCode(404);
        admin().get(BASES).then().body("connected.mac", equalTo(List.of(MAC1)));
        admin().delete(BASES).then().statusCode(400).body("field", equalTo("mac"));
        admin().queryParam("mac", MAC1).delete(BASES).then().statusCode(204);
        admin().get(BASES).then().body("connected", hasSize(0)).body("pending.mac", equalTo(List.of(MAC1, MAC2)));
        assertThat(dm.plan().getBaseStationsList()).isEmpty();
    }

    @Test
    void rebootReachesOnlineBasesOnly() {
        dm.announce(MAC2, 0, 0, false);
        confirm(Map.of("mac", MAC2));

        admin().post(BASES + "/" + MAC2 + "/reboot").then().statusCode(202);
        assertThat(dm.reboots()).containsExactly(MAC2);

        dm.setOnline(MAC2, false);
        admin().post(BASES + "/" + MAC2 + "/reboot").then().statusCode(409).body("field", equalTo("mac"));
        admin().post(BASES + "/7C:2F:80:00:00:99/reboot").then().statusCode(404).body("field", equalTo("mac"));
        assertThat(dm.reboots()).containsExactly(MAC2);
    }

    @Test
    void ledDisplayIsSwitchedOnTheDmAndRemembered() {
        admin().get(BASES + "/led-display").then().statusCode(200).body("enabled", equalTo(true));

        admin().body(Map.of("enabled", false)).put(BASES + "/led-display").then().statusCode(200).body("enabled", equalTo(false));

        assertThat(dm.ledDisplay()).isFalse();
        admin().get(BASES + "/led-display").then().statusCode(200).body("enabled", equalTo(false));
        admin().body(Map.of()).put(BASES + "/led-display").then().statusCode(400).body("field", equalTo("enabled"));
    }

    @Test
    void exportedBasesCanBeImportedAgainWithoutTheLocalBase() {
        dm.announce(MAC1, 0, 0, true);
        dm.announce(MAC2, 0, 0, false);
        dm.announce(MAC3, 0, 0, false);
        confirm(Map.of("mac", MAC1, "syncLevel", 1));
        confirm(Map.of("mac", MAC2, "name", "Hall", "syncMasterRedundancy", true));
        confirm(Map.of("mac", MAC3, "name", "Stairs", "ipAddressType", "STATIC", "staticIpAddress", "10.0.0.3",
                "syncLevel", 3, "syncSlave", "LAN"));

        admin().body(Map.of("macs", List.of("7c2f80000002"))).post(BASES + "/export").then().statusCode(200)
                .body("baseStations.mac", equalTo(List.of(MAC2)));
        Map<String, Object> document = admin().body(Map.of()).post(BASES + "/export").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .body("format", equalTo("multicell-base-stations/v1"))
                .body("exportedAt", notNullValue())
                .body("baseStations.mac", equalTo(List.of(MAC1, MAC2, MAC3)))
                .body("baseStations[2].staticIpAddress", equalTo("10.0.0.3"))
                .extract().as(Map.class);
        admin().queryParam("mac", MAC1, MAC2, MAC3).delete(BASES).then().statusCode(204);

        admin().queryParam("ipAddressType", "DHCP").body(document).post(BASES + "/import").then().statusCode(200)
                .body("imported", equalTo(2))
                .body("added", equalTo(List.of(MAC2, MAC3)))
                .body("changed", equalTo(List.of()))
                .body("skipped", equalTo(List.of(MAC1)));

        admin().get(BASES).then().statusCode(200).body("connected.mac", equalTo(List.of(MAC2, MAC3)));
        admin().get(BASES + "/" + MAC2).then().body("name", equalTo("Hall")).body("syncLevelLabel", equalTo("2 1"));
        admin().get(BASES + "/" + MAC3).then()
                .body("name", equalTo("Stairs"))
                .body("ipAddressType", equalTo("DHCP"))
                .body("staticIpAddress", equalTo("10.0.0.3"))
                .body("syncLevel", equalTo(3))
                .body("syncSlave", equalTo("LAN"));
    }

    @Test
    void anImportWithOneBadBaseImportsNothing() {
        dm.announce(MAC2, 0, 0, false);
        var good = Map.of("mac", MAC2, "name", "Hall");
        var bad = Map.of("mac", MAC3, "name", "Stairs", "cluster", 12);
        var document = Map.of("format", "multicell-base-stations/v1", "baseStations", List.of(good, bad));

        admin().body(document).post(BASES + "/import").then().statusCode(400)
                .body("field", equalTo("baseStations[1].cluster"));
        admin().body(Map.of("format", "something-else", "baseStations", List.of(good))).post(BASES + "/import").then()
                .statusCode(400).body("field", equalTo("format"));
        var twoMasters = Map.of("format", "multicell-base-stations/v1", "baseStations", List.of(
                Map.of("mac", MAC2, "syncLevel", 1), Map.of("mac", MAC3, "syncLevel", 1)));
        admin().body(twoMasters).post(BASES + "/import").then().statusCode(400)
                .body("field", equalTo("baseStations[1].syncLevel"));

        admin().get(BASES).then().body("connected", hasSize(0));
        assertThat(dm.plansReceived()).isEmpty();
    }

    @Test
    void theSynchronisationListShowsActivatedBasesByClusterAndLevel() {
        for (String mac : List.of(MAC1, MAC2, MAC3, MAC4)) {
            dm.announce(mac, 0, 0, false);
        }
        confirm(Map.of("mac", MAC3, "cluster", 2, "syncLevel", 1, "lanMaster", true));
        confirm(Map.of("mac", MAC2, "cluster", 1, "syncLevel", 2));
        confirm(Map.of("mac", MAC1, "cluster", 1, "syncLevel", 1));
        confirm(Map.of("mac", MAC4, "cluster", 1, "syncLevel", 3, "activated", false));

        admin().get(BASES + "/synchronisation").then().statusCode(200)
                .body("mac", equalTo(List.of(MAC1, MAC2, MAC3)))
                .body("cluster", equalTo(List.of(1, 1, 2)))
                .body("syncLevelLabel", equalTo(List.of("1", "2", "1")))
                .body("lanMaster", equalTo(List.of(false, false, true)))
                .body("syncType", equalTo(List.of("1", "D", "1")))
                .body("[1].syncSourceMac", equalTo(MAC1))
                .body("[1].reference", equalTo("Cluster 1"))
                .body("[1].status", equalTo("Sync"))
                .body("[0].dmName", equalTo("DM1"));

        admin().post(BASES + "/synchronisation/synchronise-all").then().statusCode(200).body("changed", equalTo(4));
        admin().body(Map.of("syncSlave", "LAN")).post(BASES + "/synchronisation/clusters/1/synchronise").then()
                .statusCode(200).body("changed", equalTo(3));
        assertThat(dm.synchronisations()).extracting(r -> r.getCluster() + "/" + r.getSyncSlave())
                .containsExactly("0/SYNC_SLAVE_NONE", "1/SYNC_SLAVE_LAN");

        admin().body(Map.of()).post(BASES + "/synchronisation/clusters/10/synchronise").then().statusCode(400)
                .body("field", equalTo("cluster"));
        admin().body(Map.of()).post(BASES + "/synchronisation/clusters/one/synchronise").then().statusCode(400)
                .body("field", equalTo("cluster"));
        admin().body(Map.of("syncSlave", "AIR")).post(BASES + "/synchronisation/clusters/1/synchronise").then()
                .statusCode(400).body("field", equalTo("syncSlave"));
        assertThat(dm.synchronisations()).hasSize(2);
    }

    @Test
    void everyUserSeesTheDectManager() throws SQLException {
        user().get("/api/v1/dect-manager").then().statusCode(200)
                .body("name", equalTo("DM1"))
                .body("pari", equalTo(FakeDectManager.PARI))
                .body("rpnGroup", equalTo(0))
                .body("planRevision", equalTo((int) storedRevision()))
                .body("connected", equalTo(true));
    }

    @Test
    void badJsonIsABadRequestWithAMessage() {
        admin().body("{\"mac\":").post(BASES).then().statusCode(400).body("message", notNullValue());
        admin().body("[1, 2]").post(BASES).then().statusCode(400).body("message", notNullValue());
        admin().body("{\"mac\": \"" + MAC2 + "\", \"activated\": \"yes\"}").post(BASES).then().statusCode(400)
                .body("field", equalTo("activated"));
        admin().body("{\"mac\": \"" + MAC2 + "\", \"syncLevel\": 1.5}").post(BASES).then().statusCode(400)
                .body("field", equalTo("syncLevel"));
        assertThat(dm.plansReceived()).isEmpty();
    }

    @Test
    void changesAreCountedAndConfirmedBasesGauged() {
        dm.announce(MAC2, 0, 0, false);
        confirm(Map.of("mac", MAC2));
        admin().body(Map.of("cluster", 10)).put(BASES + "/" + MAC2).then().statusCode(400);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics)
                .containsPattern("multicell_integrator_api_changes_total\\{[^}]*operation=\"confirm\"[^}]*result=\"applied\"[^}]*} [1-9]")
                .containsPattern("multicell_integrator_api_changes_total\\{[^}]*operation=\"update\"[^}]*result=\"invalid\"[^}]*} [1-9]")
                .containsPattern("multicell_integrator_base_stations_confirmed(\\{[^}]*})? 1\\.0");
    }

    @Test
    void grpcHealthIsServedOnTheGrpcPort() throws InterruptedException {
        var channel = ManagedChannelBuilder.forAddress("127.0.0.1", grpcPort).usePlaintext().build();
        try {
            var status = HealthGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS)
                    .check(HealthCheckRequest.newBuilder().setService("").build()).getStatus();
            assertThat(status).isEqualTo(ServingStatus.SERVING);
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDocumentedForOpenApi() {
        Map<String, Object> document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Multicell integrator API"))
                .extract().as(Map.class);
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) document.get("paths");

        assertThat(paths).containsKeys(BASES, BASES + "/{mac}", BASES + "/{mac}/reboot", BASES + "/{mac}/synchronisation",
                BASES + "/{mac}/position", BASES + "/led-display", BASES + "/export", BASES + "/import",
                BASES + "/synchronisation", BASES + "/synchronisation/synchronise-all",
                BASES + "/synchronisation/clusters/{cluster}/synchronise", "/api/v1/dect-manager", "/api/v1/incidents",
                "/api/v1/incidents/{id}");
        paths.entrySet().stream().filter(p -> p.getKey().startsWith("/api/")).forEach(path ->
                path.getValue().forEach((method, operation) -> {
                    assertThat(operation).as(method + " " + path.getKey()).containsKeys("summary", "tags");
                }));
    }

    // --- helpers ---

    static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin").contentType(ContentType.JSON);
    }

    static RequestSpecification user() {
        return given().auth().preemptive().basic("user", "user").contentType(ContentType.JSON);
    }

    static void confirm(Map<String, ?> body) {
        admin().body(body).post(BASES).then().statusCode(201);
    }

    static void rejected(io.restassured.response.Response response, int status, String field) {
        ValidatableResponse then = response.then();
        then.statusCode(status).body("field", equalTo(field)).body("rule", notNullValue()).body("message", notNullValue());
    }

    static void awaitDmConnected() {
        // A restarted DM is found again once the gRPC channel's reconnect back-off has passed.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                user().get("/api/v1/dect-manager").then().extract().<Boolean>path("connected"));
    }

    long storedRevision() throws SQLException {
        try (var c = dataSource.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT revision FROM integrator.plan_revision")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    Optional<Map<String, Object>> storedRow(String mac) throws SQLException {
        try (var c = dataSource.getConnection();
             var st = c.prepareStatement("SELECT name, cluster, sync_level, lan_master, ip_address_type, rpn, rfpi, updated_at"
                     + " FROM integrator.base_station WHERE mac = ?")) {
            st.setString(1, mac);
            try (var rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(Map.of(
                        "name", rs.getString("name"),
                        "cluster", rs.getInt("cluster"),
                        "syncLevel", rs.getInt("sync_level"),
                        "lanMaster", rs.getBoolean("lan_master"),
                        "ipAddressType", rs.getString("ip_address_type"),
                        "rpn", rs.getInt("rpn"),
                        "rfpi", rs.getString("rfpi"),
                        "updatedAt", rs.getTimestamp("updated_at").toInstant()));
            }
        }
    }
}
