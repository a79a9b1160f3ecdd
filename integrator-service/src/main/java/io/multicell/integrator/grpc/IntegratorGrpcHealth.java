package io.multicell.integrator.grpc;

import grpc.health.v1.HealthGrpc;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse.ServingStatus;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import java.util.Set;

/**
 * Standard gRPC health (grpc.health.v1.Health) on the integrator's gRPC port. The integrator serves no other gRPC
 * service yet, and Quarkus starts its gRPC server only for an application service, so this one is ours rather than
 * the built-in (which is switched off in application.properties to avoid a duplicate).
 */
@GrpcService
public class IntegratorGrpcHealth extends HealthGrpc.HealthImplBase {

    /** "" is the whole server; the named service lets probes ask for the integrator explicitly. */
    static final Set<String> SERVICES = Set.of("", "multicell.integrator");

    @Override
    public void check(HealthCheckRequest request, StreamObserver<HealthCheckResponse> responses) {
        if (!SERVICES.contains(request.getService())) {
            responses.onError(Status.NOT_FOUND.withDescription("unknown service " + request.getService()).asRuntimeException());
            return;
        }
        responses.onNext(serving());
        responses.onCompleted();
    }

    @Override
    public void watch(HealthCheckRequest request, StreamObserver<HealthCheckResponse> responses) {
        // The stream stays open for changes; this health.proto has no SERVICE_UNKNOWN, so an unknown service is UNKNOWN.
        responses.onNext(SERVICES.contains(request.getService())
                ? serving()
                : HealthCheckResponse.newBuilder().setStatus(ServingStatus.UNKNOWN).build());
    }

    private static HealthCheckResponse serving() {
        return HealthCheckResponse.newBuilder().setStatus(ServingStatus.SERVING).build();
    }
}
