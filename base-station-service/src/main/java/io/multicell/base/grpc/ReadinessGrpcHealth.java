package io.multicell.base.grpc;

import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse.ServingStatus;
import grpc.health.v1.MutinyHealthGrpc;
import io.grpc.Status;
import io.quarkus.grpc.GrpcService;
import io.smallrye.health.SmallRyeHealthReporter;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;

/**
 * {@code grpc.health.v1.Health} on the base's own gRPC server (later the air interface for handsets): SERVING exactly
 * when {@code /q/health/ready} is UP.
 *
 * <p>Quarkus serves its own gRPC health only next to a gRPC service of the application, and the base has none until
 * the air interface arrives; so it serves health itself, from the same readiness as HTTP.
 */
@GrpcService
public class ReadinessGrpcHealth extends MutinyHealthGrpc.HealthImplBase {

    /** The whole server; no per-service health yet. */
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
