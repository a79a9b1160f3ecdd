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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The incident list. The manual: "available for both the user role admin and user. The user is not allowed to delete
 * entries."
 */
@Path("/api/v1/incidents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.USER})
@Tag(name = "Incidents", description = "Incidents reported by the services, e.g. a base station going offline (list and download: admin and user; delete: admin)")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No or wrong credentials")
public class IncidentResource {

    public static final String CSV = "text/csv";
    static final int MAX_LIMIT = IncidentList.MAX_LIMIT;

    private final IncidentRepository repository;
    private final IncidentList incidents;
    private final ApiChangeMetrics metrics;

    public IncidentResource(IncidentRepository repository, IncidentList incidents, ApiChangeMetrics metrics) {
        this.repository = repository;
        this.incidents = incidents;
        this.metrics = metrics;
    }

    @GET
    @Operation(summary = "Incidents, newest first")
    public List<IncidentView> list(
            @Parameter(description = "At most this many (1..1000)") @QueryParam("limit") @DefaultValue("500") String limit) {
        return repository.newest(parseLimit(limit)).stream().map(IncidentView::of).toList();
    }

    @GET
    @Path("export")
    @Produces(IncidentResource.CSV)
    @Operation(summary = "Download incidents as CSV",
            description = "The marked incidents (repeat id), or the newest 1000 when none is given; newest first. Header row: "
                    + IncidentCsv.HEADER)
    @APIResponse(responseCode = "200", description = "CSV attachment", content = @Content(mediaType = CSV))
    @APIResponse(responseCode = "400", description = "An id that is not a whole number", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such incident", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response export(@Parameter(description = "Incidents to download (repeat the parameter); none: all") @QueryParam("id") List<String> ids) {
        return csv(incidents.marked(ids));
    }

    /** The CSV download of these incidents as an attachment. */
    public static Response csv(List<Incident> rows) {
        return Response.ok(IncidentCsv.write(rows), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + IncidentCsv.FILE_NAME + "\"")
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "403", description = "Not an admin")
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
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete the marked incidents, or all", description = "With id (repeat the parameter): those incidents, all or none "
            + "(an unknown id deletes nothing and answers 404); without: every incident.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "An id that is not a whole number", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such incident; nothing deleted", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public void deleteAll(@Parameter(description = "Incidents to delete (repeat the parameter); none: all") @QueryParam("id") List<String> ids) {
        metrics.measure(ids == null || ids.isEmpty() ? "incident-delete-all" : "incident-delete", () -> {
            incidents.delete(ids);
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
