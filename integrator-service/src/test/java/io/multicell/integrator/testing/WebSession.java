package io.multicell.integrator.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.multicell.integrator.web.CsrfGuard;
import io.multicell.integrator.web.language.LanguageChoice;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/**
 * A logged-in browser session of the web configurator for page tests over real HTTPS: the admin's first login is
 * completed through the API when still due (password {@link #ADMIN_PASSWORD}), then the login form gives the session
 * cookie and a page its CSRF token. Test classes of one profile share the application, so this works in any order.
 */
public final class WebSession {

    public static final String ADMIN_PASSWORD = "Secret-2026!";
    static final String SESSION = "multicell-session";
    static final RestAssuredConfig NO_REDIRECTS = RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false));

    private final int httpsPort;
    private final String session;
    private String csrf;
    private String language;

    private WebSession(int httpsPort, String session) {
        this.httpsPort = httpsPort;
        this.session = session;
    }

    public static WebSession admin(int httpsPort) {
        if (given().auth().preemptive().basic("admin", "admin").get("/api/v1/users/me").statusCode() == 200) {
            given().auth().preemptive().basic("admin", "admin").contentType("application/json")
                    .body(Map.of("newPassword", ADMIN_PASSWORD, "repeatPassword", ADMIN_PASSWORD, "dectRadioBand", "EUROPE",
                            "deviceRole", "INTEGRATOR_DM_BASE"))
                    .put("/api/v1/system/first-login").then().statusCode(200);
        }
        return login(httpsPort, "admin", ADMIN_PASSWORD);
    }

    public static WebSession login(int httpsPort, String user, String password) {
        String session = https(httpsPort).formParam("j_username", user).formParam("j_password", password)
                .post("/j_security_check").getCookie(SESSION);
        assertThat(session).as("session cookie of " + user).isNotNull();
        return new WebSession(httpsPort, session);
    }

    /** From now on this browser sends the language cookie {@code value} (as after choosing a language). */
    public WebSession withLanguageCookie(String value) {
        language = value;
        return this;
    }

    /** A request of this session (no redirects followed), with the CSRF token of the last page opened. */
    public RequestSpecification request() {
        RequestSpecification spec = https(httpsPort).cookie(SESSION, session);
        if (language != null) {
            spec = spec.cookie(LanguageChoice.COOKIE, language);
        }
        return csrf == null ? spec : spec.cookie(CsrfGuard.COOKIE, csrf).header(CsrfGuard.HEADER, csrf);
    }

    /** Opens a page and keeps its CSRF token for the next changes. */
    public Response open(String path) {
        Response page = request().get(path);
        String token = page.getCookie(CsrfGuard.COOKIE);
        if (token != null) {
            csrf = token;
        }
        return page;
    }

    /** Posts a page's form as the browser's htmx does. */
    public Response post(String path, Map<String, ?> form) {
        return request().contentType("application/x-www-form-urlencoded").formParams(form).post(path);
    }

    private static RequestSpecification https(int port) {
        return given().config(NO_REDIRECTS).relaxedHTTPSValidation().baseUri("https://127.0.0.1").port(port);
    }
}
