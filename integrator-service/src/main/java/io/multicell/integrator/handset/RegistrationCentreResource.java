package io.multicell.integrator.handset;

import io.multicell.integrator.api.ApiChangeMetrics;
import io.multicell.integrator.api.ApiError;
import io.multicell.integrator.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** REST face of the manual's "Mobile devices – Registration Centre" page (admin and user). */
@Path("/api/v1/mobile-devices/registration-centre")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.USER})
@Tag(name = "Registration Centre", description = "Time-controlled registration window for all entries To register (admin and user)")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No or wrong credentials")
public class RegistrationCentreResource {

    private final RegistrationCentre centre;
    private final ApiChangeMetrics metrics;

    public RegistrationCentreResource(RegistrationCentre centre, ApiChangeMetrics metrics) {
        this.centre = centre;
        this.metrics = metrics;
    }

    @GET
    @Operation(summary = "The Registration Centre",
            description = "Current time, window timers, whether it is open, entries To register / Registering / total, "
                    + "DECT managers (1) and whether the DM is ready to register now.")
    public RegistrationCentreView get() {
        return centre.view();
    }

    @PUT
    @Operation(summary = "Start the registration window (\"Start now\")",
            description = "Opens at startTime (YYYY-MM-DD HH:mm; absent: at once) for the duration (absent: 3 minutes).")
    @APIResponse(responseCode = "200", description = "The window is set and on the DM")
    @APIResponse(responseCode = "400", description = "Bad start time or duration (e.g. field duration.minutes); nothing changed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "DECT manager not reachable; nothing changed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RegistrationCentreView open(WindowRequest request) {
        return metrics.measure("registration-window-open", () -> centre.open(request));
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public RegistrationCentreView openWithoutBody(byte[] body) {
        OptionalBody.requireEmpty(body);
        return open(null);
    }

    @POST
    @Path("close")
    @Operation(summary = "Close the registration window", description = "Closes the window and resets the timers (start at once, 3 minutes).")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "503", description = "DECT manager not reachable; nothing changed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Consumes(MediaType.WILDCARD)
    public RegistrationCentreView close() {
        return metrics.measure("registration-window-close", () -> centre.close());
    }
}
