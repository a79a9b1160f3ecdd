package io.multicell.integrator.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.google.protobuf.Timestamp;
import io.multicell.integrator.testing.IntegratorTestResource;
import io.multicell.integrator.testing.TestUsers;
import io.multicell.proto.events.v1.IncidentOccurred;
import io.multicell.proto.events.v1.IncidentSeverity;
import io.multicell.testing.MulticellTestResource;
import io.multicell.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Incidents travel over the real Kafka topic into PostgreSQL and out of the API, once per event id. */
@QuarkusTest
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
class IncidentQuarkusTest {

    static final String INCIDENTS = "/api/v1/incidents";
    static final String TOPIC = "multicell.incidents.v1";
    static final String KEY = "7C:2F:80:00:00:01";

    static KafkaProducer<String, byte[]> producer;

    @BeforeAll
    static void connectProducer() {
        var props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        producer = new KafkaProducer<>(props);
    }

    @AfterAll
    static void closeProducer() {
        producer.close(Duration.ofSeconds(5));
    }

    @Test
    void anIncidentPublishedTwiceIsListedOnce() throws Exception {
        String eventId = UUID.randomUUID().toString();
        Instant occurredAt = Instant.parse("2026-03-04T05:06:07.123Z");
        IncidentOccurred incident = incident(eventId, occurredAt, IncidentSeverity.CRITICAL, "BASE_STATION_OFFLINE");

        publish(incident);
        publish(incident);
        // Same key, same partition: once the marker is listed, both copies before it have been consumed.
        String marker = publishMarker();
        awaitListed(marker);

        List<Map<String, Object>> copies = admin().get(INCIDENTS).then().statusCode(200).extract()
                .jsonPath().param("id", eventId).getList("findAll { it.eventId == id }");
        assertThat(copies).singleElement().satisfies(row -> {
            assertThat(row.get("severity")).isEqualTo("CRITICAL");
            assertThat(row.get("code")).isEqualTo("BASE_STATION_OFFLINE");
            assertThat(row.get("message")).isEqualTo("Base station Hall is offline");
            assertThat(row.get("baseMac")).isEqualTo(KEY);
            assertThat(row.get("baseName")).isEqualTo("Hall");
            assertThat(row.get("source")).isEqualTo("dect-manager");
            assertThat(Instant.parse((String) row.get("occurredAt"))).isEqualTo(occurredAt);
            assertThat(row.get("id")).isNotNull();
        });
    }

    @Test
    void incidentsAreListedNewestFirstAndADeletedOneStaysDeleted() throws Exception {
        String older = UUID.randomUUID().toString();
        String newer = UUID.randomUUID().toString();
        Instant now = Instant.now();
        publish(incident(older, now.minusSeconds(60), IncidentSeverity.WARNING, "BASE_STATION_NO_SYNC"));
        IncidentOccurred newest = incident(newer, now, IncidentSeverity.INFO, "BASE_STATION_ONLINE");
        publish(newest);
        awaitListed(newer);

        List<String> order = admin().get(INCIDENTS).then().extract().path("eventId");
        assertThat(order.indexOf(newer)).isNotNegative().isLessThan(order.indexOf(older));

        Integer id = admin().get(INCIDENTS).then().extract().jsonPath().param("id", newer)
                .get("find { it.eventId == id }.id");
        admin().delete(INCIDENTS + "/" + id).then().statusCode(204);
        admin().delete(INCIDENTS + "/" + id).then().statusCode(404);
        admin().delete(INCIDENTS + "/not-a-number").then().statusCode(400);

        publish(newest);
        awaitListed(publishMarker());
        admin().get(INCIDENTS).then().body("eventId", not(hasItem(newer))).body("eventId", hasItem(older));

        admin().delete(INCIDENTS).then().statusCode(204);
        assertThat(admin().get(INCIDENTS).then().statusCode(200).extract().<List<?>>path("$")).isEmpty();
    }

