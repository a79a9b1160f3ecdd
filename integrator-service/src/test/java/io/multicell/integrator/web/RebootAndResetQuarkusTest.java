package io.multicell.integrator.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.multicell.integrator.testing.FakeDectManager;
import io.multicell.integrator.web.system.RebootAndResetPage;
import io.multicell.integrator.testing.FakeSipGateway;
import io.multicell.integrator.testing.IntegratorTestResource;
import io.multicell.integrator.testing.SystemResetProfile;
import io.multicell.integrator.testing.WebSession;
import io.multicell.testing.MulticellTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * "Settings > System > Reboot and reset" on an application and a fresh database of its own (SystemResetProfile):
 * nothing happens without the confirmation, the factory reset sets the system settings back and the role, and the
 * reboot reaches every connected base through the DECT manager.
 */
@QuarkusTest
@TestProfile(SystemResetProfile.class)
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RebootAndResetQuarkusTest {

    static final String API = "/api/v1/system/reboot-and-reset";
    static final String MAC1 = "7C:2F:80:00:00:51";
    static final String MAC2 = "7C:2F:80:00:00:52";

    @ConfigProperty(name = "quarkus.http.test-ssl-port")
    int httpsPort;
    @ConfigProperty(name = IntegratorTestResource.DM_PORT)
    int dmPort;
    @ConfigProperty(name = IntegratorTestResource.SIP_PORT)
    int sipPort;

    @Test
    @Order(1)
    void beforeTheFirstLoginNeitherTheRadioBandNorTheRoleCanBeChanged() {
        given().auth().preemptive().basic("admin", "admin").contentType("application/json")
                .body(Map.of("resetTo", "ALL_IN_ONE_STATIC_IP", "confirm", true)).post(API + "/factory-reset")
                .then().statusCode(409).body("field", equalTo("resetTo"));
        given().auth().preemptive().basic("admin", "admin").contentType("application/json")
                .body(Map.of("dectRadioBand", "US")).put("/api/v1/system/dect-settings")
                .then().statusCode(409).body("field", equalTo("dectRadioBand"));
        given().auth().preemptive().basic("admin", "admin").get("/api/v1/system/first-login").then().statusCode(204);
    }

    @Test
    @Order(2)
    void aFactoryResetNeedsTheConfirmationAndSetsTheSystemSettingsBackAndTheRole() {
        WebSession admin = WebSession.admin(httpsPort);
        api().contentType("application/json").body(Map.of("vlanTagging", true, "vlanIdentifier", 7, "deviceName", "office"))
                .put("/api/v1/network/ip-lan").then().statusCode(200);
        api().contentType("application/json").body(Map.of("timeZone", "UTC", "actAsLocalTimeServer", true))
                .put("/api/v1/system/date-and-time").then().statusCode(200);
        api().contentType("application/json").body(Map.of("dectEncryption", false, "dectRadioBand", "US"))
                .put("/api/v1/system/dect-settings").then().statusCode(200);

        // Without the confirmation, or with a role the integrator cannot take: 400, nothing changed.
        api().contentType("application/json").body(Map.of("resetTo", "ALL_IN_ONE_STATIC_IP")).post(API + "/factory-reset")
                .then().statusCode(400).body("field", equalTo("confirm"));
        api().contentType("application/json").body(Map.of("resetTo", "BASE_ONLY", "confirm", true)).post(API + "/factory-reset")
                .then().statusCode(400).body("field", equalTo("resetTo"))
                .body("rule", equalTo("must be one of ALL_IN_ONE_DYNAMIC_IP, ALL_IN_ONE_STATIC_IP, ALL_IN_ONE_INTERNAL_TELEPHONY"));
        String page = admin.open(Menu.SYSTEM_REBOOT_AND_RESET).then().statusCode(200).extract().asString();
        assertThat(page).contains("<option value=\"ALL_IN_ONE_STATIC_IP\">All in one - static IP</option>")
                .contains("id=\"help-reset-confirm\"").contains("id=\"reboot-now\"");
        String refused = admin.post(RebootAndResetPage.FACTORY_RESET, Map.of("resetTo", "ALL_IN_ONE_STATIC_IP")).asString();
        assertThat(refused).contains("id=\"reset-confirm-rule\">must be true to reset").doesNotContain("reset-notice");
        api().get("/api/v1/network/ip-lan").then().body("deviceName", equalTo("office")).body("vlanIdentifier", equalTo(7));

        // Confirmed on the page: IP/LAN is the role's static preset, the rest back to the factory settings.
        String done = admin.post(RebootAndResetPage.FACTORY_RESET, Map.of("resetTo", "ALL_IN_ONE_STATIC_IP", "confirm", "true")).asString();
        assertThat(done).contains("id=\"reset-notice\">Reset to &quot;All in one - static IP&quot;");
        api().get("/api/v1/network/ip-lan").then().body("ipAddressType", equalTo("STATIC")).body("ipAddress", equalTo("192.168.143.1"))
                .body("subnetMask", equalTo("255.255.0.0")).body("standardGateway", equalTo("192.168.1.1"))
                .body("vlanTagging", equalTo(false)).body("deviceName", equalTo("multicell"));
        api().get("/api/v1/system/date-and-time").then().body("timeZone", equalTo("Europe/Berlin"))
                .body("actAsLocalTimeServer", equalTo(false));
        api().get("/api/v1/system/dect-settings").then().body("dectEncryption", equalTo(true))
                .body("dectRadioBand", equalTo("US"));
        api().get("/api/v1/system/first-login").then().body("deviceRole", equalTo("INTEGRATOR_DM_BASE"));

        // Through the API, by the manual's label: the internal telephony role, dynamic IP.
        api().contentType("application/json").body(Map.of("resetTo", "All in one + internal telephony - dynamic IP", "confirm", true))
                .post(API + "/factory-reset").then().statusCode(200).body("role", equalTo("ALL_IN_ONE_INTERNAL_TELEPHONY"))
                .body("kept", hasItem("Base stations"));
        api().get("/api/v1/system/first-login").then().body("deviceRole", equalTo("ALL_IN_ONE_INTERNAL_TELEPHONY"));
        api().get("/api/v1/network/ip-lan").then().body("ipAddressType", equalTo("DHCP")).body("ipAddress", equalTo(""));
        api().get("/api/v1/audit-log").then().statusCode(200).body("target", hasItem(API + "/factory-reset"));
    }

    @Test
    @Order(3)
    void aConfirmedRebootReachesEveryConnectedBaseAndListsTheOfflineOnes() {
        WebSession admin = WebSession.admin(httpsPort);
        FakeDectManager dm = FakeDectManager.runningOn(dmPort);
        FakeSipGateway.runningOn(sipPort);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                api().get("/api/v1/dect-manager").then().extract().<Boolean>path("connected"));
        dm.announce(MAC1, 0, 0, true);
        dm.announce(MAC2, 10, 0, false);
        api().contentType("application/json").body(Map.of("mac", MAC1, "cluster", 1, "syncLevel", 1))
                .post("/api/v1/base-stations").then().statusCode(201);
        api().contentType("application/json").body(Map.of("mac", MAC2, "cluster", 1, "syncLevel", 2, "syncSlave", "DECT"))
                .post("/api/v1/base-stations").then().statusCode(201);
        dm.setOnline(MAC2, false);

        api().contentType("application/json").body(Map.of()).post(API + "/reboot").then().statusCode(400)
                .body("field", equalTo("confirm"));
        admin.open(Menu.SYSTEM_REBOOT_AND_RESET);
        assertThat(admin.post(RebootAndResetPage.REBOOT, Map.of()).asString()).contains("id=\"reboot-confirm-rule\">must be true to reboot");
        assertThat(dm.reboots()).isEmpty();

        String done = admin.post(RebootAndResetPage.REBOOT, Map.of("confirm", "true")).asString();
        assertThat(done).contains("Rebooting 1 base station(s): " + MAC1).contains("Offline, not rebooted: " + MAC2);
        assertThat(dm.reboots()).containsExactly(MAC1);
        api().contentType("application/json").body(Map.of("confirm", true)).post(API + "/reboot").then().statusCode(200)
                .body("rebooted", contains(MAC1)).body("offline", contains(MAC2));

        dm.setOnline(MAC1, false);
        api().contentType("application/json").body(Map.of("confirm", true)).post(API + "/reboot").then().statusCode(200)
                .body("rebooted", empty());
    }

    private static RequestSpecification api() {
        return given().auth().preemptive().basic("admin", WebSession.ADMIN_PASSWORD);
    }
}
