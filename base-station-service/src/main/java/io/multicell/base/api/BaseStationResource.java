package io.multicell.base.api;

import io.multicell.base.link.DectManagerLink;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The base station's own view of itself: identity, link to the DM and what the DM assigned. */
@Path("/api/v1/base-station")
@Produces(MediaType.APPLICATION_JSON)
public class BaseStationResource {

    private final DectManagerLink link;

    BaseStationResource(DectManagerLink link) {
        this.link = link;
    }

    @GET
    public BaseStationResponse get() {
        return BaseStationResponse.of(link.snapshot());
    }
}
