package io.multicell.integrator.floorplan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.multicell.core.radio.FloorPosition;
import io.multicell.integrator.api.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The one client of the handset simulator's REST API (/api/v1/handsets): reads handsets, puts one somewhere. */
@ApplicationScoped
public class HandsetSimulatorClient {

    private final SimulatorConfig config;
    private final ObjectMapper json;
    private final HttpClient http;

    public HandsetSimulatorClient(SimulatorConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    public boolean configured() {
        return config.url().isPresent();
    }

    /** Every virtual handset; empty when there is no simulator. */
    public List<SimulatedHandset> list() {
        if (!configured()) {
            return List.of();
        }
        JsonNode body = send(HttpRequest.newBuilder(uri("/api/v1/handsets")).GET());
        var handsets = new ArrayList<SimulatedHandset>(body.size());
        body.forEach(node -> handsets.add(handset(node)));
        return handsets;
    }

    /** Puts the handset with this IPUI at {@code position} now (the first one, should clones share the IPUI). */
    public SimulatedHandset move(String ipui, FloorPosition position) {
        if (!configured()) {
            throw new SimulatorNotConfiguredException();
        }
        SimulatedHandset handset = list().stream()
                .filter(h -> h.ipui().equalsIgnoreCase(ipui))
                .findFirst()
                .orElseThrow(() -> new UnknownEntityException("ipui", "must be a handset of the simulator"));
        String body;
        try {
            body = json.writeValueAsString(Map.of("x", position.x(), "y", position.y()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String path = "/api/v1/handsets/" + URLEncoder.encode(handset.id(), StandardCharsets.UTF_8) + "/position";
        return handset(send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))));
    }

    private URI uri(String path) {
        String base = config.url().orElseThrow(SimulatorNotConfiguredException::new).toString();
        return URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) + path : base + path);
    }

    private JsonNode send(HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(config.timeout()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SimulatorUnreachableException("handset simulator not reachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SimulatorUnreachableException("interrupted while asking the handset simulator", e);
        }
        if (response.statusCode() != 200) {
            throw new SimulatorUnreachableException("handset simulator answered " + response.statusCode() + ": " + response.body(), null);
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new SimulatorUnreachableException("unreadable answer of the handset simulator", e);
        }
    }

    static SimulatedHandset handset(JsonNode node) {
        JsonNode position = node.path("position");
        return new SimulatedHandset(
                node.path("id").asText(),
                node.path("ipui").asText().toUpperCase(Locale.ROOT),
                new FloorPosition(position.path("x").asDouble(), position.path("y").asDouble()),
                text(node, "lockedBaseMac").orElse(null),
                node.path("reachable").asBoolean(),
                text(node, "callState").orElse("IDLE"));
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}
