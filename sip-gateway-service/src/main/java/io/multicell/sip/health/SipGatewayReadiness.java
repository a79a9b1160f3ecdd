package io.multicell.sip.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.multicell.sip.registration.Registrations;
import io.multicell.sip.stack.JainSipEndpoint;

/**
 * Readiness of the SIP gateway: UP while it accepts work. Registration failures do not make it DOWN (a PBX outage must
 * not take the gateway out of rotation); the data shows the SIP socket and the configuration revision in force.
 */
@Readiness
@ApplicationScoped
public class SipGatewayReadiness implements HealthCheck {

    static final String NAME = "sip-gateway";

    @Inject
    GatewayLifecycle lifecycle;

    @Inject
    JainSipEndpoint sipEndpoint;

    @Inject
    Registrations registrations;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME)
                .status(lifecycle.accepting())
                .withData("sip", sipEndpoint.listening().orElse("not listening (no SIP configuration yet)"))
                .withData("configurationRevision", registrations.configuration().revision())
                .build();
    }
}
