package io.multicell.integrator.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.multicell.integrator.testing.IntegratorTestResource;
import io.multicell.integrator.testing.TestClock;
import io.multicell.integrator.testing.WebProfile;
import io.multicell.integrator.testing.WebSession;
import io.multicell.testing.MulticellTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Settings > Network > IP/LAN", "System > Date and time" and "System > DECT settings" over real HTTPS and
 * PostgreSQL: each page saves like its API, shows a broken rule next to its field and changes nothing then; the API
 * answers 400 naming field and rule. Each test puts back what it changed (the profile's application is shared).
 */
@QuarkusTest
@TestProfile(WebProfile.class)
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
class SystemPagesQuarkusTest {

    @ConfigProperty(name = "quarkus.http.test-ssl-port")
    int httpsPort;
    @Inject
    TestClock clock;

    WebSession admin;

    @BeforeEach
    void theAdminIsLoggedIn() {
        admin = WebSession.admin(httpsPort);
    }

    @AfterEach
    void clockRunsAgain() {
        clock.reset();
    }

    @Test
    void ipLanIsSavedLikeTheApiAndABrokenRuleIsShownNextToItsFieldWithNothingSaved() {
        String page = admin.open(Menu.NETWORK_IP_LAN).then().statusCode(200).extract().asString();
        assertThat(page).contains("data-menu=\"" + Menu.NETWORK_IP_LAN + "\"").contains("id=\"help-vlanIdentifier\"")
                .contains("Value range: 1-4094").contains("not applied to the host")
                .contains("<option value=\"DHCP\" selected>Dynamic</option>");

        Map<String, String> form = formOf(page);
        form.put("ipAddressType", "STATIC");
        form.put("ipAddress", "192.168.2.10");
        form.put("subnetMask", "255.255.255.0");
        form.put("standardGateway", "192.168.3.1");
        form.put("vlanPriority", "6");
        form.put("networkType", "IPV4");
        String refused = admin.post(Menu.NETWORK_IP_LAN, form).then().statusCode(200).extract().asString();
        assertThat(refused).contains("id=\"standardGateway-rule\">must be inside the subnet of the IP address (192.168.2.0/24)")
                .contains("value=\"192.168.3.1\"").doesNotContain("Saved.");
        api().get("/api/v1/network/ip-lan").then().body("ipAddressType", equalTo("DHCP"));

        form.put("standardGateway", "192.168.2.1");
        form.put("vlanTagging", "true");
        form.put("vlanIdentifier", "5000");
        assertThat(admin.post(Menu.NETWORK_IP_LAN, form).asString()).contains("id=\"vlanIdentifier-rule\">must be 1..4094")
                .doesNotContain("Saved.");
        api().get("/api/v1/network/ip-lan").then().body("vlanTagging", equalTo(false));

        form.put("vlanIdentifier", "42");
        form.put("preferredDns", "192.168.2.1");
        assertThat(admin.post(Menu.NETWORK_IP_LAN, form).asString()).contains("Saved.").contains("value=\"42\"");
        api().get("/api/v1/network/ip-lan").then().statusCode(200).body("ipAddressType", equalTo("STATIC"))
                .body("ipAddress", equalTo("192.168.2.10")).body("standardGateway", equalTo("192.168.2.1"))
                .body("preferredDns", equalTo("192.168.2.1")).body("vlanTagging", equalTo(true))
                .body("vlanIdentifier", equalTo(42)).body("vlanPriority", equalTo(6));

        // The API: 400 naming the field and the rule, nothing changed.
        api().contentType("application/json").body(Map.of("subnetMask", "255.0.255.0")).put("/api/v1/network/ip-lan")
                .then().statusCode(400).body("field", equalTo("subnetMask")).body("rule", containsString("contiguous"));
        api().contentType("application/json").body(Map.of("vlanPriority", 8)).put("/api/v1/network/ip-lan")
                .then().statusCode(400).body("field", equalTo("vlanPriority"));
        api().contentType("application/json").body(Map.of("ipAddressType", "DHCP")).put("/api/v1/network/ip-lan")
                .then().statusCode(200).body("ipAddressType", equalTo("DHCP")).body("ipAddress", equalTo("192.168.2.10"));
        api().contentType("application/json").body(Map.of("vlanTagging", false, "preferredDns", "", "ipAddress", ""))
                .put("/api/v1/network/ip-lan").then().statusCode(200).body("ipAddress", equalTo(""));
        given().auth().preemptive().basic("admin", "wrong").get("/api/v1/network/ip-lan").then().statusCode(401);
    }

    @Test
    void dateAndTimeShowsTheSystemTimeInTheChosenZoneAndSavesLikeTheApi() {
        clock.set(Instant.parse("2026-07-01T10:00:00Z"));
        String page = admin.open(Menu.SYSTEM_DATE_AND_TIME).then().statusCode(200).extract().asString();
        assertThat(page).contains("<output id=\"systemTime\">2026-07-01 12:00 (UTC+02:00)</output>")
                .contains("value=\"europe.pool.ntp.org,pool.ntp.org\"")
                .contains("<option value=\"Europe/Berlin\" selected>").contains("id=\"help-timeServers\"")
                .contains("Not synchronised by the integrator");

        Map<String, String> form = formOf(page);
        form.put("timeZone", "America/New_York");
        form.put("automaticDaylightSaving", "true");
        form.put("timeServers", "ntp one");
        assertThat(admin.post(Menu.SYSTEM_DATE_AND_TIME, form).asString()).contains("id=\"timeServers-rule\">must be host names")
                .doesNotContain("Saved.");
        api().get("/api/v1/system/date-and-time").then().body("timeZone", equalTo("Europe/Berlin"));

        form.put("timeServers", "ntp1.example.com, 192.168.2.1");
        String saved = admin.post(Menu.SYSTEM_DATE_AND_TIME, form).asString();
        assertThat(saved).contains("Saved.").contains("2026-07-01 06:00 (UTC-04:00)");
        api().get("/api/v1/system/date-and-time").then().body("timeServers", equalTo("ntp1.example.com,192.168.2.1"))
                .body("timeZone", equalTo("America/New_York")).body("systemTimeIso", equalTo("2026-07-01T06:00-04:00"));

        api().contentType("application/json").body(Map.of("timeZone", "Mars/Olympus")).put("/api/v1/system/date-and-time")
                .then().statusCode(400).body("field", equalTo("timeZone"));
        api().contentType("application/json").body(Map.of("timeServers", "europe.pool.ntp.org,pool.ntp.org",
                "timeZone", "Europe/Berlin")).put("/api/v1/system/date-and-time").then().statusCode(200);
    }

    @Test
    void dectSettingsChangeTheRadioBandOfTheFirstLoginAndRefuseEnhancedSecurityWithoutEncryption() {
        String page = admin.open(Menu.SYSTEM_DECT_SETTINGS).then().statusCode(200).extract().asString();
        assertThat(page).contains("<option value=\"EUROPE\" selected>1880 - 1900 MHz (Europe)</option>")
                .contains("id=\"dectEncryption\" name=\"dectEncryption\" value=\"true\" checked").contains("id=\"help-ecoDectRadiationPower\"")
                .contains("not applied to the radio");

        Map<String, String> form = formOf(page);
        form.put("ecoDectRadiationPower", "LIMITED_RANGE");
        form.put("dectRadioBand", "US");
        form.put("earlyEncryptionAndReKeying", "true");
        form.remove("dectEncryption");
        String refused = admin.post(Menu.SYSTEM_DECT_SETTINGS, form).asString();
        assertThat(refused).contains("id=\"earlyEncryptionAndReKeying-rule\">must be off while DECT encryption is off");
        api().get("/api/v1/system/first-login").then().body("dectRadioBand", equalTo("EUROPE"));
        api().get("/api/v1/system/dect-settings").then().body("ecoDectRadiationPower", equalTo("MAXIMUM_RANGE"));

        form.put("dectEncryption", "true");
        assertThat(admin.post(Menu.SYSTEM_DECT_SETTINGS, form).asString()).contains("Saved.");
        api().get("/api/v1/system/first-login").then().body("dectRadioBand", equalTo("US"));
        api().get("/api/v1/system/dect-settings").then().body("dectRadioBand", equalTo("US"))
                .body("ecoDectRadiationPower", equalTo("LIMITED_RANGE")).body("earlyEncryptionAndReKeying", equalTo(true))
                .body("appliedToRadio", equalTo(false));

        api().contentType("application/json").body(Map.of("dectRadioBand", "MARS")).put("/api/v1/system/dect-settings")
                .then().statusCode(400).body("field", equalTo("dectRadioBand"));
        api().contentType("application/json").body(Map.of("dectRadioBand", "EUROPE", "ecoDectRadiationPower", "MAXIMUM_RANGE",
                "earlyEncryptionAndReKeying", false)).put("/api/v1/system/dect-settings").then().statusCode(200);
        api().get("/api/v1/system/first-login").then().body("dectRadioBand", equalTo("EUROPE"));
    }

    /** The form's fields as the page shows them: text inputs, selected options, ticked boxes and the shown-values token. */
    static Map<String, String> formOf(String html) {
        Map<String, String> form = new HashMap<>(VoipPageQuarkusTest.formOf(html));
        Matcher select = Pattern.compile("<select id=\"([^\"]+)\" name=\"[^\"]+\">(.*?)</select>", Pattern.DOTALL).matcher(html);
        while (select.find()) {
            Matcher chosen = Pattern.compile("<option value=\"([^\"]*)\" selected>").matcher(select.group(2));
            if (chosen.find()) {
                form.put(select.group(1), chosen.group(1));
            }
        }
        Matcher checked = Pattern.compile("<input type=\"checkbox\" id=\"([^\"]+)\" name=\"[^\"]+\" value=\"true\" checked>").matcher(html);
        while (checked.find()) {
            form.put(checked.group(1), "true");
        }
        return form;
    }

    private static RequestSpecification api() {
        return given().auth().preemptive().basic("admin", WebSession.ADMIN_PASSWORD);
    }
}
