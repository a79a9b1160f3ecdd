package io.multicell.integrator.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.multicell.integrator.testing.FakeDectManager;
import io.multicell.integrator.testing.FakeSipGateway;
import io.multicell.integrator.testing.IntegratorTestResource;
import io.multicell.testing.MulticellTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST API's version check over real PostgreSQL: every settings document answers its GET with a strong ETag, a PUT
 * with that ETag changes it and answers the new one, a PUT with an ETag that is no longer stored is refused 412 and
 * changes nothing; "*" and no If-Match at all behave as RFC 9110 and the clients of before expect.
 */
@QuarkusTest
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
class SettingsVersionApiQuarkusTest {

    static final String STRONG_TAG = "\"[A-Za-z0-9_-]{22}\"";
    static final String DEVICES = "/api/v1/mobile-devices";
    static final String BASES = "/api/v1/base-stations";
    static final String MAC = "7C:2F:80:00:00:51";

    @ConfigProperty(name = IntegratorTestResource.DM_PORT)
    int dmPort;
    @ConfigProperty(name = IntegratorTestResource.SIP_PORT)
    int sipPort;

    @BeforeEach
    void peersRunning() {
        FakeDectManager.runningOn(dmPort);
        FakeSipGateway.runningOn(sipPort);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                admin().get("/api/v1/dect-manager").then().extract().<Boolean>path("connected")
                        && admin().get("/api/v1/sip-gateway").then().extract().<Boolean>path("connected"));
    }

    @Test
    void everySettingsDocumentChangesOnlyWhileTheClientSawItsStoredVersion() {
        versionChecked("/api/v1/telephony/voip", "t1Ms", 610, 620);
        versionChecked("/api/v1/telephony/audio", "g722Enabled", null, null);
        versionChecked("/api/v1/telephony/call-settings", "transferByRKey", null, null);
        versionChecked("/api/v1/provider-profiles/17", "name", "Tagged A", "Tagged B");
        versionChecked("/api/v1/network/ip-lan", "deviceName", "tagged-a", "tagged-b");
        versionChecked("/api/v1/system/date-and-time", "timeZone", "UTC", "Europe/Paris");
        versionChecked("/api/v1/system/dect-settings", "ecoDectRadiationPower", "LIMITED_RANGE", "MAXIMUM_RANGE");
        versionChecked(BASES + "/led-display", "enabled", null, null);
        admin().delete("/api/v1/provider-profiles/17").then().statusCode(204);
    }

    @Test
    void aHandsetEntryAndABaseStationCarryTheVersionOfTheirStoredSettings() {
        String id = admin().body(Map.of("ipui", "0_7", "pin", "4711", "handsetName", "Tagged")).post(DEVICES).then().statusCode(201)
                .extract().path("id");
        versionChecked(DEVICES + "/" + id, "handsetName", "Anna", "Bert");
        String before = etag(DEVICES + "/" + id);
        admin().body(Map.of("pin", "1234")).put(DEVICES + "/" + id).then().statusCode(200);
        assertThat(etag(DEVICES + "/" + id)).as("the PIN is part of the stored version").isNotEqualTo(before);
        admin().queryParam("id", List.of(id)).delete(DEVICES).then().statusCode(204);

        FakeDectManager dm = FakeDectManager.runningOn(dmPort);
        dm.announce(MAC, 3, 4, false);
        admin().body(Map.of("mac", MAC, "name", "Tagged", "cluster", 9, "syncLevel", 1)).post(BASES).then().statusCode(201);
        versionChecked(BASES + "/" + MAC, "name", "Hall", "Reception");
        String seen = etag(BASES + "/" + MAC);
        admin().body(Map.of("x", 5.0, "y", 6.0)).put(BASES + "/" + MAC + "/position").then().statusCode(200);
        admin().header(IfMatch.HEADER, seen).body(Map.of("syncLevel", 2)).put(BASES + "/" + MAC + "/synchronisation")
                .then().statusCode(412).body("field", equalTo(IfMatch.HEADER));
        admin().get(BASES + "/" + MAC).then().body("syncLevel", equalTo(1));
        admin().queryParam("mac", MAC).delete(BASES).then().statusCode(204);
    }

    @Test
    void theWildcardAndWeakOrMalformedTagsBehaveAsRfc9110Says() {
        String voip = "/api/v1/telephony/voip";
        String tag = etag(voip);
        admin().header(IfMatch.HEADER, "*").body(Map.of("t1Ms", 640)).put(voip).then().statusCode(200)
                .header("ETag", matchesPattern(STRONG_TAG));
        admin().header(IfMatch.HEADER, "*").body(Map.of("handsetName", "Ghost")).put(DEVICES + "/no-such-entry")
                .then().statusCode(404);
        admin().get(DEVICES).then().body("handsetName", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("Ghost")));

        String current = etag(voip);
        admin().header(IfMatch.HEADER, "W/" + current).body(Map.of("t1Ms", 650)).put(voip).then().statusCode(412);
        admin().header(IfMatch.HEADER, tag + ", " + current).body(Map.of("t1Ms", 660)).put(voip).then().statusCode(200)
                .body("t1Ms", equalTo(660));
        admin().header(IfMatch.HEADER, "no-quotes").body(Map.of("t1Ms", 670)).put(voip).then().statusCode(400)
                .body("field", equalTo(IfMatch.HEADER));
        admin().body(Map.of("t1Ms", 500)).put(voip).then().statusCode(200).header("ETag", matchesPattern(STRONG_TAG));
        admin().get(voip).then().body("t1Ms", equalTo(500));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentNamesTheHeaderTheEtagAndThe412() {
        Map<String, Object> paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().path("paths");
        Map<String, Object> voip = (Map<String, Object>) paths.get("/api/v1/telephony/voip");
        Map<String, Object> get = (Map<String, Object>) voip.get("get");
        Map<String, Object> put = (Map<String, Object>) voip.get("put");
        assertThat((List<Map<String, Object>>) put.get("parameters")).anySatisfy(parameter -> {
            assertThat(parameter.get("name")).isEqualTo(IfMatch.HEADER);
            assertThat(parameter.get("in")).isEqualTo("header");
        });
        assertThat((Map<String, Object>) put.get("responses")).containsKeys("200", "412");
        Map<String, Object> ok = (Map<String, Object>) ((Map<String, Object>) get.get("responses")).get("200");
        assertThat((Map<String, Object>) ok.get("headers")).containsKey("ETag");
        assertThat(ok.get("content").toString()).as("the body's schema, not RestResponse's").contains("VoipSettings");
    }

    /**
     * GET gives a strong ETag, stable while nothing changes; a PUT with it (the first value) answers 200 and the new
     * ETag, which the next GET answers too; a second client still holding the first ETag (the second value) gets 412,
     * a body naming If-Match and what to do, and the stored value stays the first one. A PUT without If-Match puts
     * the original back, as before the version check. Booleans (null values): the opposite, then the original.
     */
    private static void versionChecked(String path, String field, Object first, Object second) {
        Object original = admin().get(path).then().statusCode(200).extract().path(field);
        Object a = first == null ? !(Boolean) original : first;
        Object b = second == null ? original : second;
        String seen = admin().get(path).then().statusCode(200).header("ETag", matchesPattern(STRONG_TAG)).extract().header("ETag");
        assertThat(etag(path)).as(path + ": the same stored version, the same ETag").isEqualTo(seen);

        String next = admin().header(IfMatch.HEADER, seen).body(Map.of(field, a)).put(path).then().statusCode(200)
                .body(field, equalTo(a)).header("ETag", matchesPattern(STRONG_TAG)).extract().header("ETag");
        assertThat(next).as(path + ": a new version").isNotEqualTo(seen);
        assertThat(etag(path)).as(path + ": the GET answers the version the PUT answered").isEqualTo(next);

        admin().header(IfMatch.HEADER, seen).body(Map.of(field, b)).put(path).then().statusCode(412)
                .contentType(ContentType.JSON)
                .body("field", equalTo(IfMatch.HEADER))
                .body("message", containsString("GET them again"));
        admin().get(path).then().body(field, equalTo(a));

        admin().body(Map.of(field, original)).put(path).then().statusCode(200);
    }

    private static String etag(String path) {
        return admin().get(path).then().statusCode(200).extract().header("ETag");
    }

    static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin").contentType(ContentType.JSON);
    }
}
