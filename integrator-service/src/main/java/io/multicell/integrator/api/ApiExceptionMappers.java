package io.multicell.integrator.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.multicell.core.InvalidValueException;
import io.multicell.integrator.dm.DectManagerFailedException;
import io.multicell.integrator.dm.DectManagerUnreachableException;
import io.multicell.integrator.sip.SipGatewayFailedException;
import io.multicell.integrator.sip.SipGatewayUnreachableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place that turns the error taxonomy into HTTP answers with an {@link ApiError} body. */
public class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    @ServerExceptionMapper
    public Response invalid(InvalidValueException e) {
        return answer(Response.Status.BAD_REQUEST, ApiError.of(e.field(), e.rule()));
    }

    @ServerExceptionMapper
    public Response unknown(UnknownEntityException e) {
        return answer(Response.Status.NOT_FOUND, ApiError.of(e.field(), e.rule()));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return answer(Response.Status.CONFLICT, ApiError.of(e.field(), e.rule()));
    }

    @ServerExceptionMapper
    public Response preconditionFailed(PreconditionFailedException e) {
        return Response.status(Response.Status.PRECONDITION_FAILED).type(MediaType.APPLICATION_JSON_TYPE).tag(e.current().replace("\"", ""))
                .entity(new ApiError(IfMatch.HEADER, "does not match the stored version",
                        "The settings were changed since you read them: GET them again, make your change on what is "
                                + "stored now and PUT with the new ETag (If-Match). Nothing was changed."))
                .build();
    }

    @ServerExceptionMapper
    public Response unreachable(DectManagerUnreachableException e) {
        LOG.warnf("Answering 503: %s", e.getMessage());
        return answer(Response.Status.SERVICE_UNAVAILABLE, ApiError.message("DECT manager not reachable"));
    }

    @ServerExceptionMapper
    public Response dmFailed(DectManagerFailedException e) {
        LOG.warnf(e, "Answering 502");
        return answer(Response.Status.BAD_GATEWAY, ApiError.message(e.getMessage()));
    }

    @ServerExceptionMapper
    public Response sipUnreachable(SipGatewayUnreachableException e) {
        LOG.warnf("Answering 503: %s", e.getMessage());
        return answer(Response.Status.SERVICE_UNAVAILABLE, ApiError.message("SIP gateway not reachable"));
    }

    @ServerExceptionMapper
    public Response sipFailed(SipGatewayFailedException e) {
        LOG.warnf(e, "Answering 502");
        return answer(Response.Status.BAD_GATEWAY, ApiError.message(e.getMessage()));
    }

    // Jackson's own mappers would answer bad JSON with an empty 400; these name the field instead.
    @ServerExceptionMapper
    public Response wrongType(InvalidFormatException e) {
        String expected = e.getTargetType() == null ? "another type" : typeName(e.getTargetType());
        return badJson(e, "must be " + expected);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        String expected = e.getTargetType() == null ? "of another type" : typeName(e.getTargetType());
        return badJson(e, "must be " + expected);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return answer(Response.Status.BAD_REQUEST,
                new ApiError(null, "must be valid JSON", "The request body is not valid JSON: " + e.getOriginalMessage()));
    }

    /** The JSON reader wraps unparseable bodies (truncated, not JSON) in a 400 without a body; give it one. */
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
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static Response answer(Response.Status status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
