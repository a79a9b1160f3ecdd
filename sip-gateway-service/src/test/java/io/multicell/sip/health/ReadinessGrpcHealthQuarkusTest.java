package io.multicell.sip.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import grpc.health.v1.HealthGrpc;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse.ServingStatus;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.runtime.GrpcServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.value.registry.ValueRegistry;

@QuarkusTest
class ReadinessGrpcHealthQuarkusTest {

    @Inject
    ValueRegistry runtimeValues;

    @Inject
    GatewayLifecycle lifecycle;

    private ManagedChannel channel;
    private HealthGrpc.HealthBlockingStub health;

    @BeforeEach
    void connectToTheGrpcServer() {
        var server = runtimeValues.get(GrpcServer.GRPC_SERVER);
        assertThat(server.isSeparateServer()).as("gRPC on its own port, apart from HTTP").isTrue();
        int port = server.getPort();
        channel = ManagedChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
        health = HealthGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void disconnect() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void wholeServerIsServingWhileTheGatewayIsReady() {
        var response = health.check(HealthCheckRequest.newBuilder().setService("").build());
        assertThat(response.getStatus()).isEqualTo(ServingStatus.SERVING);
    }

    @Test
    void stoppingGatewayIsNotServing() {
        lifecycle.stopAccepting();
        try {
            var response = health.check(HealthCheckRequest.newBuilder().setService("").build());
            assertThat(response.getStatus()).isEqualTo(ServingStatus.NOT_SERVING);
        } finally {
            lifecycle.startAccepting();
        }
        assertThat(health.check(HealthCheckRequest.getDefaultInstance()).getStatus()).isEqualTo(ServingStatus.SERVING);
    }

    @Test
    void healthOfAnUnknownServiceIsNotFound() {
        assertThatThrownBy(() -> health.check(HealthCheckRequest.newBuilder().setService("multicell.sip.v1.Nope").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
    }
}
