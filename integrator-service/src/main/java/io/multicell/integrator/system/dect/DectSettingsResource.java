package io.multicell.integrator.system.dect;

import io.multicell.integrator.api.ApiChangeMetrics;
import io.multicell.integrator.api.ApiError;
import io.multicell.integrator.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** REST face of "Settings > System > DECT settings" (admin only). */
@Path("/api/v1/system/dect-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No or wrong credentials")
@APIResponse(responseCode = "403", description = "Not an admin")
@APIResponse(responseCode = "400", description = "Breaks a rule (field and rule named); nothing changed",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@Tag(name = "System")
public class DectSettingsResource {

    private final DectConfiguration configuration;
    private final ApiChangeMetrics metrics;

    public DectSettingsResource(DectConfiguration configuration, ApiChangeMetrics metrics) {
        this.configuration = configuration;
        this.metrics = metrics;
    }

    @GET
    @Operation(summary = "DECT settings: ECO DECT, DECT security, DECT radio band")
    public DectSettings get() {
        return configuration.current();
    }

    @PUT
    @Operation(summary = "Change the DECT settings", description = "Absent fields keep their value. The radio band is the one "
            + "the first login chose (409 before it). Stored; not yet applied by the DECT manager (appliedToRadio false).")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "409", description = "Radio band before the first login; nothing changed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public DectSettings update(DectSettingsRequest request) {
        return metrics.measure("system-dect-settings-update", () -> configuration.update(request));
    }
}
