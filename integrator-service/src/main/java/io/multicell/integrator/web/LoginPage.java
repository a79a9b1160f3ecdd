package io.multicell.integrator.web;

import io.multicell.integrator.web.language.CurrentLanguage;
import io.multicell.integrator.web.language.Language;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * "Logging into/off the web configurator". The login form posts to Quarkus' form authentication (j_security_check),
 * whose encrypted session cookie expires after the inactivity timeout; logging off deletes that cookie.
 */
@Path("/")
public class LoginPage {

    public static final String LOGIN = "/login";
    public static final String LOGOUT = "/logout";
    public static final String SESSION_COOKIE = "multicell-session";

    private final Template login;
    private final WebConfig config;
    private final CurrentLanguage language;

    public LoginPage(@Location("login.html") Template login, WebConfig config, CurrentLanguage language) {
        this.login = login;
        this.config = config;
        this.language = language;
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public Response login(@QueryParam("error") boolean error, @QueryParam("reason") String reason) {
        String html = login.data("error", error)
                .data("inactive", "inactive".equals(reason))
                .data("loggedOff", "logout".equals(reason))
                .data("timeoutMinutes", Math.max(1, config.inactivityTimeout().toMinutes()))
                .data("language", language.language())
                .data("languages", Language.values())
                .data("back", LOGIN)
                .render();
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("")
    public Response home() {
        return Response.seeOther(URI.create(Menu.STATUS_OVERVIEW)).build();
    }

    /** Logs off: the session cookie is deleted; {@code reason=inactive} when the page's inactivity timer fired. */
    @GET
    @Path("logout")
    public Response logout(@QueryParam("reason") String reason) {
        NewCookie expired = new NewCookie.Builder(SESSION_COOKIE).value("").path("/").maxAge(0).secure(true)
                .httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
        String why = "inactive".equals(reason) ? "inactive" : "logout";
        return Response.seeOther(URI.create(LOGIN + "?reason=" + why)).cookie(expired).build();
    }
}
