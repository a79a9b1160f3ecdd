package io.multicell.integrator.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.multicell.integrator.testing.FakeDectManager;
import io.multicell.integrator.testing.FakeSipGateway;
import io.multicell.integrator.testing.IntegratorTestResource;
import io.multicell.integrator.testing.PageForm;
import io.multicell.integrator.testing.WebProfile;
import io.multicell.integrator.testing.WebSession;
import io.multicell.testing.MulticellTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Settings > Provider or PBX profiles" over real HTTPS and PostgreSQL: the list of the 20 profiles ten at a time, the
 * configuration page with every field of the manual and its help, a broken rule next to its field with nothing
 * saved, Set saving like the API (connection ringtones, codecs in a new order), and Delete refused while handsets use
 * the profile.
 */
@QuarkusTest
@TestProfile(WebProfile.class)
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
class ProviderProfilePagesQuarkusTest {

    static final String PROFILE = Menu.PROVIDER_PROFILES + "/7";
    static final String API = "/api/v1/provider-profiles/7";
    /** Every field of the manual's configuration page, as the API names it. */
    static final List<String> FIELDS = List.of("name", "phoneSystem", "domain", "proxyAddress", "proxyPort", "registrationRefreshSeconds",
            "transport", "sips", "srtp", "acceptNonSrtp", "deregisterDetachedHandsets", "dnsQuery", "failoverEnabled",
            "failoverServer", "failoverPort", "outboundProxyMode", "outboundProxyAddress", "outboundProxyPort", "mwiSubscribe",
            "dtmfAutomaticNegotiation", "dtmfSendMode", "connectionRingtones[0].name", "connectionRingtones[0].alertInfoPattern",
            "connectionRingtones[6].name", "connectionRingtones[6].alertInfoPattern", "codecs", "ptimeMs", "holdSignalling",
            "holdTowardsTransferTarget", "callingPartyUserPart", "callCompletionOnCode", "callCompletionOffCode", "csta");

    @ConfigProperty(name = "quarkus.http.test-ssl-port")
    int httpsPort;
    @ConfigProperty(name = IntegratorTestResource.SIP_PORT)
    int sipPort;
    @ConfigProperty(name = IntegratorTestResource.DM_PORT)
    int dmPort;

    FakeSipGateway sip;
    WebSession admin;

