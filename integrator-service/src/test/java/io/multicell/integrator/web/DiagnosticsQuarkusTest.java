package io.multicell.integrator.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.multicell.integrator.backup.ConfigurationFile;
import io.multicell.integrator.incident.Incident;
import io.multicell.integrator.incident.Severity;
import io.multicell.integrator.persistence.IncidentRepository;
import io.multicell.integrator.testing.FakeDectManager;
import io.multicell.integrator.testing.FakeSipGateway;
import io.multicell.integrator.testing.IntegratorTestResource;
import io.multicell.integrator.testing.WebProfile;
import io.multicell.integrator.testing.WebSession;
import io.multicell.testing.MulticellTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Status > Incidents > Diagnostics" over real HTTPS and PostgreSQL with the fake DM and SIP gateway: the tar holds the
 * standard set, the options add the newest incident and the saved settings (which restore as they are), the settings
 * can be left out; the user role gets neither the page nor the API.
 */
@QuarkusTest
@TestProfile(WebProfile.class)
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
class DiagnosticsQuarkusTest {

    static final List<String> STANDARD_SET = List.of("services.txt", "base-stations.csv", "incidents.csv",
            "base-station-statistics.csv", "sip-registrations.csv", "audit-log.csv");
    static final String MAC = "7C:2F:80:00:00:0D";

    @ConfigProperty(name = "quarkus.http.test-ssl-port")
    int httpsPort;
    @ConfigProperty(name = IntegratorTestResource.DM_PORT)
    int dmPort;
    @ConfigProperty(name = IntegratorTestResource.SIP_PORT)
    int sipPort;
    @Inject
    IncidentRepository incidentStore;
    @Inject
    ObjectMapper json;

    WebSession admin;
    FakeDectManager dm;

