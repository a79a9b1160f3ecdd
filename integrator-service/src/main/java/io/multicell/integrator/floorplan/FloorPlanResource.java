package io.multicell.integrator.floorplan;

import io.multicell.integrator.api.ApiError;
import io.multicell.integrator.security.Roles;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** The live floor plan: a snapshot, the stream of what changes, and moving a virtual handset. */
@Path("/api/v1/floor-plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Floor plan", description = "Bases, coverage and handsets on the floor plan, live (admin and user; moving a handset: admin)")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No or wrong credentials")
public class FloorPlanResource {

    private final FloorPlan floorPlan;
    private final FloorPlanStream stream;

    public FloorPlanResource(FloorPlan floorPlan, FloorPlanStream stream) {
        this.floorPlan = floorPlan;
        this.stream = stream;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(summary = "Floor plan snapshot",
            description = "Confirmed bases with position, cluster, sync level and state and coverage radius; handsets with the "
                    + "base they hold their link to, position (simulation only), in call, out of range.")
    public FloorPlanView snapshot() {
        return floorPlan.snapshot();
    }

    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(summary = "Floor plan events (server-sent events)",
            description = "One JSON object per message with a \"type\": roamed {ipui, fromBaseMac, toBaseMac}, handover "
                    + "{ipui, fromBaseMac, toBaseMac, success, callId}, registration {ipui, status, reason}, sync-state "
                    + "{mac, status, statusCode, syncLevel, syncType, syncSourceMac}, position {ipui, x, y, outOfRange}. "
                    + "A client that falls behind by more than multicell.integrator.floor-plan.client-buffer events is "
                    + "disconnected; it should reconnect and read the snapshot again.")
    public Multi<String> events() {
        return stream.follow();
    }

    @PUT
    @Path("handsets/{ipui}/position")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Move a virtual handset", description = "Simulation only: the handset simulator puts the handset there "
            + "now; it re-locks to the strongest base it hears, and the floor plan shows any roam as it happens.")
    @APIResponse(responseCode = "200", description = "Where it is now")
    @APIResponse(responseCode = "400", description = "x or y missing or off the floor plan",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "The simulator has no handset with this IPUI",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "No handset simulator configured",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "Handset simulator not reachable",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public MovedHandset move(@PathParam("ipui") String ipui, PositionRequest request) {
        return floorPlan.move(ipui, request);
    }
}
