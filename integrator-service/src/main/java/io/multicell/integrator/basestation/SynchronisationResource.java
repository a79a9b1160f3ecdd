package io.multicell.integrator.basestation;

import io.multicell.integrator.api.ApiChangeMetrics;
import io.multicell.integrator.api.ApiError;
import io.multicell.integrator.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** REST face of the manual's "Base station synchronisation" and "Cluster configuration" pages (admin only). */
@Path("/api/v1/base-stations/synchronisation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Synchronisation", description = "Sync list of activated bases and manual synchronisation (admin only)")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No or wrong credentials")
@APIResponse(responseCode = "403", description = "Not an admin")
public class SynchronisationResource {

    private final Synchronisation synchronisation;
    private final ApiChangeMetrics metrics;

    public SynchronisationResource(Synchronisation synchronisation, ApiChangeMetrics metrics) {
        this.synchronisation = synchronisation;
        this.metrics = metrics;
    }

    @GET
    @Operation(summary = "List of synchronised base stations",
            description = "Every activated connected base, sorted by cluster then sync level.")
    public List<SynchronisationRow> list() {
        return synchronisation.list();
    }

    @POST
    @Path("synchronise-all")
    @Operation(summary = "Synchronise all clusters now")
    @APIResponse(responseCode = "200", description = "Number of bases whose status changed")
    @APIResponse(responseCode = "503", description = "DECT manager not reachable", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ChangeCount synchroniseAll() {
        return new ChangeCount(metrics.measure("synchronise-all", synchronisation::synchroniseAll));
    }

    @POST
    @Path("clusters/{cluster}/synchronise")
    @Operation(summary = "Synchronise one cluster now", description = "Cluster 1..9; syncSlave DECT or LAN chooses the kind of synchronisation.")
    @APIResponse(responseCode = "200", description = "Number of bases whose status changed")
    @APIResponse(responseCode = "400", description = "Cluster outside 1..9 or unknown sync slave", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "DECT manager not reachable", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ChangeCount synchroniseCluster(@PathParam("cluster") String cluster, ClusterSynchroniseRequest request) {
        String syncSlave = request == null ? null : request.syncSlave();
        return new ChangeCount(metrics.measure("synchronise-cluster", () -> synchronisation.synchroniseCluster(cluster, syncSlave)));
    }
}
