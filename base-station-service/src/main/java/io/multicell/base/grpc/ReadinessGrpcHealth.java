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
 * The one {@code grpc.health.v1.Health} on the base's gRPC server (next to the AirInterface): SERVING exactly when
 * {@code /q/health/ready} is UP.
 *
 * <p>Quarkus' own gRPC health ({@code quarkus.grpc.server.grpc-health.enabled}) stays off: it reports SERVING as soon
 * as the server runs, whatever the readiness checks say, and two Health services cannot share one server.
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
