package io.multicell.integrator.diagnostics;

import io.multicell.integrator.api.ApiError;
import io.multicell.integrator.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Status > Incidents > Diagnostics as the API: the tar archive of diagnostic info (admin only, as the manual says). */
@Path("/api/v1/diagnostics")
@Tag(name = "Incidents", description = "Incidents and diagnostics")
@SecurityRequirement(name = "basic")
public class DiagnosticsResource {

    private final Diagnostics diagnostics;

    public DiagnosticsResource(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    @GET
    @Produces({DiagnosticFile.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Download the diagnostics file (tar)",
            description = "Standard set: services.txt (versions, uptime, gRPC health of the integrator, DECT manager, SIP gateway "
                    + "and every base as the DM sees it), base-stations.csv (with sync state), incidents.csv, "
                    + "base-station-statistics.csv, sip-registrations.csv, audit-log.csv. A part whose peer does not answer is "
                    + "left out and named under [not collected] in services.txt. Named <MAC of the integrator host>_<version>_"
                    + "<date>_diagnostics.tar. With saveSettings the file of Save settings is included (it holds VoIP passwords "
                    + "and PINs).")
    @APIResponse(responseCode = "200", description = "tar attachment", content = @Content(mediaType = DiagnosticFile.MEDIA_TYPE))
    @APIResponse(responseCode = "400", description = "An option that is not true or false",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Response download(
            @Parameter(description = "Include the complete configuration file of Save and restore (default true)")
            @QueryParam("saveSettings") String saveSettings,
            @Parameter(description = "Include every detail of the newest incident, Last incident sysdump (default false)")
            @QueryParam("lastIncident") String lastIncident) {
        return attachment(diagnostics.collect(DiagnosticOptions.parse(saveSettings, lastIncident)));
    }

    /** The file as a download, for the API and the page. */
    public static Response attachment(DiagnosticFile file) {
        return Response.ok(file.tar(), DiagnosticFile.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
