package io.multicell.integrator.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.multicell.integrator.security.PasswordRules;
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
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * "Settings > System > Web configurator", the manual's "Web configurator access rights", over real HTTPS and
 * PostgreSQL: the admin sets its own password and the user's, activates and deactivates the user role; the user reaches
 * the page for its own password only; a broken rule is shown next to its field and changes nothing.
 */
@QuarkusTest
@TestProfile(WebProfile.class)
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
class WebAccessRightsPageQuarkusTest {

    static final String PAGE = Menu.WEB_CONFIGURATOR;

    @ConfigProperty(name = "quarkus.http.test-ssl-port")
    int httpsPort;

    @Test
    void theAdminSetsTheUsersPasswordWithTheActivationAndTheUserLogsInWithIt() {
        WebSession admin = WebSession.admin(httpsPort);
        String page = admin.open(PAGE).then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"password-form\" hx-post=\"" + PAGE + "/password/admin\"")
                .contains("New password of admin").contains("id=\"show-password\"")
                .contains("id=\"user-access-form\"").contains("id=\"user-newPassword\"")
                .contains("id=\"cli-not-available\"").contains("no CLI access (SSH)")
                .contains("id=\"certificate-form\"");

        String set = admin.post(PAGE + "/user-access",
                Map.of("active", "true", "newPassword", "User-Page-1", "repeatPassword", "User-Page-1")).then().statusCode(200)
                .extract().asString();
        assertThat(set).contains("id=\"user-access-notice\"").contains("User access is active.")
                .contains("The password of user was set.").contains("id=\"active-yes\" name=\"active\" value=\"true\" checked");
        // The page's change is in the audit log like one through the API.
        api().queryParam("limit", 1).get("/api/v1/audit-log").then()
                .body("user[0]", equalTo("admin")).body("action[0]", equalTo("POST"))
                .body("target[0]", equalTo(PAGE + "/user-access")).body("outcome[0]", equalTo(200));
        api().get("/api/v1/users").then().body("find { it.name == 'user' }.active", equalTo(true))
                .body("find { it.name == 'user' }.passwordChangeRequired", equalTo(false));

