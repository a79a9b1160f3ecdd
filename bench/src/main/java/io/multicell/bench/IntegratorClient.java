package io.multicell.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.multicell.core.radio.FloorPosition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The integrator's REST API as an admin uses it (user admin). */
final class IntegratorClient {

    private static final Duration SETTLE = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(250);

    private final JsonHttp http;

    IntegratorClient(String baseUrl) {
        this.http = new JsonHttp(baseUrl, Optional.of("admin"), Optional.of("admin"));
    }

    void awaitPending(List<String> macs) {
        Waits.until("base stations " + macs + " to be pending", SETTLE, POLL, () -> {
            Set<String> pending = new HashSet<>();
            http.get("/api/v1/base-stations", 200).path("pending").forEach(p -> pending.add(p.path("mac").asText()));
            return pending.containsAll(macs);
        });
    }

    /** Confirms a pending base into cluster 1 at {@code position}: level 1, or level 2 synchronised over DECT. */
    void confirm(String mac, int syncLevel, FloorPosition position) {
        var body = new LinkedHashMap<String, Object>();
        body.put("mac", mac);
        body.put("cluster", 1);
        body.put("syncLevel", syncLevel);
        if (syncLevel > 1) {
            body.put("syncSlave", "DECT");
        }
        body.put("position", Map.of("x", position.x(), "y", position.y()));
        http.post("/api/v1/base-stations", body, 201);
    }

    void awaitStatus(String mac, String status) {
        Waits.until(mac + " to be " + status, SETTLE, POLL, () -> status.equals(baseStation(mac).path("status").asText()),
                () -> "status " + baseStation(mac).path("status").asText());
    }

    JsonNode baseStation(String mac) {
        return http.get("/api/v1/base-stations/" + mac, 200);
    }

    /**
     * Wildcard entries 0_1..0_count with one PIN, added as one import (one plan change pushed to the DM) instead of
     * {@code count} single additions that would push the growing plan {@code count} times.
     */
    void addWildcardEntries(int count, String pin) {
        var devices = new ArrayList<Map<String, Object>>();
        for (int slot = 1; slot <= count; slot++) {
            devices.add(Map.of("ipui", "0_" + slot, "pin", pin, "handsetName", "Bench " + slot));
        }
        var document = Map.of("format", "multicell-mobile-devices/v1", "exportedAt", Instant.now().toString(),
                "mobileDevices", devices);
        int imported = http.post("/api/v1/mobile-devices/import", document, 200).path("imported").asInt();
        if (imported != count) {
            throw new BenchmarkException("the integrator imported " + imported + " of " + count + " wildcard entries");
        }
    }

    int mobileDeviceCount() {
        return http.get("/api/v1/mobile-devices", 200).size();
    }

    void openRegistrationWindow(Duration duration) {
        http.put("/api/v1/mobile-devices/registration-centre", Map.of("duration", Map.of("minutes", duration.toMinutes())), 200);
    }
    /** Provider/PBX profile {@code id} pointing at a PBX on 127.0.0.1:{@code port} (G.711 A-law, µ-law). */
    void pbxProfile(int id, String name, int port) {
        http.put("/api/v1/provider-profiles/" + id, Map.of("name", name, "domain", "127.0.0.1", "proxyAddress", "127.0.0.1",
                "proxyPort", port, "codecs", List.of("PCMA", "PCMU")), 200);
    }

    /** A mobile device with a PIN and a VoIP account at provider profile {@code profileId}: number = authentication name = username. */
    void addMobileDeviceWithAccount(String ipui, String pin, String name, int profileId, String number, String password) {
        http.post("/api/v1/mobile-devices", Map.of("ipui", ipui, "pin", pin, "handsetName", name,
                "voipAccount", Map.of("providerProfileId", profileId, "authenticationName", number, "password", password,
                        "username", number, "displayName", name)), 201);
    }

    /** The SIP column of the Mobile devices list: account state by IPUI. */
    Map<String, String> sipStates() {
        var states = new LinkedHashMap<String, String>();
        http.get("/api/v1/mobile-devices", 200).forEach(d -> states.put(d.path("ipui").asText(), d.path("sip").path("state").asText("")));
        return states;
    }

    /** Calls the DM holds now (GET /api/v1/calls). */
    int activeCalls() {
        return http.get("/api/v1/calls", 200).size();
    }
}
