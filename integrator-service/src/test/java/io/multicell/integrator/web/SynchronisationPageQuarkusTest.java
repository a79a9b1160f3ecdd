package io.multicell.integrator.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.multicell.integrator.testing.FakeDectManager;
import io.multicell.integrator.testing.FakeSipGateway;
import io.multicell.integrator.testing.IntegratorTestResource;
import io.multicell.integrator.testing.WebProfile;
import io.multicell.integrator.testing.WebSession;
import io.multicell.proto.manager.v1.SyncSlaveType;
import io.multicell.proto.manager.v1.SynchroniseRequest;
import io.multicell.testing.MulticellTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Settings > Base stations > Synchronisation" over real HTTPS and PostgreSQL with a DM (fake, real gRPC): the list
 * of synchronised bases, one base's sync settings edited with the API's rules, and the cluster configuration's
 * Synchronise all / Synchronise one cluster reaching the DM.
 */
@QuarkusTest
@TestProfile(WebProfile.class)
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
class SynchronisationPageQuarkusTest {

    static final String PAGE = Menu.SYNCHRONISATION;
    static final String BASES = "/api/v1/base-stations";
    static final String MASTER = "7C:2F:80:00:00:01";
    static final String SLAVE = "7C:2F:80:00:00:02";

    @ConfigProperty(name = "quarkus.http.test-ssl-port")
    int httpsPort;
    @ConfigProperty(name = IntegratorTestResource.DM_PORT)
    int dmPort;
    @ConfigProperty(name = IntegratorTestResource.SIP_PORT)
    int sipPort;

    FakeDectManager dm;
    WebSession admin;

    @BeforeEach
    void aSyncMasterAndASlaveInCluster1() {
        admin = WebSession.admin(httpsPort);
        dm = FakeDectManager.runningOn(dmPort);
        FakeSipGateway.runningOn(sipPort);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                api().get("/api/v1/dect-manager").then().extract().<Boolean>path("connected"));
        List<String> confirmed = api().get(BASES).then().statusCode(200).extract().path("connected.mac");
        if (!confirmed.isEmpty()) {
            api().queryParam("mac", confirmed).delete(BASES).then().statusCode(204);
        }
        dm.reset();
        dm.announce(MASTER, 0, 0, true);
        dm.announce(SLAVE, 20, 0, false);
        api().contentType("application/json").body(Map.of("mac", MASTER, "cluster", 1, "syncLevel", 1)).post(BASES).then().statusCode(201);
        api().contentType("application/json").body(Map.of("mac", SLAVE, "name", "Reception", "cluster", 1, "syncLevel", 2, "syncSlave", "DECT"))
                .post(BASES).then().statusCode(201);
    }

    @Test
    void theListShowsEveryActivatedBaseWithItsSyncLevelSyncSlaveStatusAndReference() {
        String page = admin.open(PAGE).then().statusCode(200).extract().asString();
        assertThat(page).contains("<tr data-mac=\"" + MASTER + "\"><td>" + MASTER + "</td><td>LocalBS</td><td>DM1</td><td>1</td><td>1</td><td></td><td></td><td>Sync</td><td>1</td>")
                .contains("<tr data-mac=\"" + SLAVE + "\"><td>" + SLAVE + "</td><td>Reception</td><td>DM1</td><td>1</td><td>2</td><td></td><td>DECT</td><td>Sync</td><td>D Cluster 1</td>")
                .contains("id=\"synchronise-all\"").contains("<tr data-cluster=\"1\">")
                .contains("data-menu=\"" + PAGE + "\"");
    }

    @Test
    void editingABaseSavesLikeTheApiAndABrokenRuleIsShownNextToItsFieldWithNothingChanged() {
        admin.open(PAGE);
        String form = admin.request().get(PAGE + "/" + SLAVE).then().statusCode(200).extract().asString();
        assertThat(form).contains("<h2 id=\"sync-edit-title\">Reception (" + SLAVE + ")</h2>")
                .contains("hx-post=\"" + PAGE + "/" + SLAVE + "\"")
                .contains("<option value=\"2\" selected>2</option>")
                .contains("<option value=\"DECT\" selected>DECT</option>")
                .contains("id=\"help-syncLevel\"").contains("may appear only once in each cluster");
        var token = VoipPageQuarkusTest.SHOWN.matcher(form);
        assertThat(token.find()).isTrue();
        String shown = token.group(1);

        // A second level 1 in cluster 1: the rule next to DECT Level, nothing changed.
        Response refused = admin.post(PAGE + "/" + SLAVE, Map.of("cluster", "1", "syncLevel", "1", "syncSlave", "", "_shown", shown));
        assertThat(refused.asString()).contains("id=\"syncLevel-rule\"").doesNotContain("Saved.");
        api().get(BASES + "/" + SLAVE).then().body("syncLevel", equalTo(2)).body("cluster", equalTo(1));

        // Its own cluster with itself as sync master: saved, sent to the DM, the list told to refresh.
        Response saved = admin.post(PAGE + "/" + SLAVE, Map.of("cluster", "2", "syncLevel", "1", "syncSlave", "", "_shown", shown));
        saved.then().statusCode(200).header("HX-Trigger", "synchronisation-changed");
        assertThat(saved.asString()).contains("Saved.").contains("<option value=\"2\" selected>2</option>");
        api().get(BASES + "/" + SLAVE).then().body("cluster", equalTo(2)).body("syncLevel", equalTo(1)).body("syncSlave", equalTo(null));
        assertThat(dm.plan().getBaseStationsList()).anySatisfy(b -> {
            assertThat(b.getMac()).isEqualTo(SLAVE);
            assertThat(b.getCluster()).isEqualTo(2);
        });
        assertThat(admin.request().get(PAGE + "/list").asString())
                .contains("<tr data-mac=\"" + SLAVE + "\"><td>" + SLAVE + "</td><td>Reception</td><td>DM1</td><td>2</td><td>1</td>");
    }

    @Test
    void synchroniseAllAndSynchroniseOneClusterReachTheDm() {
        admin.open(PAGE);
        String all = admin.post(PAGE + "/synchronise-all", Map.of()).then().statusCode(200).extract().asString();
        assertThat(all).contains("Synchronise all: 2 base stations changed status.");
        String cluster = admin.post(PAGE + "/clusters/1/synchronise", Map.of("syncSlave", "LAN")).asString();
        assertThat(cluster).contains("Cluster 1 synchronised via LAN: 2 base stations changed status.");
        assertThat(dm.synchronisations()).extracting(SynchroniseRequest::getCluster, SynchroniseRequest::getSyncSlave)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, SyncSlaveType.SYNC_SLAVE_NONE),
                        org.assertj.core.groups.Tuple.tuple(1, SyncSlaveType.SYNC_SLAVE_LAN));

        String refused = admin.post(PAGE + "/clusters/10/synchronise", Map.of("syncSlave", "DECT")).asString();
        assertThat(refused).contains("id=\"cluster-rule\">cluster: must be 1..9");
        assertThat(dm.synchronisations()).hasSize(2);
    }

    private static RequestSpecification api() {
        return given().auth().preemptive().basic("admin", WebSession.ADMIN_PASSWORD);
    }
}
