package io.multicell.integrator.system.reset;

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

import jakarta.ws.rs.POST;

/** REST face of "Settings > System > Reboot and reset" (admin only). */
@Path("/api/v1/system/reboot-and-reset")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No or wrong credentials")
@APIResponse(responseCode = "403", description = "Not an admin")
@APIResponse(responseCode = "400", description = "Breaks a rule (field and rule named); nothing changed",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@Tag(name = "System")
public class RebootAndResetResource {

    private final RebootAndReset rebootAndReset;
    private final ApiChangeMetrics metrics;

    public RebootAndResetResource(RebootAndReset rebootAndReset, ApiChangeMetrics metrics) {
        this.rebootAndReset = rebootAndReset;
        this.metrics = metrics;
    }

    @GET
    @Path("roles")
    @Operation(summary = "The roles a factory reset can set (Reset to device)")
    public java.util.List<ResetRole> roles() {
        return java.util.List.of(ResetRole.values());
    }

    @POST
    @Path("reboot")
    @Operation(summary = "Reboot now", description = "Every connected base station reboots (all its calls end); offline ones are "
            + "listed. Needs {\"confirm\": true}. The integrator and DECT manager services keep running.")
    @APIResponse(responseCode = "200", description = "Reboot ordered")
    @APIResponse(responseCode = "503", description = "DECT manager not reachable; nothing rebooted",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RebootResult reboot(RebootRequest request) {
        return metrics.measure("system-reboot", () -> rebootAndReset.reboot(request));
    }

    @POST
    @Path("factory-reset")
    @Operation(summary = "Reset to factory settings", description = "Needs the role (resetTo) and {\"confirm\": true}. IP/LAN "
            + "(to the role's preset), Date and time and DECT settings go back to their factory settings and the device role is "
            + "set; the answer lists what is kept (base stations, handsets, telephony, users, radio band).")
    @APIResponse(responseCode = "200", description = "Reset done")
    @APIResponse(responseCode = "409", description = "The first login is not completed; nothing changed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public FactoryResetResult factoryReset(FactoryResetRequest request) {
        return metrics.measure("system-factory-reset", () -> rebootAndReset.factoryReset(request));
    }
}
