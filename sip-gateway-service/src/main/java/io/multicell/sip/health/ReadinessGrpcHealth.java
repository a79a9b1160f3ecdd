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
 * {@code grpc.health.v1.Health} of the gateway: SERVING exactly when {@code /q/health/ready} is UP.
 *
 * <p>Quarkus only serves its own gRPC health when the application has a gRPC service of its own, and the gateway
 * has none until the calls issue; so the gateway serves health itself, from the same readiness as HTTP.
 */
@GrpcService
public class ReadinessGrpcHealth extends MutinyHealthGrpc.HealthImplBase {

    /** The whole server; the gateway registers no per-service health yet. */
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