        WebSession user = WebSession.login(httpsPort, "user", "User-Page-1");
        // Set by the admin: no first login for the user, straight to the pages.
        user.open(Menu.STATUS_OVERVIEW).then().statusCode(200);
        given().auth().preemptive().basic("user", "User-Page-1").get("/api/v1/users/me").then().statusCode(200);

    }

    @Test
    void theUserChangesItsOwnPasswordOnThePageAndReachesNothingElseOfIt() {
        userActiveWith("User-Pass-1");
        WebSession user = WebSession.login(httpsPort, "user", "User-Pass-1");

        String page = user.open(PAGE).then().statusCode(200).extract().asString();
        assertThat(page).contains("data-menu=\"" + PAGE + "\"")
                .contains("id=\"password-form\" hx-post=\"" + PAGE + "/password/user\"").contains("New password of user")
                .doesNotContain("id=\"user-access-form\"").doesNotContain("id=\"certificate-form\"")
                .doesNotContain("id=\"certificate-details\"").doesNotContain("id=\"cli-not-available\"");

        String changed = user.post(PAGE + "/password/user", Map.of("newPassword", "User-Own-2!", "repeatPassword", "User-Own-2!"))
                .then().statusCode(200).extract().asString();
        assertThat(changed).contains("id=\"password-notice\"").contains("Password of user changed.");
        given().auth().preemptive().basic("user", "User-Pass-1").get("/api/v1/users/me").then().statusCode(401);
        given().auth().preemptive().basic("user", "User-Own-2!").get("/api/v1/users/me").then().statusCode(200);
        // The session that changed it stays logged in.
        user.open(PAGE).then().statusCode(200);

        // Not the admin's password, not the activation, not the certificate: 403 and nothing changes.
        user.post(PAGE + "/password/admin", Map.of("newPassword", "Taken-Over-1!", "repeatPassword", "Taken-Over-1!"))
                .then().statusCode(403);
        user.post(PAGE + "/user-access", Map.of("active", "false")).then().statusCode(403);
        user.request().post(PAGE + "/certificate/self-signed").then().statusCode(403);
        api().get("/api/v1/users/me").then().statusCode(200);
        api().get("/api/v1/users").then().body("find { it.name == 'user' }.active", equalTo(true));
    }

    @Test
    void aBrokenRuleIsShownNextToItsFieldAndNothingChanges() {
        userActiveWith("User-Pass-1");
        WebSession admin = WebSession.admin(httpsPort);
        admin.open(PAGE);

        String noNumber = admin.post(PAGE + "/password/admin", Map.of("newPassword", "Secret-Password!", "repeatPassword", "Secret-Password!"))
                .then().statusCode(200).extract().asString();
        assertThat(noNumber).contains("id=\"newPassword-rule\">" + PasswordRules.NUMBER).contains("Nothing changed.")
                .contains("class=\"field invalid\" id=\"field-newPassword\"");
        String notRepeated = admin.post(PAGE + "/password/admin", Map.of("newPassword", "Secret-2027!", "repeatPassword", "Secret-2028!"))
                .then().statusCode(200).extract().asString();
        assertThat(notRepeated).contains("id=\"repeatPassword-rule\">" + PasswordRules.REPEAT);
        api().get("/api/v1/users/me").then().statusCode(200);

        // Deactivation with a password that is too short: neither the password nor the activation changes.
        String tooShort = admin.post(PAGE + "/user-access", Map.of("active", "false", "newPassword", "Ab1!", "repeatPassword", "Ab1!"))
                .then().statusCode(200).extract().asString();
        assertThat(tooShort).contains("id=\"user-newPassword-rule\">" + PasswordRules.LENGTH).contains("Nothing changed.")
                // the form shows what was chosen, for the next try
                .contains("id=\"active-no\" name=\"active\" value=\"false\" checked");
        api().get("/api/v1/users").then().body("find { it.name == 'user' }.active", equalTo(true));
        given().auth().preemptive().basic("user", "User-Pass-1").get("/api/v1/users/me").then().statusCode(200);
        assertThat(admin.post(PAGE + "/user-access", Map.of()).asString()).contains("id=\"active-rule\">must be Yes or No");

        // The API refuses the same the same way (one rule), naming the field.
        api().contentType("application/json").body(Map.of("active", false, "newPassword", "Ab1!", "repeatPassword", "Ab1!"))
                .put("/api/v1/users/user/activation").then().statusCode(400)
                .body("field", equalTo("newPassword")).body("rule", equalTo(PasswordRules.LENGTH));
        api().get("/api/v1/users").then().body("find { it.name == 'user' }.active", equalTo(true));
    }

    @Test
    void activationYesLetsTheUserLogInAndNoLocksItOutAtOnce() {
        userActiveWith("User-Pass-1");
        WebSession admin = WebSession.admin(httpsPort);
        admin.open(PAGE);
        WebSession user = WebSession.login(httpsPort, "user", "User-Pass-1");
        user.open(Menu.STATUS_OVERVIEW).then().statusCode(200);

        assertThat(admin.post(PAGE + "/user-access", Map.of("active", "false")).asString())
                .contains("User access is off").contains("id=\"active-no\" name=\"active\" value=\"false\" checked");
        // The session already open ends with its next request, and a new login is refused.
        user.open(Menu.STATUS_OVERVIEW).then().statusCode(302).header("Location", containsString("/login"));
        assertThat(loginCookie("User-Pass-1")).isNull();

        // Yes without a password: the user keeps the one it had.
        assertThat(admin.post(PAGE + "/user-access", Map.of("active", "true", "newPassword", "", "repeatPassword", "")).asString())
                .contains("User access is active.").doesNotContain("The password of user was set.");
        assertThat(loginCookie("User-Pass-1")).isNotNull();
    }

    @Test
    void theAdminChangesItsOwnPasswordAndStaysLoggedIn() {
        WebSession admin = WebSession.admin(httpsPort);
        admin.open(PAGE);
        try {
            String changed = admin.post(PAGE + "/password/admin", Map.of("newPassword", "Secret-2027!", "repeatPassword", "Secret-2027!"))
                    .then().statusCode(200).extract().asString();
            assertThat(changed).contains("Password of admin changed. This session stays logged in");
            admin.open(PAGE).then().statusCode(200);
            given().auth().preemptive().basic("admin", "Secret-2027!").get("/api/v1/users/me").then().statusCode(200);
            api().get("/api/v1/users/me").then().statusCode(401);
        } finally {
            // The other page tests of this profile log in with WebSession.ADMIN_PASSWORD.
            given().auth().preemptive().basic("admin", "Secret-2027!").contentType("application/json")
                    .body(Map.of("newPassword", WebSession.ADMIN_PASSWORD, "repeatPassword", WebSession.ADMIN_PASSWORD))
                    .put("/api/v1/users/admin/password");
        }
        api().get("/api/v1/users/me").then().statusCode(200);
    }

    /** As the admin would through the API: user active with {@code password} (tests of this profile share the users). */
    private void userActiveWith(String password) {
        WebSession.admin(httpsPort);
        api().contentType("application/json").body(Map.of("active", true, "newPassword", password, "repeatPassword", password))
                .put("/api/v1/users/user/activation").then().statusCode(200).body("active", equalTo(true));
    }

    private String loginCookie(String password) {
        Response login = given().relaxedHTTPSValidation().redirects().follow(false).baseUri("https://127.0.0.1").port(httpsPort)
                .formParam("j_username", "user").formParam("j_password", password).post("/j_security_check");
        return login.getCookie("multicell-session");
    }

    private static RequestSpecification api() {
        return given().auth().preemptive().basic("admin", WebSession.ADMIN_PASSWORD);
    }
}
