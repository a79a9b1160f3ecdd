package io.multicell.integrator.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.multicell.integrator.testing.FakeDectManager;
import io.multicell.integrator.testing.FakeSipGateway;
import io.multicell.integrator.testing.IntegratorTestResource;
import io.multicell.integrator.testing.TestUsers;
import io.multicell.proto.manager.v1.BaseStatistics;
import io.multicell.proto.manager.v1.CallView;
import io.multicell.testing.MulticellTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Statistics and Calls API against a fake DM served over real gRPC (and the real PostgreSQL for handset names). */
@QuarkusTest
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
class StatisticsApiQuarkusTest {

    static final String BASES = "/api/v1/statistics/base-stations";
    static final String CSV_HEADER = "Base station,MAC address,RPN,Sync RPN,Sync Level,Conn,Ho setup,Ho release,Call drops,Async,"
            + "Busy,Conn. drops,Calls,Calls-pk,Sync swaps\r\n";

    @ConfigProperty(name = IntegratorTestResource.DM_PORT)
    int dmPort;

    @ConfigProperty(name = IntegratorTestResource.SIP_PORT)
    int sipPort;

    FakeDectManager dm;

    @BeforeEach
    void aDmWithThreeBases() {
        TestUsers.activateUserRole(); // off on a fresh database, as the manual says
        dm = FakeDectManager.runningOn(dmPort);
        FakeSipGateway.runningOn(sipPort);
        awaitDmConnected();
        dm.reset();
        dm.reportStatistics(
                counters("7C:2F:80:00:00:01", "Reception", 1, 1, 0, 1).setConn(120).setBusy(25).setCallDrops(2).setCalls(1).setCallsPeak(3)
                        .setHoSetup(4).setHoRelease(5).setAsync(6).setConnDrops(7).setSyncSwaps(8).build(),
                counters("7C:2F:80:00:00:02", "Lab, \"east\"", 1, 2, 1, 2).setConn(40).setBusy(21).setCallDrops(7).setCallsPeak(1)
                        .setHoSetup(1).build(),
                counters("7C:2F:80:00:00:AA", "Yard", 2, 0x0A, 0x0A, 1).setConn(9).setBusy(3).setCallDrops(0).setCalls(2).setCallsPeak(2)
                        .build());
    }

    static BaseStatistics.Builder counters(String mac, String name, int cluster, int rpn, int syncRpn, int syncLevel) {
        return BaseStatistics.newBuilder().setMac(mac).setName(name).setCluster(cluster).setRpn(rpn).setSyncRpn(syncRpn).setSyncLevel(syncLevel);
    }

    @Test
    void everyBaseIsOneRowWithEveryCounterForAdminAndUser() {
        user().get(BASES).then().statusCode(200)
                .header(StatisticsResource.TOTAL_COUNT, "3")
                .body("$", hasSize(3))
                .body("name", equalTo(List.of("Lab, \"east\"", "Reception", "Yard")))
                .body("[1].mac", equalTo("7C:2F:80:00:00:01"))
                .body("[1].cluster", equalTo(1))
                .body("[1].rpn", equalTo("01"))
                .body("[1].syncRpn", equalTo("00"))
                .body("[1].syncLevel", equalTo(1))
                .body("[1].conn", equalTo(120))
                .body("[1].hoSetup", equalTo(4))
                .body("[1].hoRelease", equalTo(5))
                .body("[1].callDrops", equalTo(2))
                .body("[1].async", equalTo(6))
                .body("[1].busy", equalTo(25))
                .body("[1].connDrops", equalTo(7))
                .body("[1].calls", equalTo(1))
                .body("[1].callsPeak", equalTo(3))
                .body("[1].syncSwaps", equalTo(8))
                .body("[2].rpn", equalTo("0A"));
        admin().get(BASES).then().statusCode(200).body("$", hasSize(3));
        given().get(BASES).then().statusCode(401);
    }

