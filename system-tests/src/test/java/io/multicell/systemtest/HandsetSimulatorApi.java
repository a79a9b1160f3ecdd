package io.multicell.systemtest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** The handset simulator's lab API: virtual handsets on the floor plan, as a tester drives them. */
final class HandsetSimulatorApi {

    private final String baseUri;

    HandsetSimulatorApi(String baseUri) {
        this.baseUri = baseUri;
    }

    RequestSpecification request() {
        return given().baseUri(baseUri).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    void create(String id, String ipui, double x, double y) {
        request().body(Map.of("id", id, "ipui", ipui, "position", Map.of("x", x, "y", y)))
                .post("/api/v1/handsets").then().statusCode(201);
    }

    void register(String id, String pin) {
        request().body(Map.of("pin", pin)).post("/api/v1/handsets/{id}/registration", id).then().statusCode(202);
    }

    void walk(String id, List<double[]> path, double speedMetresPerSecond) {
        List<Map<String, Double>> points = path.stream().map(p -> Map.of("x", p[0], "y", p[1])).toList();
        request().body(Map.of("path", points, "speedMetresPerSecond", speedMetresPerSecond))
                .post("/api/v1/handsets/{id}/walk", id).then().statusCode(202);
    }

    Map<String, Object> handset(String id) {
        return request().get("/api/v1/handsets/{id}", id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    void answerMode(String id, String mode) {
        request().body(Map.of("mode", mode)).put("/api/v1/handsets/{id}/answer-mode", id).then().statusCode(200);
    }

    void dial(String id, String number) {
        request().body(Map.of("number", number)).post("/api/v1/handsets/{id}/calls", id).then().statusCode(202);
    }

    /** The handset presses keys (DTMF) in its connected call. */
    void pressKeys(String id, String keys) {
        request().body(Map.of("keys", keys)).post("/api/v1/handsets/{id}/calls/current/keys", id).then().statusCode(200);
    }

    void hangUp(String id) {
        request().delete("/api/v1/handsets/{id}/calls/current", id).then().statusCode(200);
    }

    /** Ends the handset's call if it has one (clean-up after a failed test; no call is not an error here). */
    void hangUpIfInCall(String id) {
        request().delete("/api/v1/handsets/{id}/calls/current", id);
    }

    Map<String, Object> currentCall(String id) {
        return request().get("/api/v1/handsets/{id}/calls/current", id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    void moveTo(String id, double x, double y) {
        request().body(Map.of("x", x, "y", y)).put("/api/v1/handsets/{id}/position", id).then().statusCode(200);
    }
}
