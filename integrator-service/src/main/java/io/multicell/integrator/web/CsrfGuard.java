package io.multicell.integrator.web;

import io.multicell.integrator.api.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * CSRF protection of every page action (double submit): each page carries a random token that is also in an HttpOnly,
 * Secure, SameSite=Strict cookie, and htmx sends it back as the X-CSRF-Token header with every change; a change whose
 * header does not equal the cookie is refused 403. quarkus-rest-csrf was not used because its filter also checks every
 * JSON request of /api/v1, which automation calls with HTTP Basic and no cookie.
 */
@ApplicationScoped
public class CsrfGuard {

    public static final String COOKIE = "multicell-csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The token of this browser, a new one when it has none yet. */
    public static String tokenOf(Cookie cookie) {
        if (cookie != null && cookie.getValue() != null && cookie.getValue().length() >= 32) {
            return cookie.getValue();
        }
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    public static NewCookie cookie(String token) {
        return new NewCookie.Builder(COOKIE).value(token).path("/").secure(true).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        if (!CHANGES.contains(request.getMethod()) || !HttpsRedirect.isPage(path)) {
            return null;
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        String header = request.getHeaderString(HEADER);
        if (cookie == null || header == null || !MessageDigest.isEqual(
                cookie.getValue().getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8))) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                    .entity(ApiError.of(HEADER, "must carry the token of the page (reload the page)")).build();
        }
        return null;
    }
}
