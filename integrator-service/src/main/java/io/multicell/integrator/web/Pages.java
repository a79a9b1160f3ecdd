package io.multicell.integrator.web;

import io.multicell.integrator.security.Roles;
import io.multicell.integrator.web.language.CurrentLanguage;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Renders a page inside the layout, in the request's language (the templates' locale is set for every template
 * instance by {@code language.TemplateLocale}), and hands the browser its CSRF token.
 */
@ApplicationScoped
public class Pages {

    private final WebConfig config;
    private final CurrentLanguage language;

    public Pages(WebConfig config, CurrentLanguage language) {
        this.config = config;
        this.language = language;
    }

    /** The page texts in the request's language, for titles and texts put together in Java. */
    public WebMessages messages() {
        return language.messages();
    }

    public PageFrame frame(SecurityIdentity identity, HttpHeaders headers, String title, String path, String pageHelp) {
        boolean admin = identity.hasRole(Roles.ADMIN);
        String token = CsrfGuard.tokenOf(headers.getCookies().get(CsrfGuard.COOKIE));
        return new PageFrame(title, path, pageHelp, identity.getPrincipal().getName(), admin, Menu.forRole(admin, messages()),
                token, config.inactivityTimeout().toMillis(), language.language());
    }

    public Response render(PageFrame frame, TemplateInstance page) {
        // The locale of the page is already the request's (TemplateLocale); set here too so a page rendered by other
        // means than a request (none today) still follows its frame.
        return Response.ok(page.data("frame", frame).setLocale(frame.language().locale()).render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .cookie(CsrfGuard.cookie(frame.csrf()))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** An htmx request: after a change, load {@code location} as a whole page. */
    public static Response htmxRedirect(String location) {
        return Response.ok().header("HX-Redirect", location).build();
    }
}
