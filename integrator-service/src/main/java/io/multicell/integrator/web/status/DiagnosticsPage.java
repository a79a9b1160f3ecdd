package io.multicell.integrator.web.status;

import io.multicell.integrator.diagnostics.DiagnosticOptions;
import io.multicell.integrator.diagnostics.Diagnostics;
import io.multicell.integrator.diagnostics.DiagnosticsResource;
import io.multicell.integrator.security.Roles;
import io.multicell.integrator.web.Menu;
import io.multicell.integrator.web.PageFrame;
import io.multicell.integrator.web.Pages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * "Status > Incidents > Diagnostics" (admin): Download of the diagnostics tar with the options the manual offers. A plain
 * GET form: it changes nothing, so the browser's own download works without htmx or the CSRF header. Like an HTML check
 * box, an option that is not sent is off; the API's default for Save settings is on, the page shows it checked.
 */
@Path(Menu.DIAGNOSTICS)
@RolesAllowed(Roles.ADMIN)
public class DiagnosticsPage {

    private final Template page;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final Diagnostics diagnostics;

    public DiagnosticsPage(@Location("status/diagnostics.html") Template page, Pages pages, SecurityIdentity identity,
                           Diagnostics diagnostics) {
        this.page = page;
        this.pages = pages;
        this.identity = identity;
        this.diagnostics = diagnostics;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@Context HttpHeaders headers) {
        PageFrame frame = pages.frame(identity, headers, pages.messages().diagnosticsTitle(), Menu.DIAGNOSTICS,
                pages.messages().helpDiagnostics());
        return pages.render(frame, page.data("fileName", diagnostics.fileName()));
    }

    @GET
    @Path("download")
    @Produces({"application/x-tar", MediaType.TEXT_PLAIN})
    public Response download(@QueryParam("saveSettings") String saveSettings, @QueryParam("lastIncident") String lastIncident) {
        return DiagnosticsResource.attachment(diagnostics.collect(DiagnosticOptions.parse(
                saveSettings == null ? "false" : saveSettings, lastIncident == null ? "false" : lastIncident)));
    }
}
