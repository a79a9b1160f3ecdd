package io.multicell.integrator.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Browser protections for every page of the web configurator: scripts only from the configurator itself (no inline
 * script, so injected markup cannot run), no framing by other sites (clickjacking of the admin's Set buttons), no
 * content-type guessing, no referrer sent elsewhere. Inline styles stay allowed: htmx adds its indicator style.
 */
public class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @ServerResponseFilter
    public void protect(ContainerRequestContext request, ContainerResponseContext response) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        if (!HttpsRedirect.isPage(path)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", POLICY);
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "same-origin");
    }
}
