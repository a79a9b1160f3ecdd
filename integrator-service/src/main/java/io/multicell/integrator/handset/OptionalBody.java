package io.multicell.integrator.handset;

import io.multicell.integrator.api.ApiError;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Actions whose JSON body is optional (copy, replace, start the window) are also served without one, whatever
 * Content-Type a client puts on an empty request (form posts send application/x-www-form-urlencoded).
 */
final class OptionalBody {

    private OptionalBody() {
    }

    static void requireEmpty(byte[] body) {
        if (body != null && body.length > 0) {
            throw new WebApplicationException(Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.message("A request body must be sent as application/json"))
                    .build());
        }
    }
}