    @BeforeEach
    void peersRunAndTheAdminIsLoggedIn() {
        admin = WebSession.admin(httpsPort);
        dm = FakeDectManager.runningOn(dmPort);
        FakeSipGateway.runningOn(sipPort);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                api().get("/api/v1/dect-manager").then().extract().<Boolean>path("connected")
                        && api().get("/api/v1/sip-gateway").then().extract().<Boolean>path("connected"));
    }

    @Test
    void theTarHoldsTheStandardSetTheNewestIncidentAndSettingsThatRestore() throws Exception {
        dm.announce(MAC, 3, 4, false);
        String eventId = "diag-" + UUID.randomUUID();
        incidentStore.storeNew(List.of(new Incident(null, eventId, Instant.now().plusSeconds(3600), Severity.CRITICAL,
                "DIAG_TEST_OFFLINE", "Base station Cellar is offline", MAC, "Cellar", "DM1", Instant.now())));

        Response response = api().get("/api/v1/diagnostics?saveSettings=true&lastIncident=true");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/x-tar");
        assertThat(response.header("Content-Disposition")).matches("attachment; filename=\"[A-Za-z0-9]+_[^_\"]+_\\d{4}-\\d\\d-\\d\\d_diagnostics\\.tar\"");
        Map<String, String> tar = entries(response.asByteArray());

        assertThat(tar.keySet()).containsAll(STANDARD_SET).contains("last-incident.txt");
        String backupName = tar.keySet().stream().filter(n -> n.endsWith("_device-settings.json")).findFirst().orElseThrow();
        assertThat(backupName).startsWith(FakeDectManager.PARI + "_");
        assertThat(tar.get("services.txt")).contains("[integrator]").contains("uptime: ").contains("[dect-manager]")
                .contains("PARI: " + FakeDectManager.PARI).contains("[sip-gateway]").contains("grpc health: ")
                .contains(MAC + ": online").doesNotContain("[not collected]");
        assertThat(tar.get("base-stations.csv")).startsWith("MAC address,Name,Connected,Online,Status").contains(MAC + ",");
        assertThat(tar.get("incidents.csv")).contains(eventId).contains("DIAG_TEST_OFFLINE");
        assertThat(tar.get("last-incident.txt")).contains("event id: " + eventId).contains("severity: Critical")
                .contains("base station: Cellar");
        assertThat(tar.get("sip-registrations.csv")).startsWith("Account,State,Last status code,Reason,Registrar");
        assertThat(tar.get("services.txt")).containsPattern("accounts registered: \\d+ of \\d+");
        // The DM says its version and start; a gateway that does not say when it started is named as not reporting.
        String dmSection = section(tar.get("services.txt"), "[dect-manager]");
        assertThat(dmSection).contains("version: " + FakeDectManager.VERSION)
                .contains("started: " + FakeDectManager.STARTED_AT).containsPattern("uptime: \\d+d \\d\\dh");
        assertThat(section(tar.get("services.txt"), "[sip-gateway]")).contains("version, uptime: not reported");
        assertThat(tar.get("audit-log.csv")).startsWith("Time,User,Action,Target,HTTP status");

        // The backup inside is the Save settings file: read as one, and restored as it is.
        ConfigurationFile backup = json.readValue(tar.get(backupName), ConfigurationFile.class);
        assertThat(backup.format()).isEqualTo(ConfigurationFile.FORMAT);
        api().contentType("application/json").body(tar.get(backupName)).put("/api/v1/system/configuration")
                .then().statusCode(200).body("sipGateway", equalTo("applied"));
    }

    @Test
    void settingsAreLeftOutOnRequestAndABadOptionIsNamed() throws Exception {
        Map<String, String> tar = entries(api().get("/api/v1/diagnostics?saveSettings=false").then().statusCode(200)
                .extract().asByteArray());
        assertThat(tar.keySet()).containsExactlyElementsOf(STANDARD_SET);

        assertThat(entries(api().get("/api/v1/diagnostics").then().statusCode(200).extract().asByteArray()).keySet())
                .as("Save settings is on by default").anyMatch(n -> n.endsWith("_device-settings.json"))
                .doesNotContain("last-incident.txt");

        api().get("/api/v1/diagnostics?saveSettings=maybe").then().statusCode(400)
                .body("field", equalTo("saveSettings")).body("rule", equalTo("must be true or false"));
    }

    @Test
    void thePageDownloadsWithTheMarkedOptionsAndDumpsThatDoNotExistAreDisabled() throws Exception {
        String page = admin.open(Menu.DIAGNOSTICS).then().statusCode(200).extract().asString();
        assertThat(page).contains("data-menu=\"" + Menu.DIAGNOSTICS + "\"").contains("id=\"diagnostics-form\"")
                .containsPattern("id=\"coreDump\"[^>]*disabled").containsPattern("id=\"ramDump\"[^>]*disabled")
                .contains("id=\"coreDump-reason\"").containsPattern("id=\"saveSettings\"[^>]*checked")
                .containsPattern("id=\"lastIncident\"[^>]*value=\"true\">");

        byte[] checked = admin.request().get(Menu.DIAGNOSTICS + "/download?saveSettings=true").then().statusCode(200)
                .contentType("application/x-tar").extract().asByteArray();
        assertThat(entries(checked).keySet()).anyMatch(n -> n.endsWith("_device-settings.json"));
        // An unmarked check box is not sent: off.
        byte[] unchecked = admin.request().get(Menu.DIAGNOSTICS + "/download").then().statusCode(200).extract().asByteArray();
        assertThat(entries(unchecked).keySet()).containsExactlyElementsOf(STANDARD_SET);
    }

    @Test
    void theUserRoleHasNoDiagnostics() {
        api().contentType("application/json").body(Map.of("active", true)).put("/api/v1/users/user/activation").then().statusCode(200);
        api().contentType("application/json").body(Map.of("newPassword", "User-Pass-1", "repeatPassword", "User-Pass-1"))
                .put("/api/v1/users/user/password").then().statusCode(200);
        given().auth().preemptive().basic("user", "User-Pass-1").get("/api/v1/diagnostics").then().statusCode(403);
        WebSession user = WebSession.login(httpsPort, "user", "User-Pass-1");
        assertThat(user.open(Menu.DIAGNOSTICS).statusCode()).isEqualTo(403);
        assertThat(user.request().get(Menu.DIAGNOSTICS + "/download").statusCode()).isEqualTo(403);
        assertThat(user.open(Menu.INCIDENTS).then().statusCode(200).extract().asString()).doesNotContain("href=\"" + Menu.DIAGNOSTICS + "\"");
    }

    static Map<String, String> entries(byte[] tar) throws IOException {
        var entries = new LinkedHashMap<String, String>();
        try (var in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static RequestSpecification api() {
        return given().auth().preemptive().basic("admin", WebSession.ADMIN_PASSWORD);
    }

    /** One "[name]" section of services.txt, up to the next blank line. */
    private static String section(String services, String name) {
        int start = services.indexOf(name);
        assertThat(start).as(name + " in services.txt").isNotNegative();
        int end = services.indexOf("\n\n", start);
        return services.substring(start, end < 0 ? services.length() : end);
    }
}
