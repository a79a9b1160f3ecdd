package io.multicell.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.multicell.core.radio.FloorPosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The handset simulator's lab API (no login). */
final class SimulatorClient {

    private final JsonHttp http;

    SimulatorClient(String baseUrl) {
        this.http = new JsonHttp(baseUrl, Optional.empty(), Optional.empty());
    }

    /** One handset as the simulator shows it. */
    record Handset(String id, String ipui, String state, FloorPosition position, String lockedBaseMac, boolean attached,
            boolean registered, boolean registrationPending, Optional<Boolean> lastRegistrationAccepted,
            String lastRegistrationReason, boolean walking) {

        static Handset of(JsonNode h) {
            JsonNode registration = h.path("lastRegistrationResult");
            return new Handset(h.path("id").asText(), h.path("ipui").asText(), h.path("state").asText(),
                    new FloorPosition(h.path("position").path("x").asDouble(), h.path("position").path("y").asDouble()),
                    h.path("lockedBaseMac").isTextual() ? h.path("lockedBaseMac").asText() : null,
                    h.path("attached").asBoolean(), h.path("registered").asBoolean(), h.path("registrationPending").asBoolean(),
                    registration.isObject() ? Optional.of(registration.path("accepted").asBoolean()) : Optional.empty(),
                    registration.path("reason").asText(""), h.path("walking").asBoolean());
        }
    }

    /** When a request was sent and when its answer came: the simulator acted somewhere in between. */
    record Exchange(Instant sent, Instant answered) {

        Instant middle() {
            return sent.plusNanos(java.time.Duration.between(sent, answered).toNanos() / 2);
        }
    }

    /** {@code count} handsets in one all-or-nothing batch: IPUIs prefix + sequence number, ids idPrefix-1.. */
    List<Handset> createBatch(String ipuiPrefix, int count, List<FloorPosition> positions, String idPrefix) {
        var body = Map.of("ipuiPrefix", ipuiPrefix, "count", count, "idPrefix", idPrefix,
                "positions", positions.stream().map(p -> Map.of("x", p.x(), "y", p.y())).toList());
        var created = new ArrayList<Handset>();
        http.post("/api/v1/handsets:batch", body, 201).forEach(h -> created.add(Handset.of(h)));
        return created;
    }

    void register(String id, String pin) {
        http.post("/api/v1/handsets/" + id + "/registration", Map.of("pin", pin), 202);
    }

    Exchange walk(String id, List<FloorPosition> path, double speedMetresPerSecond) {
        var body = Map.of("path", path.stream().map(p -> Map.of("x", p.x(), "y", p.y())).toList(),
                "speedMetresPerSecond", speedMetresPerSecond);
        Instant sent = Instant.now();
        http.post("/api/v1/handsets/" + id + "/walk", body, 202);
        return new Exchange(sent, Instant.now());
    }

    List<Handset> handsets() {
        var all = new ArrayList<Handset>();
        http.get("/api/v1/handsets", 200).forEach(h -> all.add(Handset.of(h)));
        return all;
    }
    /** One handset {@code id} with IPUI {@code ipui} at (x, y). */
    void create(String id, String ipui, FloorPosition position) {
        http.post("/api/v1/handsets", Map.of("id", id, "ipui", ipui, "position", Map.of("x", position.x(), "y", position.y())), 201);
    }

    /** AUTO: the handset answers an incoming call at once; MANUAL: it rings until told. */
    void answerMode(String id, String mode) {
        http.put("/api/v1/handsets/" + id + "/answer-mode", Map.of("mode", mode), 200);
    }

    /** The handset's current (or last) call: state, handovers, media counters (GET .../calls/current). */
    JsonNode currentCall(String id) {
        return http.get("/api/v1/handsets/" + id + "/calls/current", 200);
    }

    void hangUp(String id) {
        http.delete("/api/v1/handsets/" + id + "/calls/current", 200);
    }
}
