package io.multicell.integrator.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.multicell.integrator.testing.IntegratorTestResource;
import io.multicell.integrator.testing.FirstLoginProfile;
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
import javax.net.ssl.SSLSession;
import javax.sql.DataSource;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The web configurator over real HTTPS: the certificate generated on the first start and kept in PostgreSQL, pages
 * redirected from HTTP, the login form and its Secure HttpOnly cookie, the forced first login, CSRF, roles.
 */
@QuarkusTest
@TestProfile(FirstLoginProfile.class)
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebConfiguratorQuarkusTest {

    static final String SESSION = "multicell-session";
    static final RestAssuredConfig NO_REDIRECTS = RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false));

    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "quarkus.http.test-ssl-port")
    int httpsPort;

    int httpsPort() {
        return httpsPort;
    }

    RequestSpecification https() {
        return given().config(NO_REDIRECTS).relaxedHTTPSValidation().baseUri("https://127.0.0.1").port(httpsPort);
    }

    @Test
    @Order(1)
    void theSelfSignedCertificateIsStoredAndServedOnTheHttpsPort() throws Exception {
        String subject;
        try (var c = dataSource.getConnection(); var rs = c.createStatement()
                .executeQuery("SELECT origin, subject FROM integrator.web_certificate")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("SELF_SIGNED");
            subject = rs.getString(2);
        }
        assertThat(subject).contains("CN=multicell-integrator");

        var context = javax.net.ssl.SSLContext.getInstance("TLS");
        context.init(null, new javax.net.ssl.TrustManager[]{new TrustEverything()}, null);
        try (var socket = (javax.net.ssl.SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", httpsPort())) {
            socket.startHandshake();
            SSLSession session = socket.getSession();
            var served = (java.security.cert.X509Certificate) session.getPeerCertificates()[0];
            assertThat(served.getSubjectX500Principal().getName()).isEqualTo(subject);
        }
    }

    @Test
    @Order(2)
    void pagesOverHttpAreRedirectedToHttpsWhileTheApiStaysOnHttp() {
        given().config(NO_REDIRECTS).get("/status/overview").then().statusCode(301)
                .header("Location", equalTo("https://localhost:" + httpsPort() + "/status/overview"));
        given().auth().preemptive().basic("admin", "admin").get("/api/v1/users/me").then().statusCode(200);
        // Over HTTPS without a session a page leads to the login form.
        https().get("/status/overview").then().statusCode(302).header("Location", containsString("/login"));
        https().get("/login").then().statusCode(200).body(containsString("j_security_check"));
    }

    @Test
    @Order(3)
    void loginGivesASecureHttpOnlyCookieAndTheFirstLoginIsForcedWithTheRulesNextToTheField() {
        https().formParam("j_username", "admin").formParam("j_password", "wrong").post("/j_security_check")
                .then().statusCode(302).header("Location", containsString("/login?error=true"));

        Response login = https().formParam("j_username", "admin").formParam("j_password", "admin").post("/j_security_check");
        assertThat(login.statusCode()).isEqualTo(302);
        String setCookie = login.getHeaders().getValues("Set-Cookie").stream()
                .filter(h -> h.startsWith("multicell-session=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("Secure").containsIgnoringCase("HttpOnly").contains("SameSite=Strict");
        String session = login.getCookie("multicell-session");

        // Every page leads to the first login until the password is changed.
        https().cookie("multicell-session", session).get("/status/overview").then().statusCode(303)
                .header("Location", containsString("/first-login"));
        Response page = https().cookie("multicell-session", session).get("/first-login");
        page.then().statusCode(200).body(containsString("DECT Radio band"));
        String csrf = page.getCookie(CsrfGuard.COOKIE);

        // Without the page's token the change is refused.
        https().cookie("multicell-session", session).formParams(form("Secret-2026!"))
                .post("/first-login").then().statusCode(403);
        // A password without a number: the rule is shown next to the field, nothing changes.
        https().cookie("multicell-session", session).cookie(CsrfGuard.COOKIE, csrf).header(CsrfGuard.HEADER, csrf)
                .formParams(form("Secret-Password!")).post("/first-login").then().statusCode(200)
                .body(containsString("id=\"newPassword-rule\">must contain at least one number"));
        https().cookie("multicell-session", session).get("/status/overview").then().statusCode(303);

        https().cookie("multicell-session", session).cookie(CsrfGuard.COOKIE, csrf).header(CsrfGuard.HEADER, csrf)
                .formParams(form("Secret-2026!")).post("/first-login").then().statusCode(200)
                .header("HX-Redirect", equalTo("/status/overview"));
        https().cookie("multicell-session", session).get("/status/overview").then().statusCode(200)
                .body(containsString("1880 - 1900 MHz (Europe)"))
                .body(containsString("Number of pending base stations"));
        given().auth().preemptive().basic("admin", "Secret-2026!").get("/api/v1/system/first-login").then().statusCode(200)
                .body("dectRadioBand", equalTo("EUROPE"));
        given().auth().preemptive().basic("admin", "admin").get("/api/v1/users/me").then().statusCode(401);
    }

    @Test
    @Order(4)
    void theUserRoleSeesNoAdminEntriesAndGets403ForAnAdminPage() {
        given().auth().preemptive().basic("admin", "Secret-2026!").contentType("application/json")
                .body(Map.of("active", true)).put("/api/v1/users/user/activation").then().statusCode(200);
        given().auth().preemptive().basic("admin", "Secret-2026!").contentType("application/json")
                .body(Map.of("newPassword", "User-Pass-1", "repeatPassword", "User-Pass-1"))
                .put("/api/v1/users/user/password").then().statusCode(200);
        String session = https().formParam("j_username", "user").formParam("j_password", "User-Pass-1")
                .post("/j_security_check").getCookie("multicell-session");

        https().cookie("multicell-session", session).get("/status/overview").then().statusCode(200)
                .body(not(containsString(Menu.BASE_STATIONS)));
        https().cookie("multicell-session", session).get(Menu.BASE_STATIONS).then().statusCode(403);
    }

    @Test
    @Order(5)
    void logoutDeletesTheSessionCookie() {
        https().get("/logout").then().statusCode(303).header("Location", containsString("/login?reason=logout"))
                .header("Set-Cookie", containsString("Max-Age=0"));
    }

    @Test
    @Order(6)
    void theFloorPlanPagesAreInTheLayoutAndReadTheirDataWithTheLoginSession() {
        String admin = login("admin", "Secret-2026!");
        Response page = https().cookie(SESSION, admin).get(Menu.FLOOR_PLAN);
        page.then().statusCode(200).body(containsString("id=\"menu\""))
                .body(containsString("data-menu=\"" + Menu.SYNC_TOPOLOGY + "\"")).body(containsString("data-can-move=\"true\""));
        String csrf = page.getCookie(CsrfGuard.COOKIE);
        assertThat(page.asString()).contains("data-csrf=\"" + csrf + "\"");
        https().cookie(SESSION, admin).get(Menu.FLOOR_PLAN + "/data").then().statusCode(200)
                .body("bases", notNullValue()).body("handsets", notNullValue());
        https().cookie(SESSION, admin).get(Menu.SYNC_TOPOLOGY).then().statusCode(200)
                .body(containsString("id=\"sync-topology\""));
        https().cookie(SESSION, admin).get(Menu.SYNC_TOPOLOGY + "/data").then().statusCode(200).contentType("application/json");
        // /api/v1 stays HTTP Basic only: the page session does not open it.
        given().cookie(SESSION, admin).get("/api/v1/floor-plan").then().statusCode(401);
        // Without a session the page's data leads to the login form.
        https().get(Menu.FLOOR_PLAN + "/data").then().statusCode(302).header("Location", containsString("/login"));

        // Moving a handset is a page change: refused without the page's token; with it the API's rules apply.
        String move = Menu.FLOOR_PLAN + "/handsets/0279A7C1D2/position";
        https().cookie(SESSION, admin).contentType("application/json").body(Map.of("x", 3, "y", 0)).put(move)
                .then().statusCode(403).body("field", equalTo(CsrfGuard.HEADER));
        https().cookie(SESSION, admin).cookie(CsrfGuard.COOKIE, csrf).header(CsrfGuard.HEADER, csrf)
                .contentType("application/json").body(Map.of("x", 20_001, "y", 0)).put(move)
                .then().statusCode(400).body("field", equalTo("x"));
        https().cookie(SESSION, admin).cookie(CsrfGuard.COOKIE, csrf).header(CsrfGuard.HEADER, csrf)
                .contentType("application/json").body(Map.of("x", 3, "y", 0)).put(move)
                .then().statusCode(409).body("field", equalTo("simulator"));

        // The user role sees the floor plan but may not move handsets nor see the sync topology.
        String user = login("user", "User-Pass-1");
        Response userPage = https().cookie(SESSION, user).get(Menu.FLOOR_PLAN);
        userPage.then().statusCode(200).body(containsString("data-menu=\"" + Menu.FLOOR_PLAN + "\""))
                .body(not(containsString("data-menu=\"" + Menu.SYNC_TOPOLOGY + "\""))).body(containsString("data-can-move=\"false\""));
        https().cookie(SESSION, user).get(Menu.FLOOR_PLAN + "/data").then().statusCode(200);
        https().cookie(SESSION, user).get(Menu.SYNC_TOPOLOGY).then().statusCode(403);
        https().cookie(SESSION, user).get(Menu.SYNC_TOPOLOGY + "/data").then().statusCode(403);
        String userCsrf = userPage.getCookie(CsrfGuard.COOKIE);
        https().cookie(SESSION, user).cookie(CsrfGuard.COOKIE, userCsrf).header(CsrfGuard.HEADER, userCsrf)
                .contentType("application/json").body(Map.of("x", 3, "y", 0)).put(move).then().statusCode(403);
    }

    private String login(String user, String password) {
        String session = https().formParam("j_username", user).formParam("j_password", password)
                .post("/j_security_check").getCookie(SESSION);
        assertThat(session).as("session cookie of " + user).isNotNull();
        return session;
    }

    private static Map<String, String> form(String password) {
        return Map.of("newPassword", password, "repeatPassword", password, "dectRadioBand", "EUROPE",
                "deviceRole", "INTEGRATOR_DM_BASE");
    }

    static final class TrustEverything implements javax.net.ssl.X509TrustManager {
        @Override
        public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType) {
        }

        @Override
        public java.security.cert.X509Certificate[] getAcceptedIssuers() {
            return new java.security.cert.X509Certificate[0];
        }
    }
}
