package io.multicell.sip.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness of the SIP gateway: UP while it accepts work; the SIP trunk joins the check with the calls issue. */
@Readiness
@ApplicationScoped
public class SipGatewayReadiness implements HealthCheck {

    static final String NAME = "sip-gateway";

    @Inject
    GatewayLifecycle lifecycle;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME)
                .status(lifecycle.accepting())
                .withData("sip", "not yet served (calls issue)")
                .build();
    }
}
