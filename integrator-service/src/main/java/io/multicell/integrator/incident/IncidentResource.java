package io.multicell.integrator.incident;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.api.ApiChangeMetrics;
import io.multicell.integrator.api.ApiError;
import io.multicell.integrator.api.UnknownEntityException;
import io.multicell.integrator.persistence.IncidentRepository;
import io.multicell.integrator.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The incident list (admin only). */
@Path("/api/v1/incidents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Incidents", description = "Incidents reported by the services, e.g. a base station going offline (admin only)")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No or wrong credentials")
@APIResponse(responseCode = "403", description = "Not an admin")
public class IncidentResource {

    static final int MAX_LIMIT = 1000;

    private final IncidentRepository repository;
    private final ApiChangeMetrics metrics;

    public IncidentResource(IncidentRepository repository, ApiChangeMetrics metrics) {
        this.repository = repository;
        this.metrics = metrics;
    }

    @GET
    @Operation(summary = "Incidents, newest first")
    public List<IncidentView> list(
            @Parameter(description = "At most this many (1..1000)") @QueryParam("limit") @DefaultValue("500") String limit) {
        return repository.newest(parseLimit(limit)).stream().map(IncidentView::of).toList();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete one incident")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such incident", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public void delete(@PathParam("id") String id) {
        metrics.measure("incident-delete", () -> {
            if (!repository.delete(parseId(id))) {
                throw new UnknownEntityException("id", "no such incident");
            }
        });
    }

    @DELETE
    @Operation(summary = "Delete all incidents")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteAll() {
        metrics.measure("incident-delete-all", () -> {
            repository.deleteAll();
        });
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("id", "must be a whole number");
        }
    }

    private static int parseLimit(String text) {
        try {
            int limit = Integer.parseInt(text.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidValueException("limit", "must be 1..1000");
    }
}