    @Test
    void markedIncidentsAreDownloadedAsCsvAndDeletedAllOrNoneAndTheUserMayOnlyRead() throws Exception {
        TestUsers.activateUserRole();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        publish(incident(first, Instant.now().minusSeconds(5), IncidentSeverity.CRITICAL, "BASE_STATION_OFFLINE"));
        publish(incident(second, Instant.now(), IncidentSeverity.WARNING, "BASE_STATION_NO_SYNC"));
        awaitListed(second);
        Integer firstId = idOf(first);
        Integer secondId = idOf(second);

        String csv = given().auth().preemptive().basic("user", "user").queryParam("id", firstId).get(INCIDENTS + "/export")
                .then().statusCode(200).contentType("text/csv").header("Content-Disposition", "attachment; filename=\"incidents.csv\"")
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo(IncidentCsv.HEADER);
        assertThat(lines[1]).endsWith(",dect-manager,BASE_STATION_OFFLINE,Critical,Hall,7C:2F:80:00:00:01,Base station Hall is offline," + first);
        admin().queryParam("id", "x").get(INCIDENTS + "/export").then().statusCode(400);

        // The user reads the list but deletes nothing (the manual).
        given().auth().preemptive().basic("user", "user").get(INCIDENTS).then().statusCode(200).body("eventId", hasItem(first));
        given().auth().preemptive().basic("user", "user").queryParam("id", firstId).delete(INCIDENTS).then().statusCode(403);

        // One unknown id among the marked ones: nothing is deleted.
        admin().queryParam("id", firstId, 999_999_999).delete(INCIDENTS).then().statusCode(404);
        admin().get(INCIDENTS).then().body("eventId", hasItem(first)).body("eventId", hasItem(second));
        admin().queryParam("id", firstId, secondId).delete(INCIDENTS).then().statusCode(204);
        admin().get(INCIDENTS).then().body("eventId", not(hasItem(first))).body("eventId", not(hasItem(second)));
    }

    static Integer idOf(String eventId) {
        return admin().get(INCIDENTS).then().extract().jsonPath().param("id", eventId).get("find { it.eventId == id }.id");
    }

    @Test
    void theConsumersLagIsExportedForTheKafkaLagAlert() throws Exception {
        awaitListed(publishMarker());

        // deploy/prometheus' KafkaConsumerLagging watches this series; it carries the consumer's client id.
        String lag = given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("kafka_consumer_fetch_manager_records_lag_max{"))
                .filter(line -> line.contains("client_id=\"integrator-incidents\"")).findFirst()
                .orElseThrow(() -> new AssertionError("no kafka_consumer_fetch_manager_records_lag_max of integrator-incidents"));
        // a value once the consumer has fetched (before its first fetch Kafka reports NaN)
        assertThat(Double.parseDouble(lag.substring(lag.lastIndexOf(' ') + 1))).as(lag).isNotNaN().isGreaterThanOrEqualTo(0.0);
    }

    static IncidentOccurred incident(String eventId, Instant at, IncidentSeverity severity, String code) {
        return IncidentOccurred.newBuilder()
                .setEventId(eventId)
                .setOccurredAt(Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()))
                .setSource("dect-manager")
                .setSeverity(severity)
                .setCode(code)
                .setMessage("Base station Hall is offline")
                .setBaseMac(KEY)
                .setBaseName("Hall")
                .build();
    }

    static void publish(IncidentOccurred incident) throws Exception {
        producer.send(new ProducerRecord<>(TOPIC, KEY, incident.toByteArray())).get(30, TimeUnit.SECONDS);
    }

    static String publishMarker() throws Exception {
        String marker = UUID.randomUUID().toString();
        publish(incident(marker, Instant.now(), IncidentSeverity.INFO, "TEST_MARKER"));
        return marker;
    }

    static void awaitListed(String eventId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                admin().get(INCIDENTS).then().statusCode(200).body("eventId", hasItem(eventId)));
    }

    static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin");
    }
}
