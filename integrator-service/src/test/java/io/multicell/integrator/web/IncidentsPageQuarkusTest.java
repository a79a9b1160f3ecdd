package io.multicell.integrator.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.google.protobuf.Timestamp;
import io.multicell.integrator.testing.IntegratorTestResource;
import io.multicell.integrator.testing.WebProfile;
import io.multicell.integrator.testing.WebSession;
import io.multicell.proto.events.v1.IncidentOccurred;
import io.multicell.proto.events.v1.IncidentSeverity;
import io.multicell.testing.MulticellTestResource;
import io.multicell.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Status > Incidents" over real HTTPS, the real Kafka topic and PostgreSQL: incidents with their severity shown,
 * the list functions, Download of the marked ones as CSV, Delete (admin only) and the user role reading the list.
 */
@QuarkusTest
@TestProfile(WebProfile.class)
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
class IncidentsPageQuarkusTest {

    static final String PAGE = Menu.INCIDENTS;
    static final String TOPIC = "multicell.incidents.v1";
    static final String MAC = "7C:2F:80:00:00:03";

    static KafkaProducer<String, byte[]> producer;

    @ConfigProperty(name = "quarkus.http.test-ssl-port")
    int httpsPort;

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

    @Test
    void incidentsAreListedWithTheirSeverityDownloadedAndDeletedByTheAdminOnly() throws Exception {
        WebSession admin = WebSession.admin(httpsPort);
        String offline = UUID.randomUUID().toString();
        String noSync = UUID.randomUUID().toString();
        publish(incident(offline, Instant.now().minusSeconds(30), IncidentSeverity.CRITICAL, "PAGE_TEST_OFFLINE", "Base station Attic is offline"));
        publish(incident(noSync, Instant.now(), IncidentSeverity.WARNING, "PAGE_TEST_NO_SYNC", "Base station Attic lost sync"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                api().get("/api/v1/incidents").then().body("eventId", hasItem(noSync)));
        String offlineId = idOf(offline);
        String noSyncId = idOf(noSync);

        String page = admin.open(PAGE).then().statusCode(200).extract().asString();
        assertThat(page).contains("<tr data-id=\"" + offlineId + "\" data-severity=\"Critical\">")
                .contains("<span class=\"severity\" data-severity=\"Critical\">Critical</span>")
                .contains("<td>PAGE_TEST_NO_SYNC</td>").contains("<td>Attic (" + MAC + ")</td>").contains("<td>dect-manager</td>")
                .contains("id=\"delete\"").contains("data-menu=\"" + PAGE + "\"");
        // Newest first.
        assertThat(page.indexOf("data-id=\"" + noSyncId + "\"")).isLessThan(page.indexOf("data-id=\"" + offlineId + "\""));

        String searched = admin.request().queryParams(Map.of("search", "page_test_offline", "searchIn", "type")).get(PAGE + "/list").asString();
        assertThat(searched).contains("data-id=\"" + offlineId + "\"").doesNotContain("data-id=\"" + noSyncId + "\"");

        String csv = admin.request().queryParam("id", offlineId).get(PAGE + "/download").then().statusCode(200)
                .contentType("text/csv").header("Content-Disposition", "attachment; filename=\"incidents.csv\"").extract().asString();
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).contains("PAGE_TEST_OFFLINE,Critical,Attic," + MAC + ",Base station Attic is offline," + offline);
        assertThat(admin.request().queryParam("all", "true").get(PAGE + "/download").asString())
                .contains(offline).contains(noSync);

        // Delete with nothing marked deletes nothing and says what to do.
        assertThat(admin.post(PAGE + "/delete", Map.of()).asString()).contains("Nothing deleted: mark the incidents");
        String deleted = admin.post(PAGE + "/delete", Map.of("id", offlineId)).then().statusCode(200).extract().asString();
        assertThat(deleted).contains("1 incident deleted.").doesNotContain("data-id=\"" + offlineId + "\"")
                .contains("data-id=\"" + noSyncId + "\"");
        api().get("/api/v1/incidents").then().body("eventId", not(hasItem(offline))).body("eventId", hasItem(noSync));

        // The user role reads the list and downloads, but has no Delete and may not delete.
        api().contentType("application/json").body(Map.of("active", true)).put("/api/v1/users/user/activation").then().statusCode(200);
        // As the admin gives the user its password (Settings > System > Web configurator); no first login then.
        api().contentType("application/json").body(Map.of("newPassword", "User-Pass-1", "repeatPassword", "User-Pass-1"))
                .put("/api/v1/users/user/password").then().statusCode(200);
        WebSession user = WebSession.login(httpsPort, "user", "User-Pass-1");
        String userPage = user.open(PAGE).then().statusCode(200).extract().asString();
        assertThat(userPage).contains("data-id=\"" + noSyncId + "\"").doesNotContain("id=\"delete\"");
        assertThat(user.post(PAGE + "/delete", Map.of("id", noSyncId)).statusCode()).isEqualTo(403);
        api().get("/api/v1/incidents").then().body("eventId", hasItem(noSync));
    }

    static IncidentOccurred incident(String eventId, Instant at, IncidentSeverity severity, String code, String message) {
        return IncidentOccurred.newBuilder().setEventId(eventId)
                .setOccurredAt(Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()))
                .setSource("dect-manager").setSeverity(severity).setCode(code).setMessage(message)
                .setBaseMac(MAC).setBaseName("Attic").build();
    }

    static void publish(IncidentOccurred incident) throws Exception {
        producer.send(new ProducerRecord<>(TOPIC, MAC, incident.toByteArray())).get(30, TimeUnit.SECONDS);
    }

    static String idOf(String eventId) {
        Integer id = api().get("/api/v1/incidents").then().extract().jsonPath().param("id", eventId).get("find { it.eventId == id }.id");
        return Integer.toString(id);
    }

    static RequestSpecification api() {
        return given().auth().preemptive().basic("admin", WebSession.ADMIN_PASSWORD);
    }
}
