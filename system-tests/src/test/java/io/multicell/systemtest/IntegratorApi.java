package io.multicell.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;

/** The integrator's REST API as an admin uses it, with the waits an installer would do by hand. */
final class IntegratorApi {

    static final Duration SETTLE = Duration.ofSeconds(30);

    private final String baseUri;

    IntegratorApi(String baseUri) {
        this.baseUri = baseUri;
    }

    RequestSpecification anonymous() {
        return given().baseUri(baseUri);
    }

    RequestSpecification admin() {
        return given().baseUri(baseUri).auth().preemptive().basic("admin", "admin")
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    JsonPath baseStations() {
        return admin().get("/api/v1/base-stations").then().statusCode(200).extract().jsonPath();
    }

    Map<String, Object> baseStation(String mac) {
        return admin().get("/api/v1/base-stations/{mac}", mac).then().statusCode(200).extract().jsonPath().getMap("");
    }

    void confirm(Map<String, Object> body) {
        admin().body(body).post("/api/v1/base-stations").then().statusCode(201);
    }

    void awaitStatus(String mac, String status) {
        await().atMost(SETTLE).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(baseStation(mac).get("status")).as("status of %s", mac).isEqualTo(status));
    }

    void awaitPending(String... macs) {
        await().atMost(SETTLE).untilAsserted(() ->
                assertThat(baseStations().getList("pending.mac", String.class)).contains(macs));
    }

    /** A 400 that names the field and the rule it broke. */
    static void assertRefused(Response response, String field) {
        response.then().statusCode(400);
        JsonPath error = response.jsonPath();
        assertThat(error.getString("field")).as(response.asString()).contains(field);
        assertThat(error.getString("rule")).as(response.asString()).isNotBlank();
    }

    /**
     * Confirms the three bases 20 m apart on a line, base 1 the sync master at (0,0), bases 2 and 3 its DECT slaves at
     * (20,0) and (40,0), and waits until all are in Sync: each slave hears the master; a handset walking the line meets
     * them in turn.
     */
    void confirmThreeBasesOnALine(String base1, String base2, String base3) {
        awaitPending(base1, base2, base3);
        confirm(Map.of("mac", base1, "cluster", 1, "syncLevel", 1, "position", Map.of("x", 0.0, "y", 0.0)));
        confirm(Map.of("mac", base2, "cluster", 1, "syncLevel", 2, "syncSlave", "DECT", "position", Map.of("x", 20.0, "y", 0.0)));
        confirm(Map.of("mac", base3, "cluster", 1, "syncLevel", 2, "syncSlave", "DECT", "position", Map.of("x", 40.0, "y", 0.0)));
        java.util.List.of(base1, base2, base3).forEach(mac -> awaitStatus(mac, "Sync"));
    }
}
