package io.multicell.integrator.floorplan;

import io.multicell.integrator.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sync topology: per cluster the tree of sync levels (admin only, as the synchronisation pages). */
@Path("/api/v1/sync-topology")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Synchronisation")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No or wrong credentials")
@APIResponse(responseCode = "403", description = "Not an admin")
public class SyncTopologyResource {

    private final SyncTopology topology;

    public SyncTopologyResource(SyncTopology topology) {
        this.topology = topology;
    }

    @GET
    @Operation(summary = "Sync topology", description = "Per cluster: LAN master, redundancy master and the tree of activated "
            + "bases by who takes sync from whom (the DM's live sync source; without one, the plan's level above), with status.")
    public List<ClusterTopology> clusters() {
        return topology.clusters();
    }
}
