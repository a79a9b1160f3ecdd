package io.multicell.integrator.floorplan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import io.multicell.integrator.testing.FakeDectManager;
import io.multicell.integrator.testing.FakeSipGateway;
import io.multicell.integrator.testing.IntegratorTestResource;
import io.multicell.proto.events.v1.HandsetRoamed;
import io.multicell.proto.events.v1.SyncStateChanged;
import io.multicell.proto.manager.v1.BaseStationStatus;
import io.multicell.testing.MulticellTestResource;
import io.multicell.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The floor plan API over the real Kafka broker and PostgreSQL (the DM is the tests' fake served over real gRPC):
 * the snapshot, events published on the DM's topics arriving as server-sent events, moving without a simulator,
 * and the sync topology.
 */
@QuarkusTest
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
class FloorPlanQuarkusTest {

    static final String BASES = "/api/v1/base-stations";
    static final String MAC1 = "7C:2F:80:00:00:01";
    static final String MAC2 = "7C:2F:80:00:00:02";
    static final String IPUI = "0279A7C1D2";

    static KafkaProducer<String, byte[]> producer;

    @ConfigProperty(name = IntegratorTestResource.DM_PORT)
    int dmPort;

    @ConfigProperty(name = IntegratorTestResource.SIP_PORT)
    int sipPort;

    @TestHTTPResource("/api/v1/floor-plan/events")
    URI eventsUri;

    @Inject
    ObjectMapper json;

    FakeDectManager dm;

    @BeforeAll
    static void connectProducer() {
        var props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props);
    }

    @AfterAll
    static void closeProducer() {
        producer.close(Duration.ofSeconds(5));
    }

    @BeforeEach
    void twoBasesInClusterOne() {
        dm = FakeDectManager.runningOn(dmPort);
        FakeSipGateway.runningOn(sipPort);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Boolean.TRUE.equals(admin().get(BASES).then().statusCode(200).extract().path("dmConnected")));
        List<String> confirmed = admin().get(BASES).then().statusCode(200).extract().path("connected.mac");
        if (!confirmed.isEmpty()) {
            admin().queryParam("mac", confirmed).delete(BASES).then().statusCode(204);
        }
        // The factory user ID "user" is off until the admin activates it (Settings > System > Web configurator).
        admin().body(Map.of("active", true)).put("/api/v1/users/user/activation").then().statusCode(200);
        dm.reset();
        dm.announce(MAC1, 0, 0, true);
        dm.announce(MAC2, 20, 0, false);
        admin().body(Map.of("mac", MAC1, "cluster", 1, "syncLevel", 1)).post(BASES).then().statusCode(201);
        admin().body(Map.of("mac", MAC2, "name", "Reception", "cluster", 1, "syncLevel", 2, "syncSlave", "DECT"))
                .post(BASES).then().statusCode(201);
    }

    @Test
    void snapshotShowsBasesWithCoverageAndARegisteredHandsetAtItsBase() {
        String entry = admin().body(Map.of("ipui", IPUI, "pin", "1234", "handsetName", "Anna"))
                .post("/api/v1/mobile-devices").then().statusCode(201).extract().path("id");
        dm.register(entry, new FakeDectManager.Bound(IPUI, "S700H PRO", "114.00", true, MAC2, FakeDectManager.PARI + "02"));
        try {
            var plan = user().get("/api/v1/floor-plan").then().statusCode(200)
                    .body("dmConnected", equalTo(true))
                    .body("simulation", equalTo(false))
                    .body("bases", hasSize(2))
                    .body("bases[1].mac", equalTo(MAC2))
                    .body("bases[1].name", equalTo("Reception"))
                    .body("bases[1].position.x", equalTo(20.0f))
                    .body("bases[1].cluster", equalTo(1))
                    .body("bases[1].syncLevel", equalTo(2))
                    .body("bases[1].statusCode", notNullValue())
                    .body("handsets", hasSize(1))
                    .body("handsets[0].ipui", equalTo(IPUI))
                    .body("handsets[0].name", equalTo("Anna"))
                    .body("handsets[0].baseMac", equalTo(MAC2))
                    .body("handsets[0].attached", equalTo(true))
                    .body("handsets[0].position", nullValue())
                    .body("handsets[0].outOfRange", equalTo(false))
                    .extract().jsonPath();
            // Office radio model: 24 dBm, 40 dB at 1 m, exponent 3.5, handset sensitivity -93 dBm → 10^(77/35) m.
            assertThat(plan.getDouble("bases[1].coverageRadiusMetres")).isCloseTo(158.5, within(0.1));
        } finally {
            admin().queryParam("id", entry).delete("/api/v1/mobile-devices").then().statusCode(204);
        }
    }

    @Test
    void roamAndSyncEventsOnTheTopicsArriveAsServerSentEventsNamingTheBasesByMac() throws Exception {
        var received = new CopyOnWriteArrayList<JsonNode>();
        CompletableFuture<HttpResponse<Stream<String>>> stream = follow(received);
        try {
            String marker = UUID.randomUUID().toString();
            String rfpi1 = admin().get(BASES + "/" + MAC1).then().statusCode(200).extract().path("rfpi");
            String rfpi2 = admin().get(BASES + "/" + MAC2).then().statusCode(200).extract().path("rfpi");
            // The consumer may join the topics after the first publication: publish until the stream shows it.
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                publish("multicell.roaming.v1", IPUI, HandsetRoamed.newBuilder().setEventId(marker).setIpui(IPUI)
                        .setFromRfpi(rfpi1).setToRfpi(rfpi2)
                        .setOccurredAt(now()).build());
                assertThat(received).anySatisfy(e -> assertThat(e.path("type").asText()).isEqualTo("roamed"));
            });
            assertThat(received).filteredOn(e -> e.path("type").asText().equals("roamed")).first().satisfies(e -> {
                assertThat(e.path("ipui").asText()).isEqualTo(IPUI);
                assertThat(e.path("fromBaseMac").asText()).isEqualTo(MAC1);
                assertThat(e.path("toBaseMac").asText()).isEqualTo(MAC2);
            });

            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                publish("multicell.sync.v1", MAC2, SyncStateChanged.newBuilder().setEventId(UUID.randomUUID().toString())
                        .setMac(MAC2).setCluster(1).setSyncLevel(2).setStatus(BaseStationStatus.NO_SYNC)
                        .setPreviousStatus(BaseStationStatus.SYNC).setOccurredAt(now()).build());
                assertThat(received).anySatisfy(e -> {
                    assertThat(e.path("type").asText()).isEqualTo("sync-state");
                    assertThat(e.path("mac").asText()).isEqualTo(MAC2);
                    assertThat(e.path("statusCode").asText()).isEqualTo("NO_SYNC");
                    assertThat(e.path("status").asText()).isEqualTo("No sync");
                });
            });
        } finally {
            stream.cancel(true);
        }
    }

    @Test
    void eventsNeedCredentials() {
        given().get("/api/v1/floor-plan").then().statusCode(401);
        given().get("/api/v1/floor-plan/events").then().statusCode(401);
        given().get("/api/v1/sync-topology").then().statusCode(401);
    }

    @Test
    void movingAHandsetNamesTheBadCoordinateAndWithoutASimulatorSaysSo() {
        String path = "/api/v1/floor-plan/handsets/" + IPUI + "/position";
        admin().body(Map.of("x", 20_001, "y", 0)).put(path).then().statusCode(400)
                .body("field", equalTo("x")).body("rule", equalTo("must be a number of metres within ±10000"));
        admin().body(Map.of("x", 3)).put(path).then().statusCode(400)
                .body("field", equalTo("y")).body("rule", equalTo("is required"));
        admin().body(Map.of("x", "east", "y", 0)).put(path).then().statusCode(400).body("field", equalTo("x"));
        user().body(Map.of("x", 3, "y", 0)).put(path).then().statusCode(403);
        admin().body(Map.of("x", 3, "y", 0)).put(path).then().statusCode(409)
                .body("field", equalTo("simulator")).body("rule", notNullValue());
    }

    @Test
    void syncTopologyHangsTheSlaveUnderItsMaster() {
        admin().get("/api/v1/sync-topology").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].cluster", equalTo(1))
                .body("[0].lanMaster", nullValue())
                .body("[0].roots", hasSize(1))
                .body("[0].roots[0].mac", equalTo(MAC1))
                .body("[0].roots[0].syncLevel", equalTo(1))
                .body("[0].roots[0].children", hasSize(1))
                .body("[0].roots[0].children[0].mac", equalTo(MAC2))
                .body("[0].roots[0].children[0].syncSlave", equalTo("DECT"));
        user().get("/api/v1/sync-topology").then().statusCode(403);
    }

    private CompletableFuture<HttpResponse<Stream<String>>> follow(List<JsonNode> received) {
        String credentials = Base64.getEncoder().encodeToString("user:user".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(eventsUri).header("Authorization", "Basic " + credentials)
                .header("Accept", "text/event-stream").GET().build();
        CompletableFuture<HttpResponse<Stream<String>>> response =
                HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(r -> r.body().filter(line -> line.startsWith("data:")).forEach(line -> {
            try {
                received.add(json.readTree(line.substring(5).trim()));
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + line, e);
            }
        }));
        return response;
    }

    private static void publish(String topic, String key, Message event) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, event.toByteArray())).get();
    }

    private static Timestamp now() {
        Instant now = Instant.now();
        return Timestamp.newBuilder().setSeconds(now.getEpochSecond()).setNanos(now.getNano()).build();
    }

    static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin").contentType(ContentType.JSON);
    }

    static RequestSpecification user() {
        return given().auth().preemptive().basic("user", "user").contentType(ContentType.JSON);
    }
}