    @Test
    void theFilterKeepsOnlyTheMatchingBases() {
        names(admin().queryParam("column", "busy").queryParam("operator", ">").queryParam("value", "20"))
                .isEqualTo(List.of("Lab, \"east\"", "Reception"));
        names(admin().queryParam("column", "Call drops").queryParam("operator", "lt").queryParam("value", "5"))
                .isEqualTo(List.of("Reception", "Yard"));
        names(admin().queryParam("column", "callsPeak").queryParam("operator", ">=").queryParam("value", "2"))
                .isEqualTo(List.of("Reception", "Yard"));
        names(admin().queryParam("column", "mac").queryParam("operator", "=").queryParam("value", "7c2f800000aa"))
                .isEqualTo(List.of("Yard"));
        admin().queryParam("column", "conn").queryParam("operator", "gt").queryParam("value", "1000").get(BASES).then()
                .statusCode(200).header(StatisticsResource.TOTAL_COUNT, "0").body("$", hasSize(0));
    }

    @Test
    void theTableSortsAndPages() {
        names(admin().queryParam("sort", "conn").queryParam("order", "desc")).isEqualTo(List.of("Reception", "Lab, \"east\"", "Yard"));
        admin().queryParam("sort", "conn").queryParam("page", "1").queryParam("size", "10").get(BASES).then().statusCode(200)
                .header(StatisticsResource.TOTAL_COUNT, "3").body("name", equalTo(List.of("Yard", "Lab, \"east\"", "Reception")));
        admin().queryParam("page", "2").queryParam("size", "10").get(BASES).then().statusCode(200)
                .header(StatisticsResource.TOTAL_COUNT, "3").body("$", hasSize(0));
    }

    @Test
    void aBadFilterIsRefusedNamingTheFieldAndTheRule() {
        refused(admin().queryParam("column", "name").queryParam("operator", "=").queryParam("value", "Yard"), "column")
                .body("rule", startsWith("must be one of mac, conn, hoSetup"));
        refused(admin().queryParam("column", "mac").queryParam("operator", ">").queryParam("value", "7c2f800000aa"), "operator")
                .body("rule", equalTo("must be = for the MAC address column"));
        refused(admin().queryParam("column", "mac").queryParam("operator", "=").queryParam("value", "7C:2F:80:00:00:AA"), "value")
                .body("rule", equalTo("must be a MAC address written aabbccddeeff (12 hex digits, no colons)"));
        refused(admin().queryParam("column", "busy").queryParam("operator", "!=").queryParam("value", "1"), "operator")
                .body("rule", equalTo("must be one of lt, gt, eq, le, ge (or <, >, =, <=, >=)"));
        refused(admin().queryParam("column", "busy").queryParam("operator", ">").queryParam("value", "many"), "value")
                .body("rule", equalTo("must be a whole number >= 0"))
                .body("message", equalTo("value: must be a whole number >= 0"));
        refused(admin().queryParam("column", "busy").queryParam("operator", ">"), "value");
        refused(admin().queryParam("sort", "colour"), "sort");
        refused(admin().queryParam("size", "20"), "size").body("rule", equalTo("must be 10, 25, 50 or 100"));
        refused(admin().accept("text/csv").queryParam("column", "busy").queryParam("operator", "~").queryParam("value", "1"), "operator");
        admin().queryParam("column", "color").queryParam("operator", ">").queryParam("value", "1").get(BASES + ".csv").then()
                .statusCode(400).contentType(ContentType.JSON).body("field", equalTo("column"));
    }

