package io.multicell.integrator.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.multicell.integrator.testing.IntegratorTestResource;
import io.multicell.integrator.testing.WebProfile;
import io.multicell.integrator.testing.WebSession;
import io.multicell.integrator.web.language.LanguageChoice;
import io.multicell.testing.MulticellTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The web configurator in German over real HTTPS and PostgreSQL: the login screen follows the browser's
 * Accept-Language, the options menu Language keeps the choice in a cookie, and a settings page then shows German
 * labels, help and the broken rule next to its field in German, while the API keeps answering in English.
 */
@QuarkusTest
@TestProfile(WebProfile.class)
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
class GermanPagesQuarkusTest {

    @ConfigProperty(name = "quarkus.http.test-ssl-port")
    int httpsPort;

    @Test
    void theLoginScreenIsGermanForABrowserThatAsksForGermanAndEnglishOtherwise() {
        String german = https().header("Accept-Language", "de-DE,de;q=0.9,en;q=0.8").get(LoginPage.LOGIN)
                .then().statusCode(200).extract().asString();
        assertThat(german).contains("<html lang=\"de\">").contains("Benutzername").contains("Passwort")
                .contains("<label for=\"language\">Sprache</label>")
                .contains("<option value=\"de\" selected>Deutsch</option>").contains("<option value=\"en\">English</option>");
        String failed = https().header("Accept-Language", "de").get(LoginPage.LOGIN + "?error=true").asString();
        assertThat(failed).contains("Anmeldung fehlgeschlagen: falscher Benutzername oder falsches Passwort");

        String french = https().header("Accept-Language", "fr-FR,fr;q=0.9").get(LoginPage.LOGIN).asString();
        assertThat(french).contains("<html lang=\"en\">").contains("Username").doesNotContain("Benutzername");
        String chosenEnglish = https().header("Accept-Language", "de-DE").cookie(LanguageChoice.COOKIE, "en")
                .get(LoginPage.LOGIN).asString();
        assertThat(chosenEnglish).as("the browser's choice wins over Accept-Language").contains("Username");
    }

    @Test
    void afterChoosingDeutschASettingsPageShowsGermanLabelsAndTheBrokenRuleInGermanWhileTheApiStaysEnglish() {
        Response chosen = https().get("/language?lang=de&back=" + Menu.TELEPHONY_VOIP).then().statusCode(303)
                .header("Location", endsWith(Menu.TELEPHONY_VOIP)).extract().response();
        String cookie = chosen.getHeader("Set-Cookie");
        assertThat(cookie).startsWith(LanguageChoice.COOKIE + "=de").contains("Secure").contains("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");

        WebSession admin = WebSession.admin(httpsPort).withLanguageCookie("de");
        String page = admin.open(Menu.TELEPHONY_VOIP).then().statusCode(200).extract().asString();
        assertThat(page).contains("<html lang=\"de\">")
                .contains("<h1>Allgemeine VoIP-Einstellungen")
                .contains("<label for=\"sipPort\">SIP-Port</label>")
                .contains("Der für VoIP-Verbindungen verwendete SIP-Port. Bereich: 1-65535; Standard: 5060")
                .contains("<legend>Quality of Service (QoS)</legend>")
                .contains(">Übernehmen</button>").contains(">Abbrechen</button>")
                .contains("<div class=\"menu-title\">Einstellungen</div>").contains("Anbieter- oder TK-Anlagen-Profile")
                .contains("Mobilteile &rsaquo; Registrierungs-Center")
                .contains("<option value=\"de\" selected>Deutsch</option>")
                .doesNotContain("General VoIP settings");

        Map<String, String> form = VoipPageQuarkusTest.formOf(page);
        form.put("sipPort", "70000");
        String refused = admin.post(Menu.TELEPHONY_VOIP, form).then().statusCode(200).extract().asString();
        assertThat(refused).contains("id=\"sipPort-rule\">muss 1..65535 sein</span>")
                .contains("<label for=\"sipPort\">SIP-Port</label>").contains("value=\"70000\"")
                .doesNotContain("Gespeichert.");
        form.put("sipPort", "50x");
        assertThat(admin.post(Menu.TELEPHONY_VOIP, form).asString()).contains("id=\"sipPort-rule\">muss eine ganze Zahl sein");
        api().get("/api/v1/telephony/voip").then().body("sipPort", equalTo(5060));
        api().header("Accept-Language", "de").contentType("application/json").body(Map.of("sipPort", 70000))
                .put("/api/v1/telephony/voip").then().statusCode(400).body(containsString("must be 1..65535"));

        // The overview (landing page) and a page with its title in Java follow the same choice; English again after
        // choosing English.
        assertThat(admin.open(Menu.STATUS_OVERVIEW).asString()).contains("<h1>Übersicht")
                .contains("Anzahl aktiver Basisstationen");
        assertThat(admin.open(Menu.SYSTEM_REBOOT_AND_RESET).asString()).contains("<h1>Neustart und Zurücksetzen")
                .contains("Jetzt neu starten");
        admin.withLanguageCookie("en");
        assertThat(admin.open(Menu.TELEPHONY_VOIP).asString()).contains("<h1>General VoIP settings")
                .contains("<label for=\"sipPort\">SIP port</label>").contains(">Set</button>");
    }

    @Test
    void anUnknownLanguageIsRefusedAndTheChoiceNeverLeadsToAnotherSite() {
        https().get("/language?lang=fr&back=/login").then().statusCode(400)
                .body(equalTo("lang: must be one of en, de")).header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        https().get("/language?lang=de&back=//evil.example/login").then().statusCode(303)
                .header("Location", endsWith("/login")).header("Location", org.hamcrest.Matchers.not(containsString("evil")));
    }

    private RequestSpecification https() {
        return given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .relaxedHTTPSValidation().baseUri("https://127.0.0.1").port(httpsPort);
    }

    private static RequestSpecification api() {
        return given().auth().preemptive().basic("admin", WebSession.ADMIN_PASSWORD);
    }
}
