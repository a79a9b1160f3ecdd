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
}
