package io.multicell.integrator.floorplan;

import io.multicell.integrator.security.Roles;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The web configurator's live floor plan and sync topology pages; the drawing is done in the browser from the API. */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
public class FloorPlanPages {

    private final Template floorPlan;
    private final Template syncTopology;
    private final SecurityIdentity identity;

    public FloorPlanPages(@Location("floorplan/floor-plan.html") Template floorPlan,
                          @Location("floorplan/sync-topology.html") Template syncTopology, SecurityIdentity identity) {
        this.floorPlan = floorPlan;
        this.syncTopology = syncTopology;
        this.identity = identity;
    }

    @GET
    @Path("floor-plan")
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(hidden = true)
    public TemplateInstance floorPlan() {
        // Only an admin may drag handsets; the API checks it again.
        return floorPlan.data("canMove", identity.hasRole(Roles.ADMIN));
    }

    @GET
    @Path("sync-topology")
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public TemplateInstance syncTopology() {
        return syncTopology.instance();
    }
}
