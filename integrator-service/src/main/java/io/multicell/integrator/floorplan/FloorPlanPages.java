package io.multicell.integrator.floorplan;

import io.multicell.integrator.security.Roles;
import io.multicell.integrator.web.Menu;
import io.multicell.integrator.web.PageFrame;
import io.multicell.integrator.web.Pages;
import io.multicell.integrator.web.language.CurrentLanguage;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * The web configurator's live floor plan and sync topology pages; the drawing is done in the browser. The page's data
 * comes from endpoints under the page path, so that the browser's login form session reaches them (/api/v1 is HTTP
 * Basic only, for automation); they return what FloorPlanResource and SyncTopologyResource return, and a move is a
 * page change, so CsrfGuard wants the page's token with it.
 */
@Path("/ui")
public class FloorPlanPages {

    private final Template floorPlanPage;
    private final Template syncTopologyPage;
    private final Pages pages;
    private final CurrentLanguage language;
    private final SecurityIdentity identity;
    private final FloorPlan floorPlan;
    private final FloorPlanStream stream;
    private final SyncTopology topology;

    public FloorPlanPages(@Location("floorplan/floor-plan.html") Template floorPlanPage,
                          @Location("floorplan/sync-topology.html") Template syncTopologyPage, Pages pages,
                          CurrentLanguage language, SecurityIdentity identity, FloorPlan floorPlan, FloorPlanStream stream,
                          SyncTopology topology) {
        this.floorPlanPage = floorPlanPage;
        this.syncTopologyPage = syncTopologyPage;
        this.pages = pages;
        this.language = language;
        this.identity = identity;
        this.floorPlan = floorPlan;
        this.stream = stream;
        this.topology = topology;
    }

    @GET
    @Path("floor-plan")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(hidden = true)
    public Response floorPlan(@Context HttpHeaders headers) {
        PageFrame frame = pages.frame(identity, headers, language.messages().floorPlanTitle(), Menu.FLOOR_PLAN,
                language.messages().helpFloorPlan());
        // Only an admin may drag handsets; the move endpoint checks it again.
        return pages.render(frame, floorPlanPage.data("canMove", frame.admin()));
    }

    @GET
    @Path("floor-plan/data")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(hidden = true)
    public FloorPlanView floorPlanData() {
        return floorPlan.snapshot();
    }

    @GET
    @Path("floor-plan/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(hidden = true)
    public Multi<String> floorPlanEvents() {
        return stream.follow();
    }

    @PUT
    @Path("floor-plan/handsets/{ipui}/position")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public MovedHandset move(@PathParam("ipui") String ipui, PositionRequest request) {
        return floorPlan.move(ipui, request);
    }

    @GET
    @Path("sync-topology")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public Response syncTopology(@Context HttpHeaders headers) {
        PageFrame frame = pages.frame(identity, headers, language.messages().syncTopologyTitle(), Menu.SYNC_TOPOLOGY,
                language.messages().helpSyncTopology());
        return pages.render(frame, syncTopologyPage.instance());
    }

    @GET
    @Path("sync-topology/data")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public List<ClusterTopology> syncTopologyData() {
        return topology.clusters();
    }
}
