package io.multicell.sip.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SipGatewayHealthQuarkusTest {

    @Inject
    GatewayLifecycle lifecycle;

    @Test
    void gatewayReportsReadyWithItsOwnCheck() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(SipGatewayReadiness.NAME))
                .body("checks.name", hasItem("gRPC Server"));
    }

    @Test
    void stoppingGatewayLeavesReadinessButStaysLive() {
        lifecycle.stopAccepting();
        try {
            given().when().get("/q/health/ready")
                    .then().statusCode(503)
                    .body("status", equalTo("DOWN"));
            given().when().get("/q/health/live")
                    .then().statusCode(200);
        } finally {
            lifecycle.startAccepting();
        }
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void metricsAreServedAsPrometheusTextWithJvmMetrics() {
        given().accept("text/plain").when().get("/q/metrics")
                .then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"))
                .body(containsString("jvm_threads_live_threads"));
    }
}
