package io.multicell.simulator.api;

import io.multicell.core.InvalidValueException;
import io.multicell.simulator.call.AnswerMode;
import io.multicell.simulator.handset.CallConflictException;
import io.multicell.simulator.handset.HandsetEngine;
import io.multicell.simulator.handset.HandsetSnapshot;
import io.multicell.simulator.handset.HandsetState;
import io.multicell.simulator.handset.HandsetStore;
import io.multicell.simulator.handset.UnknownHandsetException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Calls of a virtual handset: dial, answer, hang up, see the call and its voice counters, set what the handset does
 * when a call rings. A handset is named by its id, or by its IPUI when no handset has that id.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallResource {

    private static final Pattern NUMBER = Pattern.compile("[0-9*#+]{1,32}");
    private static final String IPUI = "[0-9A-Fa-f]{10}";

    private final HandsetEngine engine;
    private final HandsetStore store;

    CallResource(HandsetEngine engine, HandsetStore store) {
        this.engine = engine;
        this.store = store;
    }

    @POST
    @Path("/handsets/{handset}/calls")
    public Response dial(@PathParam("handset") String handset, Requests.Dial request) {
        String number = request == null ? null : request.number();
        if (number == null) {
            throw new InvalidValueException("number", "is required");
        }
        if (!NUMBER.matcher(number).matches()) {
            throw new InvalidValueException("number", "must be 1 to 32 of the digits 0-9, *, # and +");
        }
        String id = resolve(handset);
        return Response.accepted(CallResponse.of(HandsetResource.await(engine.dial(id, number)))).build();
    }

    @GET
    @Path("/handsets/{handset}/calls/current")
    public CallResponse current(@PathParam("handset") String handset) {
        return CallResponse.of(HandsetResource.await(engine.currentCall(resolve(handset))));
    }

    @POST
    @Path("/handsets/{handset}/calls/current/answer")
    @Consumes(MediaType.WILDCARD) // no body: any content type (or none) will do
    public Response answer(@PathParam("handset") String handset) {
        return Response.accepted(CallResponse.of(HandsetResource.await(engine.answer(resolve(handset))))).build();
    }

    /** Body {"keys": "123#"}: the handset presses the keys in its connected call (DTMF to the far end). */
    @POST
    @Path("/handsets/{handset}/calls/current/keys")
    public CallResponse pressKeys(@PathParam("handset") String handset, KeysRequest request) {
        if (request == null || request.keys() == null || !request.keys().matches("[0-9*#A-Da-d]{1,32}")) {
            throw new jakarta.ws.rs.BadRequestException("keys: 1 to 32 of 0-9, *, #, A-D");
        }
        return CallResponse.of(HandsetResource.await(engine.pressKeys(resolve(handset), request.keys())));
    }

    /** The keys to press. */
    public record KeysRequest(String keys) {
    }

    @DELETE
    @Path("/handsets/{handset}/calls/current")
    @Consumes(MediaType.WILDCARD)
    public CallResponse hangUp(@PathParam("handset") String handset) {
        return CallResponse.of(HandsetResource.await(engine.hangUp(resolve(handset))));
    }

    @PUT
    @Path("/handsets/{handset}/answer-mode")
    public HandsetResponse answerMode(@PathParam("handset") String handset, Requests.AnswerModeChange request) {
        if (request == null || request.mode() == null) {
            throw new InvalidValueException("mode", "is required");
        }
        AnswerMode mode = answerMode("mode", request.mode());
        String id = resolve(handset);
        store.saveAnswerMode(id, mode);
        return HandsetResponse.of(HandsetResource.await(engine.answerMode(id, mode)));
    }

    /** {@code text} as an answer mode; MANUAL when absent. */
    static AnswerMode answerMode(String field, String text) {
        if (text == null) {
            return AnswerMode.MANUAL;
        }
        try {
            return AnswerMode.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "must be one of " + Arrays.toString(AnswerMode.values()));
        }
    }

    /**
     * The id of the handset named {@code key}: a handset id, else an IPUI. Clones share an IPUI: then the one attached
     * is meant; two attached (or none of several) is a 409.
     */
    private String resolve(String key) {
        if (engine.snapshot(key).isPresent()) {
            return key;
        }
        if (!key.matches(IPUI)) {
            throw new UnknownHandsetException(key);
        }
        var matches = engine.snapshots().stream().filter(h -> h.ipui().equalsIgnoreCase(key)).toList();
        if (matches.isEmpty()) {
            throw new UnknownHandsetException(key);
        }
        if (matches.size() == 1) {
            return matches.get(0).id();
        }
        var attached = matches.stream().filter(h -> h.state() == HandsetState.ATTACHED).toList();
        if (attached.size() == 1) {
            return attached.get(0).id();
        }
        throw new CallConflictException("handset", "must name one handset",
                "handsets " + matches.stream().map(HandsetSnapshot::id).toList() + " share IPUI " + key
                        + ": name one by its id");
    }
}
