package io.multicell.integrator.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Settings > Telephony > Call settings" over real HTTPS and PostgreSQL: every field with the manual's help, broken
 * rules (access code, area code required while used) next to their fields with nothing saved, Set saving like the API.
 */
@QuarkusTest
@TestProfile(WebProfile.class)
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
class CallSettingsPageQuarkusTest {

    static final String API = "/api/v1/telephony/call-settings";
    static final List<String> FIELDS = List.of("transferByRKey", "transferOnHook", "transferTarget", "accessCode", "accessCodeUse",
            "internationalPrefix", "internationalAreaCode", "localPrefix", "localAreaCode", "useAreaCode", "country", "toneScheme");

    @ConfigProperty(name = "quarkus.http.test-ssl-port")
    int httpsPort;
    @ConfigProperty(name = IntegratorTestResource.SIP_PORT)
    int sipPort;

    WebSession admin;

    @BeforeEach
    void theAdminIsLoggedIn() {
        admin = WebSession.admin(httpsPort);
        // Set pushes to the SIP gateway; the test passed alone only after another test had started the fake.
        FakeSipGateway.runningOn(sipPort);
    }

    @AfterEach
    void factorySettings() {
        api().contentType("application/json").body(Map.of("transferByRKey", false, "transferOnHook", false, "transferTarget", "AOR",
                "accessCode", "", "accessCodeUse", "NEVER", "internationalPrefix", "00", "internationalAreaCode", "", "localPrefix", "0",
                "localAreaCode", "", "useAreaCode", "NEVER")).put(API).then().statusCode(200);
        api().contentType("application/json").body(Map.of("country", "OTHER", "toneScheme", "INTERNATIONAL")).put(API).then().statusCode(200);
    }

    @Test
    void everyFieldHasItsHelpABrokenRuleIsShownNextToItsFieldAndSetSaves() {
        String page = admin.open(Menu.TELEPHONY_CALL_SETTINGS).then().statusCode(200).extract().asString();
        for (String field : FIELDS) {
            assertThat(page).as(field).contains("id=\"" + field + "\"").contains("popovertarget=\"help-" + field + "\"");
        }
        assertThat(page).contains("max. 3 digits (0 - 9, *, R, #, P)").contains("<option value=\"CALL_LISTS\">For call lists</option>")
                .contains("id=\"internationalPrefix\" name=\"internationalPrefix\" value=\"00\"")
                // configurator.js fills a chosen country's prefixes in at once; Other names none
                .contains("<option value=\"GREAT_BRITAIN\" data-fills=\"internationalAreaCode=44 internationalPrefix=00 localPrefix=0\">")
                .contains("<option value=\"ITALY\" data-fills=\"internationalAreaCode=39 internationalPrefix=00 localPrefix=\">")
                .contains("<option value=\"OTHER\" selected>")
                .contains("class=\"current\" data-menu=\"" + Menu.TELEPHONY_CALL_SETTINGS + "\"");

        Map<String, Object> form = PageForm.of(page);
        form.put("accessCode", "0123");
        String refused = admin.post(Menu.TELEPHONY_CALL_SETTINGS, form).then().statusCode(200).extract().asString();
        assertThat(refused).contains("id=\"accessCode-rule\">must be at most 3 of 0-9 * R # P").contains("value=\"0123\"")
                .doesNotContain("Saved.");
        form.put("accessCode", "0");
        form.put("useAreaCode", "LOCAL");
        assertThat(admin.post(Menu.TELEPHONY_CALL_SETTINGS, form).asString())
                .contains("id=\"localAreaCode-rule\">is required while it is prefixed (For local calls)");
        api().get(API).then().body("accessCode", equalTo("")).body("useAreaCode", equalTo("NEVER"));

        form.put("transferByRKey", "true");
        form.put("transferTarget", "CONTACT");
        form.put("accessCodeUse", "CALL_LISTS");
        form.put("internationalAreaCode", "44");
        form.put("localAreaCode", "207");
        form.put("useAreaCode", "LOCAL_AND_NATIONAL");
        String saved = admin.post(Menu.TELEPHONY_CALL_SETTINGS, form).then().statusCode(200).extract().asString();
        assertThat(saved).contains("Saved.").contains("<option value=\"LOCAL_AND_NATIONAL\" selected>");
        api().get(API).then().body("transferByRKey", equalTo(true)).body("transferOnHook", equalTo(false))
                .body("transferTarget", equalTo("CONTACT")).body("accessCode", equalTo("0")).body("accessCodeUse", equalTo("CALL_LISTS"))
                .body("internationalAreaCode", equalTo("44")).body("localAreaCode", equalTo("207"))
                .body("useAreaCode", equalTo("LOCAL_AND_NATIONAL"));
        assertThat(PageForm.of(admin.open(Menu.TELEPHONY_CALL_SETTINGS).asString())).containsEntry("localAreaCode", "207")
                .containsEntry("transferByRKey", "true").containsEntry("accessCodeUse", "CALL_LISTS");
    }

    @Test
    void countryFillsThePrefixesToneSchemeIsStoredAndBothAreInTheSavedSettings() {
        Map<String, Object> form = PageForm.of(admin.open(Menu.TELEPHONY_CALL_SETTINGS).then().statusCode(200).extract().asString());
        assertThat(form).containsEntry("country", "OTHER").containsEntry("toneScheme", "INTERNATIONAL");
        form.put("country", "GERMANY");
        form.put("toneScheme", "GERMANY");
        String saved = admin.post(Menu.TELEPHONY_CALL_SETTINGS, form).then().statusCode(200).extract().asString();
        assertThat(saved).contains("Saved.").contains("<option value=\"GERMANY\" selected>Germany</option>");
        api().get(API).then().body("country", equalTo("GERMANY")).body("toneScheme", equalTo("GERMANY"))
                .body("internationalPrefix", equalTo("00")).body("internationalAreaCode", equalTo("49")).body("localPrefix", equalTo("0"));
        api().get("/api/v1/system/configuration").then().statusCode(200)
                .body("telephony.callSettings.country", equalTo("GERMANY")).body("telephony.callSettings.toneScheme", equalTo("GERMANY"));

        api().contentType("application/json").body(Map.of("toneScheme", "Klingon")).put(API).then().statusCode(400)
                .body("field", equalTo("toneScheme")).body("rule", org.hamcrest.Matchers.startsWith("must be one of INTERNATIONAL"));
        api().contentType("application/json").body(Map.of("country", "Atlantis", "toneScheme", "FRANCE")).put(API).then().statusCode(400)
                .body("field", equalTo("country"));
        api().get(API).then().body("toneScheme", equalTo("GERMANY")).body("country", equalTo("GERMANY"));
    }

    private static RequestSpecification api() {
        return given().auth().preemptive().basic("admin", WebSession.ADMIN_PASSWORD);
    }
}
