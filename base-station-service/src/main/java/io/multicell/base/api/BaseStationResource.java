package io.multicell.base.api;

import io.multicell.base.air.HandsetSessions;
import io.multicell.base.link.DectManagerLink;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The base station's own view of itself: identity, link to the DM, what the DM assigned, its handsets, call bearers and
 * counters.
 */
@Path("/api/v1/base-station")
@Produces(MediaType.APPLICATION_JSON)
public class BaseStationResource {

    private final DectManagerLink link;
    private final HandsetSessions handsets;

    BaseStationResource(DectManagerLink link, HandsetSessions handsets) {
        this.link = link;
        this.handsets = handsets;
    }

    @GET
    public BaseStationResponse get() {
        return BaseStationResponse.of(link.snapshot(), link.identity().airEndpoint(), handsets.isInService());
    }

    @GET
    @Path("/statistics")
    public StatisticsResponse statistics() {
        return StatisticsResponse.of(link.snapshot(), handsets.statistics());
    }

    @GET
    @Path("/bearers")
    public List<BearerResponse> bearers() {
        return handsets.bearers().stream().map(BearerResponse::of).toList();
    }

    @GET
    @Path("/handsets")
    public List<LockedHandsetResponse> handsets() {
        return handsets.handsets().stream().map(LockedHandsetResponse::of).toList();
    }
}
