package io.multicell.simulator.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.multicell.core.InvalidValueException;
import io.multicell.simulator.handset.CallConflictException;
import io.multicell.simulator.handset.DuplicateHandsetException;
import io.multicell.simulator.handset.NoCallException;
import io.multicell.simulator.handset.EngineNotRunningException;
import io.multicell.simulator.handset.RegistrationInProgressException;
import io.multicell.simulator.handset.UnknownHandsetException;
import io.multicell.simulator.persistence.PersistenceException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place that turns the simulator's errors into HTTP answers with an {@link ApiError} body. */
public class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    @ServerExceptionMapper
    public Response invalid(InvalidValueException e) {
        return answer(Response.Status.BAD_REQUEST, ApiError.of(e.field(), e.rule()));
    }

    @ServerExceptionMapper
    public Response unknown(UnknownHandsetException e) {
        return answer(Response.Status.NOT_FOUND, ApiError.of("id", "no handset with this id"));
    }

    @ServerExceptionMapper
    public Response duplicate(DuplicateHandsetException e) {
        return answer(Response.Status.CONFLICT, new ApiError("id", "must be unique", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response registering(RegistrationInProgressException e) {
        return answer(Response.Status.CONFLICT, new ApiError("state", "must not be REGISTERING", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response callConflict(CallConflictException e) {
        return answer(Response.Status.CONFLICT, new ApiError(e.field(), e.rule(), e.getMessage()));
    }

    @ServerExceptionMapper
    public Response noCall(NoCallException e) {
        return answer(Response.Status.NOT_FOUND, new ApiError("call", "the handset has had no call", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response notRunning(EngineNotRunningException e) {
        return answer(Response.Status.SERVICE_UNAVAILABLE, ApiError.message(e.getMessage()));
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e) {
        LOG.warnf("Answering 503: %s", e.getMessage());
        return answer(Response.Status.SERVICE_UNAVAILABLE, ApiError.message("PostgreSQL not reachable: nothing changed"));
    }

    // Jackson's own mappers would answer bad JSON with an empty 400; these name the field instead.
    @ServerExceptionMapper
    public Response wrongType(InvalidFormatException e) {
        return badJson(e, "must be " + typeName(e.getTargetType()));
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return badJson(e, "must be " + typeName(e.getTargetType()));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return answer(Response.Status.BAD_REQUEST,
                new ApiError(null, "must be valid JSON", "The request body is not valid JSON: " + e.getOriginalMessage()));
    }

    /** The JSON reader wraps unparseable bodies in a 400 without a body; give it one. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonMappingException mapping) {
            return badJson(mapping, "has the wrong type");
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json);
        }
        return e.getResponse();
    }

    private static Response badJson(JsonMappingException e, String rule) {
        String field = JsonPaths.of(e);
        if (field.isEmpty()) {
            return answer(Response.Status.BAD_REQUEST,
                    new ApiError(null, "must be a JSON object of the documented shape", "The request body has the wrong shape"));
        }
        return answer(Response.Status.BAD_REQUEST, ApiError.of(field, rule));
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    static Response answer(Response.Status status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
