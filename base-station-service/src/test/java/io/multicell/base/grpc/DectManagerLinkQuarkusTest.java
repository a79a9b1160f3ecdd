package io.multicell.base.grpc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.multicell.proto.manager.v1.Assignment;
import io.multicell.proto.manager.v1.BaseStationStatus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole base-station-service against a real gRPC server playing its DECT manager. */
@QuarkusTest
@QuarkusTestResource(FakeDectManagerPort.class)
class DectManagerLinkQuarkusTest {

    // An upper bound only: the build machine may be very busy.
    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String MAC = "7C:2F:80:00:00:2A";

    @ConfigProperty(name = "quarkus.grpc.clients.dect-manager.port")
    int dmPort;

    private FakeDectManager dm;

    @BeforeEach
    void startDm() {
        dm = new FakeDectManager(dmPort).start();
    }

    @AfterEach
    void stopDm() {
        dm.close();
    }

    private static JsonPath baseStation() {
        return given().get("/api/v1/base-station").then().statusCode(200).extract().jsonPath();
    }

    private void awaitConnected() {
        await().atMost(WITHIN).until(() -> dm.hasStream() && "CONNECTED".equals(baseStation().getString("linkState")));
    }

    @Test
    void helloCarriesTheConfiguredIdentityAndHeartbeatsFlow() {
        await().atMost(WITHIN).until(() -> !dm.hellos.isEmpty());
        var hello = dm.hellos.get(0);
        assertThat(hello.getMac()).isEqualTo(MAC);
        assertThat(hello.getFirmware()).isEqualTo("2.54.0");
        assertThat(hello.getIpAddress()).isEqualTo("127.0.0.1");
        assertThat(hello.getPosition().getX()).isEqualTo(20.0);
        assertThat(hello.getPosition().getY()).isEqualTo(5.5);
        assertThat(hello.getLocal()).isFalse();

        await().atMost(WITHIN).until(() -> dm.heartbeats.size() >= 3);
        assertThat(dm.heartbeats.subList(0, 3)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void anAssignmentFromTheDmIsShownByTheRestApi() {
        awaitConnected();
        dm.send(Assignment.newBuilder()
                .setAssigned(true).setRpn(1).setRfpi("0123456701").setName("Reception")
                .setStatus(BaseStationStatus.SYNC).setSyncSourceRfpi("0123456700").build());
        dm.sendLedDisplay(true);

        await().atMost(WITHIN).untilAsserted(() -> {
            var base = baseStation();
            assertThat(base.getString("mac")).isEqualTo(MAC);
            assertThat(base.getString("linkState")).isEqualTo("CONNECTED");
            assertThat(base.getBoolean("assigned")).isTrue();
            assertThat(base.getInt("rpn")).isEqualTo(1);
            assertThat(base.getString("rfpi")).isEqualTo("0123456701");
            assertThat(base.getString("name")).isEqualTo("Reception");
            assertThat(base.getString("status")).isEqualTo("SYNC");
            assertThat(base.getString("syncSourceRfpi")).isEqualTo("0123456700");
            assertThat(base.getBoolean("ledDisplay")).isTrue();
            assertThat(base.getDouble("position.x")).isEqualTo(20.0);
            assertThat(base.getDouble("position.y")).isEqualTo(5.5);
            assertThat(base.getString("connectedSince")).isNotBlank();
        });
    }

    @Test
    void afterTheDmRestartsTheBaseReconnectsAndSaysHelloAgain() {
        awaitConnected();
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("multicell_base_link_up{base=\"" + MAC + "\"} 1.0"));
        double reconnectsBefore = reconnects();

        dm.close();
        await().atMost(WITHIN).until(() -> !"CONNECTED".equals(baseStation().getString("linkState")));
        // Still ready while the DM is away (nothing to restart), and the detail says why there is no link.
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("dect-manager-link"))
                .body("checks.find { it.name == 'dect-manager-link' }.data.linkState",
                        org.hamcrest.Matchers.not(equalTo("CONNECTED")));

        dm = new FakeDectManager(dmPort).start();
        await().atMost(WITHIN).until(() -> !dm.hellos.isEmpty());
        assertThat(dm.hellos.get(0).getMac()).isEqualTo(MAC);
        awaitConnected();
        assertThat(reconnects()).isGreaterThan(reconnectsBefore);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'dect-manager-link' }.data.linkState", equalTo("CONNECTED"))
                .body("checks.find { it.name == 'dect-manager-link' }.data.connectedSince", notNullValue());
    }

    @Test
    void aRebootCommandTakesTheBaseOffTheAirAndItComesBackWithAFreshHello() {
        awaitConnected();
        dm.send(Assignment.newBuilder().setAssigned(true).setRpn(1).setRfpi("0123456701").setName("Reception")
                .setStatus(BaseStationStatus.SYNC).build());
        await().atMost(WITHIN).until(() -> baseStation().getBoolean("assigned"));
        int hellosBefore = dm.hellos.size();

        dm.sendReboot();
        await().atMost(WITHIN).until(() -> dm.hellos.size() > hellosBefore);
        awaitConnected();
        // The power cycle forgot the old assignment; the fake DM answered the new Hello with a pending one.
        assertThat(baseStation().getBoolean("assigned")).isFalse();
    }

    private static double reconnects() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("multicell_base_reconnects_total{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no multicell_base_reconnects_total in /q/metrics"));
    }
}
