package io.multicell.integrator.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.multicell.integrator.testing.FakeDectManager;
import io.multicell.integrator.testing.FakeSipGateway;
import io.multicell.integrator.testing.IntegratorTestResource;
import io.multicell.integrator.testing.WebProfile;
import io.multicell.integrator.testing.WebSession;
import io.multicell.proto.manager.v1.BaseStatistics;
import io.multicell.testing.MulticellTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Status > Statistics > Base stations" over real HTTPS and PostgreSQL with a DM (fake, real gRPC) reporting three
 * bases: the counters per base and per cluster, the manual's filter, sorting, hidden columns, Export and Reset all.
 */
@QuarkusTest
@TestProfile(WebProfile.class)
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
class StatisticsPageQuarkusTest {

    static final String PAGE = Menu.STATISTICS_BASE_STATIONS;
    static final Pattern ROW = Pattern.compile("<tr data-mac=\"([^\"]+)\">");

    @ConfigProperty(name = "quarkus.http.test-ssl-port")
    int httpsPort;
    @ConfigProperty(name = IntegratorTestResource.DM_PORT)
    int dmPort;
    @ConfigProperty(name = IntegratorTestResource.SIP_PORT)
    int sipPort;

    FakeDectManager dm;
    WebSession admin;

    @BeforeEach
    void aDmWithThreeBasesAndTheAdminLoggedIn() {
        admin = WebSession.admin(httpsPort);
        dm = FakeDectManager.runningOn(dmPort);
        FakeSipGateway.runningOn(sipPort);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                api().get("/api/v1/dect-manager").then().extract().<Boolean>path("connected"));
        dm.reset();
        dm.reportStatistics(
                counters("7C:2F:80:00:00:01", "Reception", 1, 1, 0, 1).setConn(120).setBusy(25).setCallDrops(2).setCalls(1)
                        .setCallsPeak(3).build(),
                counters("7C:2F:80:00:00:02", "Lab", 1, 2, 1, 2).setConn(40).setBusy(21).setCallDrops(7).setCallsPeak(1).build(),
                counters("7C:2F:80:00:00:AA", "Yard", 2, 0x0A, 0x0A, 1).setConn(9).setBusy(3).setCalls(2).setCallsPeak(2).build());
    }

    static BaseStatistics.Builder counters(String mac, String name, int cluster, int rpn, int syncRpn, int syncLevel) {
        return BaseStatistics.newBuilder().setMac(mac).setName(name).setCluster(cluster).setRpn(rpn).setSyncRpn(syncRpn)
                .setSyncLevel(syncLevel);
    }

    @Test
    void everyBaseIsARowWithItsCountersAndEveryClusterASummedRow() {
        String page = admin.open(PAGE).then().statusCode(200).extract().asString();
        assertThat(rows(page)).containsExactly("7C:2F:80:00:00:02", "7C:2F:80:00:00:01", "7C:2F:80:00:00:AA");
        assertThat(page).contains("<th><a href=\"#\" class=\"sort\" data-sort=\"callsPeak\">Calls-pk</a></th>")
                .contains("<tr data-mac=\"7C:2F:80:00:00:AA\"><td>Yard</td><td>7C:2F:80:00:00:AA</td><td>2</td><td>0A</td><td>0A</td><td>1</td><td>9</td>")
                // Cluster 1: two bases, Conn 120 + 40, Busy 25 + 21.
                .contains("<tr data-cluster=\"1\"><td>Cluster 1</td><td>2</td><td>160</td>")
                .contains("<td>46</td>")
                .contains("data-menu=\"" + PAGE + "\"")
                .contains("every 2000ms");
    }

    @Test
    void theFilterNarrowsTheListByACounterOrTheMacAndABrokenRuleIsNamed() {
        admin.open(PAGE);
        assertThat(rows(table(Map.of("column", "busy", "operator", ">", "value", "20"))))
                .containsExactly("7C:2F:80:00:00:02", "7C:2F:80:00:00:01");
        assertThat(rows(table(Map.of("column", "callDrops", "operator", "<", "value", "5"))))
                .containsExactly("7C:2F:80:00:00:01", "7C:2F:80:00:00:AA");
        assertThat(rows(table(Map.of("column", "mac", "operator", "=", "value", "7c2f800000aa"))))
                .containsExactly("7C:2F:80:00:00:AA");

        String refused = table(Map.of("column", "mac", "operator", "=", "value", "7C:2F:80:00:00:AA"));
        assertThat(refused).contains("id=\"value-rule\">value: must be a MAC address written aabbccddeeff");
        assertThat(rows(refused)).as("not filtered while the filter is broken").hasSize(3);
        assertThat(table(Map.of("column", "busy", "operator", "<>", "value", "1")))
                .contains("id=\"operator-rule\">operator: must be one of lt, gt, eq, le, ge");
    }

    @Test
    void sortingHidingColumnsAndPagingWorkOnTheServer() {
        admin.open(PAGE);
        assertThat(rows(table(Map.of("sort", "conn", "dir", "desc"))))
                .containsExactly("7C:2F:80:00:00:01", "7C:2F:80:00:00:02", "7C:2F:80:00:00:AA");
        String sorted = table(Map.of("sort", "conn"));
        assertThat(rows(sorted)).containsExactly("7C:2F:80:00:00:AA", "7C:2F:80:00:00:02", "7C:2F:80:00:00:01");
        assertThat(sorted).contains("Conn &uarr;");

        String hidden = table(Map.of("hide", "async"));
        assertThat(hidden).doesNotContain(">Async</a>").contains(">Busy</a>");
        assertThat(table(Map.of())).contains("3 entries, page 1 of 1");
        admin.request().queryParam("pageSize", "7").get(PAGE + "/table").then().statusCode(400);
    }

    @Test
    void exportDownloadsTheFilteredListAsCsvAndResetAllZeroesTheCounters() {
        admin.open(PAGE);
        Response csv = admin.request().queryParams(Map.of("column", "busy", "operator", "gt", "value", "20")).get(PAGE + "/export");
        csv.then().statusCode(200).contentType("text/csv").header("Content-Disposition", "attachment; filename=\"base-station-statistics.csv\"");
        String[] lines = csv.asString().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("Base station,MAC address,RPN,Sync RPN,Sync Level,Conn,Ho setup");

        // Reset all is a change: without the page's CSRF token it is refused and nothing is reset.
        WebSession stranger = WebSession.admin(httpsPort);
        assertThat(stranger.request().post(PAGE + "/reset").statusCode()).isEqualTo(403);
        assertThat(dm.statisticsResets()).isZero();

        Response reset = admin.request().post(PAGE + "/reset");
        reset.then().statusCode(200).header("HX-Trigger", "statistics-changed");
        assertThat(reset.asString()).contains("All counters were reset to 0.");
        assertThat(dm.statisticsResets()).isEqualTo(1);
    }

    private String table(Map<String, String> query) {
        Response response = admin.request().queryParams(query).get(PAGE + "/table");
        return response.statusCode() == 200 ? response.asString() : "";
    }

    static List<String> rows(String html) {
        List<String> macs = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            macs.add(row.group(1));
        }
        return macs;
    }

    private static io.restassured.specification.RequestSpecification api() {
        return given().auth().preemptive().basic("admin", WebSession.ADMIN_PASSWORD);
    }
}