    @Test
    void theCsvExportHasTheManualsHeaderAndTheFilteredRows() {
        Response export = admin().queryParam("column", "busy").queryParam("operator", "gt").queryParam("value", "20").get(BASES + ".csv");

        export.then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"base-station-statistics.csv\""));
        assertThat(export.asString()).isEqualTo(CSV_HEADER
                + "\"Lab, \"\"east\"\"\",7C:2F:80:00:00:02,02,01,2,40,1,0,7,0,21,0,0,1,0\r\n"
                + "Reception,7C:2F:80:00:00:01,01,00,1,120,4,5,2,6,25,7,1,3,8\r\n");

        String negotiated = user().accept("text/csv").get(BASES).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment")).extract().asString();
        assertThat(negotiated).startsWith(CSV_HEADER).contains("Yard,7C:2F:80:00:00:AA,0A,0A,1,9,0,0,0,0,3,0,2,2,0\r\n");
        assertThat(negotiated.split("\r\n")).hasSize(4);
    }

    @Test
    void resetAllReachesTheDmAndTheCountersShowZeroExceptActiveCalls() {
        admin().post(BASES + "/reset").then().statusCode(204);

        assertThat(dm.statisticsResets()).isEqualTo(1);
        admin().queryParam("column", "mac").queryParam("operator", "eq").queryParam("value", "7C2F80000001").get(BASES).then()
                .statusCode(200)
                .body("[0].conn", equalTo(0)).body("[0].busy", equalTo(0)).body("[0].callDrops", equalTo(0))
                .body("[0].syncSwaps", equalTo(0)).body("[0].calls", equalTo(1));
    }

    @Test
    void clustersShowTheSumsOfTheirBases() {
        user().get("/api/v1/statistics/clusters").then().statusCode(200)
                .body("cluster", equalTo(List.of(1, 2)))
                .body("[0].baseStations", equalTo(2))
                .body("[0].conn", equalTo(160))
                .body("[0].busy", equalTo(46))
                .body("[0].callDrops", equalTo(9))
                .body("[0].hoSetup", equalTo(5))
                .body("[0].calls", equalTo(1))
                .body("[0].callsPeak", equalTo(4))
                .body("[1].baseStations", equalTo(1))
                .body("[1].calls", equalTo(2));
    }

    @Test
    void callsInProgressCarryTheHandsetNameOfTheirEntry() {
        String entry = admin().body(Map.of("ipui", "0123456789", "pin", "1234", "handsetName", "Anna")).post("/api/v1/mobile-devices")
                .then().statusCode(201).extract().path("id");
        try {
            dm.reportCalls(
                    CallView.newBuilder().setCallId("c1").setIpui("0123456789").setDirection("outgoing").setState("HANDOVER")
                            .addBearerBaseMacs("7C:2F:80:00:00:01").addBearerBaseMacs("7C:2F:80:00:00:02")
                            .setRemoteNumber("0301234567").setHandovers(1).build(),
                    CallView.newBuilder().setCallId("c2").setIpui("0FFFFFFFFF").setDirection("incoming").setState("ALERTING")
                            .addBearerBaseMacs("7C:2F:80:00:00:AA").setRemoteNumber("22").build());

            user().get("/api/v1/calls").then().statusCode(200)
                    .body("callId", equalTo(List.of("c1", "c2")))
                    .body("[0].ipui", equalTo("0123456789"))
                    .body("[0].handsetName", equalTo("Anna"))
                    .body("[0].direction", equalTo("outgoing"))
                    .body("[0].state", equalTo("HANDOVER"))
                    .body("[0].bearerBaseMacs", equalTo(List.of("7C:2F:80:00:00:01", "7C:2F:80:00:00:02")))
                    .body("[0].remoteNumber", equalTo("0301234567"))
                    .body("[0].handovers", equalTo(1))
                    .body("[1].handsetName", nullValue())
                    .body("[1].direction", equalTo("incoming"));
        } finally {
            admin().delete("/api/v1/mobile-devices/" + entry).then().statusCode(204);
        }
    }

    @Test
    void whenTheDmIsDownTheCountersAnswer503ButABadFilterIsStill400() throws Exception {
        dm.stop();
        try {
            unreachable(admin().get(BASES));
            unreachable(admin().get(BASES + ".csv"));
            unreachable(admin().get("/api/v1/statistics/clusters"));
            unreachable(admin().post(BASES + "/reset"));
            unreachable(user().get("/api/v1/calls"));
            admin().queryParam("column", "busy").queryParam("operator", ">").queryParam("value", "x").get(BASES).then()
                    .statusCode(400).body("field", equalTo("value"));
        } finally {
            dm.start();
        }
        awaitDmConnected();
        assertThat(dm.statisticsResets()).isZero();
    }

    static org.assertj.core.api.ListAssert<String> names(RequestSpecification request) {
        List<String> names = request.get(BASES).then().statusCode(200).extract().path("name");
        return assertThat(names);
    }

    static io.restassured.response.ValidatableResponse refused(RequestSpecification request, String field) {
        return request.get(BASES).then().statusCode(400).contentType(ContentType.JSON).body("field", equalTo(field));
    }

    static void unreachable(Response response) {
        response.then().statusCode(503).body("message", equalTo("DECT manager not reachable"));
    }

    static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin").contentType(ContentType.JSON);
    }

    static RequestSpecification user() {
        return given().auth().preemptive().basic("user", "user").contentType(ContentType.JSON);
    }

    static void awaitDmConnected() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                user().get("/api/v1/dect-manager").then().extract().<Boolean>path("connected"));
    }
}
