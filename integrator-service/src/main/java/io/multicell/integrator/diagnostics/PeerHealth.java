package io.multicell.integrator.diagnostics;

import grpc.health.v1.HealthGrpc;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import io.grpc.Channel;
import io.grpc.StatusRuntimeException;
import io.multicell.integrator.dm.DectManagerConfig;
import io.multicell.integrator.sip.SipGatewayConfig;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Asks the DECT manager and the SIP gateway the standard gRPC health question (grpc.health.v1.Health, whole server) on
 * the channels the integrator already uses; the answer is the serving status or why there was none.
 */
@ApplicationScoped
public class PeerHealth {

    private final Channel dm;
    private final Channel sipGateway;
    private final Duration dmDeadline;
    private final Duration sipDeadline;

    public PeerHealth(@GrpcClient("dect-manager") Channel dm, @GrpcClient("sip-gateway") Channel sipGateway,
                      DectManagerConfig dmConfig, SipGatewayConfig sipConfig) {
        this.dm = dm;
        this.sipGateway = sipGateway;
        this.dmDeadline = dmConfig.deadline();
        this.sipDeadline = sipConfig.deadline();
    }

    /** SERVING, NOT_SERVING, ... or "no answer: UNAVAILABLE" and the like. */
    public String dectManager() {
        return check(dm, dmDeadline);
    }

    public String sipGateway() {
        return check(sipGateway, sipDeadline);
    }

    private static String check(Channel channel, Duration deadline) {
        try {
            return HealthGrpc.newBlockingStub(channel).withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                    .check(HealthCheckRequest.getDefaultInstance()).getStatus().name();
        } catch (StatusRuntimeException e) {
            return "no answer: " + e.getStatus().getCode();
        }
    }
}
