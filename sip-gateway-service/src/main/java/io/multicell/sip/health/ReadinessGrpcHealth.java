package io.multicell.sip.health;

import jakarta.inject.Inject;

import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse.ServingStatus;
import grpc.health.v1.MutinyHealthGrpc;
import io.grpc.Status;
import io.quarkus.grpc.GrpcService;
import io.smallrye.health.SmallRyeHealthReporter;
import io.smallrye.mutiny.Uni;

/**
 * The gateway's one {@code grpc.health.v1.Health}: SERVING exactly when {@code /q/health/ready} is UP.
 *
 * <p>Quarkus' built-in gRPC health is off ({@code quarkus.grpc.server.grpc-health.enabled=false}): it would answer
 * SERVING as long as the gRPC server runs, also while the gateway drains, and two health services would clash.
 */
@GrpcService
public class ReadinessGrpcHealth extends MutinyHealthGrpc.HealthImplBase {

    /** The whole server; the gateway registers no per-service health. */
    static final String WHOLE_SERVER = "";

    @Inject
    SmallRyeHealthReporter health;

    @Override
    public Uni<HealthCheckResponse> check(HealthCheckRequest request) {
        if (!WHOLE_SERVER.equals(request.getService())) {
            return Uni.createFrom().failure(Status.NOT_FOUND
                    .withDescription("no health for service '" + request.getService() + "', ask for '' (the whole server)")
                    .asRuntimeException());
        }
        return health.getReadinessAsync()
                .map(readiness -> readiness.isDown() ? ServingStatus.NOT_SERVING : ServingStatus.SERVING)
                .map(status -> HealthCheckResponse.newBuilder().setStatus(status).build());
    }
}
