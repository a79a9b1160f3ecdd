package io.multicell.simulator.api;

import io.multicell.core.InvalidValueException;
import io.multicell.core.access.Pin;
import io.multicell.core.identity.Ipui;
import io.multicell.core.radio.FloorPosition;
import io.multicell.simulator.config.SimulatorSettings;
import io.multicell.simulator.handset.HandsetEngine;
import io.multicell.simulator.handset.HandsetRecord;
import io.multicell.simulator.handset.HandsetSnapshot;
import io.multicell.simulator.handset.HandsetStore;
import io.multicell.simulator.handset.UnknownHandsetException;
import io.multicell.simulator.handset.Walk;
import io.multicell.simulator.radio.FloorPlan;
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
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The simulator's REST API: create virtual handsets, start their registration, move them, see what they hear. A lab
 * tool: no authentication. Every bad input is a 400 naming field and rule, and changes nothing.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HandsetResource {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final String ID_RULE = "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";
    private static final int MAX_BATCH = 1000;
    private static final long ENGINE_WAIT_SECONDS = 10;

    private final HandsetEngine engine;
    private final HandsetStore store;
    private final FloorPlan floorPlan;
    private final SimulatorSettings settings;
    private final RandomGenerator random;

    HandsetResource(HandsetEngine engine, HandsetStore store, FloorPlan floorPlan, SimulatorSettings settings,
            RandomGenerator random) {
        this.engine = engine;
        this.store = store;
        this.floorPlan = floorPlan;
        this.settings = settings;
        this.random = random;
    }

    @GET
    @Path("/handsets")
    public List<HandsetResponse> list() {
        return engine.snapshots().stream().map(HandsetResponse::of).toList();
    }

    @GET
    @Path("/handsets/{id}")
    public HandsetResponse get(@PathParam("id") String id) {
        return engine.snapshot(id).map(HandsetResponse::of).orElseThrow(() -> new UnknownHandsetException(id));
    }

    @POST
    @Path("/handsets")
    public Response create(Requests.CreateHandset request) {
        if (request == null) {
            throw new InvalidValueException("body", "is required");
        }
        String id = request.id() == null ? newId() : checkedId("id", request.id());
        Ipui ipui = Ipui.parse(request.ipui());
        FloorPosition position = position("position", request.position());
        var record = new HandsetRecord(id, ipui, text("model", request.model(), settings.defaultModel()),
                text("firmware", request.firmware(), settings.defaultFirmware()), position, Optional.empty(),
                CallResource.answerMode("answerMode", request.answerMode()));
        store.insert(List.of(record));
        var created = await(engine.add(List.of(record))).get(0);
        return Response.created(URI.create("/api/v1/handsets/" + id)).entity(HandsetResponse.of(created)).build();
    }

    @DELETE
    @Path("/handsets/{id}")
    public Response delete(@PathParam("id") String id) {
        await(engine.remove(id));
        store.delete(id);
        return Response.noContent().build();
    }

    /**
     * Many handsets in one request, all or none. The colon must reach the server as it is ({@code curl} sends it so);
     * a client that escapes it as %3A gets a 404.
     */
    @POST
    @Path("/handsets:batch")
    public Response createBatch(Requests.CreateBatch request) {
        if (request == null) {
            throw new InvalidValueException("body", "is required");
        }
        List<Ipui> ipuis = batchIpuis(request);
        List<FloorPosition> positions = batchPositions(request);
        String model = text("model", request.model(), settings.defaultModel());
        String firmware = text("firmware", request.firmware(), settings.defaultFirmware());
        String idPrefix = request.idPrefix() == null ? null : checkedId("idPrefix", request.idPrefix());
        var answerMode = CallResource.answerMode("answerMode", request.answerMode());
        var records = new ArrayList<HandsetRecord>();
        var ids = new HashSet<String>();
        for (int i = 0; i < ipuis.size(); i++) {
            String id = idPrefix == null ? newId(ids) : checkedId("idPrefix", idPrefix + "-" + (i + 1));
            ids.add(id);
            records.add(new HandsetRecord(id, ipuis.get(i), model, firmware, positions.get(i % positions.size()),
                    Optional.empty(), answerMode));
        }
        store.insert(records);
        var created = await(engine.add(records));
        return Response.status(Response.Status.CREATED).entity(created.stream().map(HandsetResponse::of).toList()).build();
    }

    @POST
    @Path("/handsets/{id}/registration")
    public Response register(@PathParam("id") String id, Requests.Registration request) {
        Pin pin = Pin.parse(request == null ? null : request.pin());
        requireHandset(id);
        var handset = await(engine.requestRegistration(id, pin));
        return Response.accepted(HandsetResponse.of(handset)).build();
    }

    @PUT
    @Path("/handsets/{id}/position")
    public HandsetResponse move(@PathParam("id") String id, Requests.Position request) {
        FloorPosition position = position("position", request);
        requireHandset(id);
        return HandsetResponse.of(await(engine.moveTo(id, position)));
    }

    @POST
    @Path("/handsets/{id}/walk")
    public Response walk(@PathParam("id") String id, Requests.WalkAlong request) {
        if (request == null) {
            throw new InvalidValueException("path", "must have at least one point");
        }
        var path = new ArrayList<FloorPosition>();
        if (request.path() != null) {
            for (int i = 0; i < request.path().size() && i <= Walk.MAX_POINTS; i++) {
                path.add(position("path[" + i + "]", request.path().get(i)));
            }
        }
        if (request.speedMetresPerSecond() == null) {
            throw new InvalidValueException("speedMetresPerSecond", "is required");
        }
        var walk = new Walk(path, request.speedMetresPerSecond());
        requireHandset(id);
        return Response.accepted(HandsetResponse.of(await(engine.walk(id, walk)))).build();
    }

    // ---------------------------------------------------------------- validation

    // Input is checked before the handset is looked up, so a bad body is a 400 even for an unknown id; this makes an
    // unknown id a 404 before anything is handed to the engine.
    private void requireHandset(String id) {
        if (engine.snapshot(id).isEmpty()) {
            throw new UnknownHandsetException(id);
        }
    }

    private FloorPosition position(String field, Requests.Position position) {
        if (position == null) {
            throw new InvalidValueException(field, "is required");
        }
        return floorPlan.position(field, position.x(), position.y());
    }

    private static String checkedId(String field, String id) {
        if (!ID.matcher(id).matches()) {
            throw new InvalidValueException(field, ID_RULE);
        }
        return id;
    }

    private static String text(String field, String value, String fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isBlank() || value.length() > 64) {
            throw new InvalidValueException(field, "must be 1 to 64 characters");
        }
        return value;
    }

    private List<Ipui> batchIpuis(Requests.CreateBatch request) {
        if (request.ipuis() != null) {
            if (request.ipuiPrefix() != null) {
                throw new InvalidValueException("ipuiPrefix", "must be absent when ipuis are listed");
            }
            if (request.ipuis().isEmpty() || request.ipuis().size() > MAX_BATCH) {
                throw new InvalidValueException("ipuis", "must list 1 to " + MAX_BATCH + " IPUIs");
            }
            if (request.count() != null && request.count() != request.ipuis().size()) {
                throw new InvalidValueException("count", "must be the number of ipuis listed");
            }
            var ipuis = new ArrayList<Ipui>();
            for (int i = 0; i < request.ipuis().size(); i++) {
                try {
                    ipuis.add(Ipui.parse(request.ipuis().get(i)));
                } catch (InvalidValueException e) {
                    throw new InvalidValueException("ipuis[" + i + "]", e.rule());
                }
            }
            return ipuis;
        }
        if (request.ipuiPrefix() == null) {
            throw new InvalidValueException("ipuis", "are required unless ipuiPrefix and count are given");
        }
        String prefix = request.ipuiPrefix().trim().toUpperCase(Locale.ROOT);
        if (!prefix.matches("[0-9A-F]{1,9}")) {
            throw new InvalidValueException("ipuiPrefix", "must be 1 to 9 hex digits");
        }
        if (request.count() == null || request.count() < 1 || request.count() > MAX_BATCH) {
            throw new InvalidValueException("count", "must be 1 to " + MAX_BATCH);
        }
        int width = 10 - prefix.length();
        long capacity = (1L << (4 * width)) - 1;
        if (request.count() > capacity) {
            throw new InvalidValueException("count", "must be at most " + capacity + " for a prefix of " + prefix.length()
                    + " digits");
        }
        var ipuis = new ArrayList<Ipui>();
        for (int i = 1; i <= request.count(); i++) {
            ipuis.add(new Ipui(prefix + String.format("%0" + width + "X", i)));
        }
        return ipuis;
    }

    private List<FloorPosition> batchPositions(Requests.CreateBatch request) {
        if (request.positions() != null) {
            if (request.positions().isEmpty() || request.positions().size() > MAX_BATCH) {
                throw new InvalidValueException("positions", "must list 1 to " + MAX_BATCH + " points");
            }
            var positions = new ArrayList<FloorPosition>();
            for (int i = 0; i < request.positions().size(); i++) {
                positions.add(position("positions[" + i + "]", request.positions().get(i)));
            }
            return positions;
        }
        return List.of(position("position", request.position()));
    }

    /** A fresh id "hs-xxxxxx" from the seeded random: the same seed names handsets the same way. */
    private String newId() {
        return newId(Set.of());
    }

    private String newId(Set<String> taken) {
        while (true) {
            String id = String.format("hs-%06x", random.nextInt(1 << 24));
            if (!taken.contains(id) && engine.snapshot(id).isEmpty()) {
                return id;
            }
        }
    }

    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(ENGINE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the handset engine did not answer within " + ENGINE_WAIT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
