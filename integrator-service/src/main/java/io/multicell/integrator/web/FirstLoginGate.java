package io.multicell.integrator.web;

import io.multicell.integrator.security.UserIdentityProviders;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Until the default password is changed, every page leads to the first-login page (the manual: "You will be asked to
 * change the default password"). The API is left alone: automation keeps working with the current password.
 */
@ApplicationScoped
public class FirstLoginGate {

    public static final String PATH = "/first-login";

    private final SecurityIdentity identity;

    public FirstLoginGate(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerRequestFilter
    public Response gate(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        if (identity.isAnonymous() || !HttpsRedirect.isPage(path) || path.equals(PATH) || path.equals(LoginPage.LOGOUT)
                || path.equals(LoginPage.LOGIN)) {
            return null;
        }
        Boolean required = identity.getAttribute(UserIdentityProviders.PASSWORD_CHANGE_REQUIRED);
        if (Boolean.TRUE.equals(required)) {
            return Response.seeOther(URI.create(PATH)).build();
        }
        return null;
    }
}
