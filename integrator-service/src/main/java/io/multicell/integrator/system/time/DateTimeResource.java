package io.multicell.integrator.system.time;

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

/** REST face of "Settings > System > Date and time" (admin only). */
@Path("/api/v1/system/date-and-time")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No or wrong credentials")
@APIResponse(responseCode = "403", description = "Not an admin")
@APIResponse(responseCode = "400", description = "Breaks a rule (field and rule named); nothing changed",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@Tag(name = "System")
public class DateTimeResource {

    private final DateTimeConfiguration configuration;
    private final ApiChangeMetrics metrics;

    public DateTimeResource(DateTimeConfiguration configuration, ApiChangeMetrics metrics) {
        this.configuration = configuration;
        this.metrics = metrics;
    }

    @GET
    @Operation(summary = "Date and time settings and the system time now")
    public DateAndTime get() {
        return configuration.current();
    }

    @PUT
    @Operation(summary = "Change the date and time settings", description = "Absent fields keep their value. Time servers: "
            + "host names or IPv4 addresses separated by commas, max. 255 characters; time zone: an IANA zone such as Europe/Berlin.")
    @APIResponse(responseCode = "200", description = "Changed")
    public DateAndTime update(DateTimeSettingsRequest request) {
        return metrics.measure("system-date-time-update", () -> configuration.update(request));
    }
}
