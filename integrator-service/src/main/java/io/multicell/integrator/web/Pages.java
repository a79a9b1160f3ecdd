package io.multicell.integrator.web;

import io.multicell.integrator.security.Roles;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Renders a page inside the layout and hands the browser its CSRF token. */
@ApplicationScoped
public class Pages {

    private final WebConfig config;

    public Pages(WebConfig config) {
        this.config = config;
    }

    public PageFrame frame(SecurityIdentity identity, HttpHeaders headers, String title, String path, String pageHelp) {
        boolean admin = identity.hasRole(Roles.ADMIN);
        String token = CsrfGuard.tokenOf(headers.getCookies().get(CsrfGuard.COOKIE));
        return new PageFrame(title, path, pageHelp, identity.getPrincipal().getName(), admin, Menu.forRole(admin), token,
                config.inactivityTimeout().toMillis());
    }

    public Response render(PageFrame frame, TemplateInstance page) {
        return Response.ok(page.data("frame", frame).render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .cookie(CsrfGuard.cookie(frame.csrf()))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** An htmx request: after a change, load {@code location} as a whole page. */
    public static Response htmxRedirect(String location) {
        return Response.ok().header("HX-Redirect", location).build();
    }
}