    @BeforeEach
    void sipGatewayAndDectManagerRunAndTheAdminIsLoggedIn() {
        admin = WebSession.admin(httpsPort);
        sip = FakeSipGateway.runningOn(sipPort);
        FakeDectManager.runningOn(dmPort);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                api().get("/api/v1/sip-gateway").then().extract().<Boolean>path("connected")
                        && api().get("/api/v1/dect-manager").then().extract().<Boolean>path("connected"));
    }

    @AfterEach
    void profileBackToFactorySettings() {
        api().delete(API).then().statusCode(204);
    }

    @Test
    void theListShowsTheTwentyProfilesTenAtATimeWithDomainOrNotConfigured() {
        api().contentType("application/json").body(Map.of("name", "Company PBX", "domain", "pbx.example.com")).put(API)
                .then().statusCode(200);
        String list = admin.open(Menu.PROVIDER_PROFILES).then().statusCode(200).extract().asString();
        assertThat(list).contains("<tr data-id=\"7\"><td>Company PBX</td><td>pbx.example.com</td><td>0</td>")
                .contains("<tr data-id=\"1\"><td>IP1</td><td>Not configured</td>").contains("VoIP connections 1 to 10 of 20")
                .contains("href=\"" + PROFILE + "\"").doesNotContain("data-id=\"11\"")
                .contains("class=\"current\" data-menu=\"" + Menu.PROVIDER_PROFILES + "\"");
        String next = admin.request().get(Menu.PROVIDER_PROFILES + "/list?page=2").then().statusCode(200).extract().asString();
        assertThat(next).contains("<tr data-id=\"20\"><td>IP20</td><td>Not configured</td>").contains("VoIP connections 11 to 20 of 20")
                .doesNotContain("data-id=\"7\"");
    }

    @Test
    void everyFieldHasItsHelpAndABrokenRuleIsShownNextToItsFieldWithNothingSaved() {
        String page = admin.open(PROFILE).then().statusCode(200).extract().asString();
        for (String field : FIELDS) {
            assertThat(page).as(field).contains("id=\"" + field + "\"").contains("popovertarget=\"help-" + field + "\"");
        }
        assertThat(page).contains("Range: 1-65535; Default: 5060 (for UDP/TCP), 5061 (for TLS)").contains("Internal calls cannot be changed")
                .contains("<label for=\"connectionRingtones[2].name\">Door calls: Name</label>")
                .contains("class=\"current\" data-menu=\"" + Menu.PROVIDER_PROFILES + "\"");

        Map<String, Object> form = PageForm.of(page);
        form.put("proxyPort", "70000");
        String refused = admin.post(PROFILE, form).then().statusCode(200).extract().asString();
        assertThat(refused).contains("id=\"proxyPort-rule\">must be 1..65535").contains("value=\"70000\"").doesNotContain("Saved.")
                .as("a read-only figure is shown again too").contains("<output id=\"usedByHandsets\">0</output>");

        form.put("proxyPort", "5060");
        form.put("name", "N".repeat(75));
        form.put("domain", "pbx.example.com");
        assertThat(admin.post(PROFILE, form).asString()).contains("id=\"name-rule\">must be at most 74 characters");

        form.put("name", "Company PBX");
        form.put("connectionRingtones[2].name", "D".repeat(33));
        assertThat(admin.post(PROFILE, form).asString()).contains("id=\"connectionRingtones[2].name-rule\">must be at most 32 characters");

        form.put("connectionRingtones[2].name", "Door");
        form.remove("codecs");
        assertThat(admin.post(PROFILE, form).asString()).contains("id=\"codecs-rule\">must list at least one active codec");

        api().get(API).then().body("name", equalTo("IP7")).body("domain", equalTo("")).body("proxyPort", equalTo(5060))
                .body("codecs", equalTo(List.of("G722", "PCMA", "PCMU", "G729A")));
    }

    @Test
    void setSavesEveryFieldLikeTheApiAndTheCodecsInTheirNewOrder() {
        Map<String, Object> form = PageForm.of(admin.open(PROFILE).asString());
        assertThat(form.get("codecs")).isEqualTo(List.of("G722", "PCMA", "PCMU", "G729A"));
        form.put("name", "Company PBX");
        form.put("domain", "pbx.example.com");
        form.put("proxyAddress", "10.100.0.45");
        form.put("proxyPort", "5070");
        form.put("transport", "TCP");
        form.put("mwiSubscribe", "true");
        form.remove("dtmfAutomaticNegotiation");
        form.put("dtmfSendMode", "RFC2833");
        form.put("connectionRingtones[2].name", "Door");
        form.put("connectionRingtones[2].alertInfoPattern", "<urn:alert:source:door>");
        // PCMU first, then G.722; PCMA and G.729A deactivated.
        form.put("codecs", List.of("PCMU", "G722"));
        form.put("ptimeMs", "30");
        form.put("callingPartyUserPart", "PAI_TEL_PPI_FROM");
        form.put("callCompletionOnCode", "*37#");
        form.put("csta", "true");
        form.put("phoneSystem", "ASTERISK");

        String saved = admin.post(PROFILE, form).then().statusCode(200).extract().asString();
        assertThat(saved).contains("Saved.");
        api().get(API).then().body("name", equalTo("Company PBX")).body("configured", equalTo(true))
                .body("proxyAddress", equalTo("10.100.0.45")).body("proxyPort", equalTo(5070)).body("transport", equalTo("TCP"))
                .body("mwiSubscribe", equalTo(true)).body("dtmfAutomaticNegotiation", equalTo(false))
                .body("dtmfSendMode", equalTo("RFC2833"))
                .body("connectionRingtones[2].type", equalTo("DOOR")).body("connectionRingtones[2].name", equalTo("Door"))
                .body("connectionRingtones[2].alertInfoPattern", equalTo("<urn:alert:source:door>"))
                .body("connectionRingtones[0].name", equalTo("External calls"))
                .body("codecs", equalTo(List.of("PCMU", "G722"))).body("availableCodecs", equalTo(List.of("PCMA", "G729A")))
                .body("ptimeMs", equalTo(30)).body("callingPartyUserPart", equalTo("PAI_TEL_PPI_FROM"))
                .body("callCompletionOnCode", equalTo("*37#")).body("csta", equalTo(true))
                .body("phoneSystem", equalTo("ASTERISK"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sip.configuration().getProfilesList())
                .as("the profile as the SIP gateway gets it").anySatisfy(p -> {
                    assertThat(p.getId()).isEqualTo(7);
                    assertThat(p.getProxyPort()).isEqualTo(5070);
                }));

        // Reloaded, the page shows the saved values and the codecs in their new order.
        String reloaded = admin.open(PROFILE).asString();
        assertThat(activeCodecs(reloaded)).containsExactly("PCMU", "G722");
        assertThat(reloaded).contains("id=\"proxyPort\" name=\"proxyPort\" value=\"5070\"")
                .contains("value=\"&lt;urn:alert:source:door&gt;\"").contains("<option value=\"30\" selected>30 ms</option>")
                .contains("<option value=\"ASTERISK\" selected>Asterisk</option>");
        api().contentType("application/json").body(Map.of("phoneSystem", "Nortel")).put(API).then().statusCode(400)
                .body("field", equalTo("phoneSystem")).body("rule", equalTo("must be one of OTHER, ASTERISK, FREESWITCH, KAMAILIO, THREE_CX, BROADWORKS"));
        api().get("/api/v1/system/configuration").then().body("providerProfiles.find { it.id == 7 }.settings.phoneSystem", equalTo("ASTERISK"));
        assertThat(PageForm.of(reloaded)).containsEntry("codecs", List.of("PCMU", "G722")).containsEntry("csta", "true")
                .doesNotContainKey("dtmfAutomaticNegotiation");

        // Another order, one codec activated again.
        Map<String, Object> again = PageForm.of(reloaded);
        again.put("codecs", List.of("G722", "PCMA", "PCMU"));
        assertThat(admin.post(PROFILE, again).asString()).contains("Saved.");
        assertThat(activeCodecs(admin.open(PROFILE).asString())).containsExactly("G722", "PCMA", "PCMU");
    }

    @Test
    void deleteIsRefusedWhileAHandsetUsesTheProfileAndOtherwiseReturnsItToItsFactorySettings() {
        api().contentType("application/json").body(Map.of("name", "Company PBX", "domain", "pbx.example.com")).put(API)
                .then().statusCode(200);
        String device = api().contentType("application/json").body(Map.of("pin", "4711", "voipAccount",
                        Map.of("providerProfileId", 7, "authenticationName", "1001", "username", "1001", "password", "pw")))
                .post("/api/v1/mobile-devices").then().statusCode(201).extract().path("id").toString();
        try {
            admin.open(Menu.PROVIDER_PROFILES);
            String refused = admin.post(PROFILE + "/delete", Map.of("page", "1")).then().statusCode(200).extract().asString();
            assertThat(refused).contains("id=\"error\">Not deleted: Company PBX is the VoIP provider of 1 handset(s)")
                    .contains("<tr data-id=\"7\"><td>Company PBX</td><td>pbx.example.com</td><td>1</td>");
            api().get(API).then().body("domain", equalTo("pbx.example.com"));
        } finally {
            api().delete("/api/v1/mobile-devices/" + device).then().statusCode(204);
        }
        String deleted = admin.post(PROFILE + "/delete", Map.of("page", "1")).then().statusCode(200).extract().asString();
        assertThat(deleted).contains("Company PBX deleted").contains("<tr data-id=\"7\"><td>IP7</td><td>Not configured</td><td>0</td>");
        api().get(API).then().body("configured", equalTo(false)).body("name", equalTo("IP7"));
    }

    /** The codecs of the Active list, top to bottom. */
    static List<String> activeCodecs(String html) {
        Matcher active = Pattern.compile("<ol class=\"active\" id=\"codecs-active\">(.*?)</ol>", Pattern.DOTALL).matcher(html);
        assertThat(active.find()).as("active codecs list").isTrue();
        return Pattern.compile("<li data-value=\"([^\"]+)\"").matcher(active.group(1)).results().map(m -> m.group(1)).toList();
    }

    private static RequestSpecification api() {
        return given().auth().preemptive().basic("admin", WebSession.ADMIN_PASSWORD);
    }
}
