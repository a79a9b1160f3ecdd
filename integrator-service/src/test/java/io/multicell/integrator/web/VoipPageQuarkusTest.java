package io.multicell.integrator.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.multicell.integrator.testing.FakeSipGateway;
import io.multicell.integrator.testing.IntegratorTestResource;
import io.multicell.integrator.testing.WebProfile;
import io.multicell.integrator.testing.WebSession;
import io.multicell.testing.MulticellTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Settings > Telephony > VoIP" over real HTTPS and PostgreSQL, as the example of every settings page: fields with
 * the manual's help, a broken rule next to its field with nothing saved, Set saving like the API, and a conflicting
 * edit of another session reported instead of overwritten.
 */
@QuarkusTest
@TestProfile(WebProfile.class)
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
class VoipPageQuarkusTest {

    static final Pattern SHOWN = Pattern.compile("name=\"_shown\" value=\"([^\"]+)\"");

    @ConfigProperty(name = "quarkus.http.test-ssl-port")
    int httpsPort;
    @ConfigProperty(name = IntegratorTestResource.SIP_PORT)
    int sipPort;

    FakeSipGateway sip;
    WebSession admin;

    @BeforeEach
    void sipGatewayRunsAndTheAdminIsLoggedIn() {
        admin = WebSession.admin(httpsPort);
        sip = FakeSipGateway.runningOn(sipPort);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                api().get("/api/v1/sip-gateway").then().extract().<Boolean>path("connected"));
    }

    @Test
    void everyFieldHasItsHelpABrokenRuleIsShownNextToItsFieldAndAConflictingEditIsNotOverwritten() {
        String page = admin.open(Menu.TELEPHONY_VOIP).then().statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'"))
                .header("X-Frame-Options", equalTo("DENY")).extract().asString();
        assertThat(page).contains("id=\"sipPort\" name=\"sipPort\" value=\"5060\"")
                .contains("id=\"help-sessionTimerSeconds\"").contains("min. 90 sec")
                .contains("data-menu=\"" + Menu.TELEPHONY_VOIP + "\"");

        // A port out of range: the rule next to the field, the typed value kept, nothing saved.
        Map<String, String> form = formOf(page);
        form.put("sipPort", "70000");
        String refused = admin.post(Menu.TELEPHONY_VOIP, form).then().statusCode(200).extract().asString();
        assertThat(refused).contains("id=\"sipPort-rule\">must be 1..65535").contains("value=\"70000\"").doesNotContain("Saved.");
        api().get("/api/v1/telephony/voip").then().body("sipPort", equalTo(5060));
        form.put("sipPort", "50x");
        assertThat(admin.post(Menu.TELEPHONY_VOIP, form).asString()).contains("id=\"sipPort-rule\">must be a whole number");

        // Set saves as the API would; an unticked checkbox is off.
        form.put("sipPort", "5070");
        form.put("t1Ms", "600");
        form.put("prack", "true");
        String saved = admin.post(Menu.TELEPHONY_VOIP, form).then().statusCode(200).extract().asString();
        assertThat(saved).contains("Saved.").contains("value=\"5070\"");
        api().get("/api/v1/telephony/voip").then().body("sipPort", equalTo(5070)).body("t1Ms", equalTo(600))
                .body("prack", equalTo(true));
        assertThat(sip.configuration().getVoip().getT1Ms()).as("T1 pushed to the SIP gateway").isEqualTo(600);

        // Another session changes T1 while this page is open: Set tells what changed and overwrites nothing.
        Map<String, String> stale = formOf(saved);
        api().contentType("application/json").body(Map.of("t1Ms", 700)).put("/api/v1/telephony/voip").then().statusCode(200);
        stale.put("rtpTos", "40");
        String conflict = admin.post(Menu.TELEPHONY_VOIP, stale).then().statusCode(200).extract().asString();
        assertThat(conflict).contains("id=\"conflicts\"").contains("<td>SIP timer T1</td><td>600</td><td>700</td>")
                .doesNotContain("Saved.");
        api().get("/api/v1/telephony/voip").then().body("t1Ms", equalTo(700)).body("rtpTos", equalTo(46));
        // Set again, knowing: the second writer's values are saved.
        Map<String, String> knowing = formOf(conflict);
        knowing.put("t1Ms", "600");
        assertThat(admin.post(Menu.TELEPHONY_VOIP, knowing).asString()).contains("Saved.");
        api().get("/api/v1/telephony/voip").then().body("t1Ms", equalTo(600)).body("rtpTos", equalTo(40))
                .body("prack", equalTo(false));
        // Restore the defaults for the other tests of this profile.
        api().contentType("application/json").body(Map.of("sipPort", 5060, "t1Ms", 500, "rtpTos", 46))
                .put("/api/v1/telephony/voip").then().statusCode(200);
    }

    /** The form's fields as the page shows them (text inputs and the shown-values token; checkboxes unticked). */
    static Map<String, String> formOf(String html) {
        Map<String, String> form = new HashMap<>();
        Matcher input = Pattern.compile("<input type=\"text\"[^>]* name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(html);
        while (input.find()) {
            form.put(input.group(1), input.group(2));
        }
        Matcher shown = SHOWN.matcher(html);
        assertThat(shown.find()).as("shown-values token").isTrue();
        form.put("_shown", shown.group(1));
        return form;
    }

    private static io.restassured.specification.RequestSpecification api() {
        return given().auth().preemptive().basic("admin", WebSession.ADMIN_PASSWORD);
    }
}
