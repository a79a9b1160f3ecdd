package io.multicell.integrator.floorplan;

import io.multicell.integrator.api.ApiError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A simulator that does not answer is a 503, as an unreachable DM is. */
public class SimulatorExceptionMapper {

    private static final Logger LOG = Logger.getLogger(SimulatorExceptionMapper.class);

    @ServerExceptionMapper
    public Response unreachable(SimulatorUnreachableException e) {
        LOG.warnf("Answering 503: %s", e.getMessage());
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.message(e.getMessage())).build();
    }
}
