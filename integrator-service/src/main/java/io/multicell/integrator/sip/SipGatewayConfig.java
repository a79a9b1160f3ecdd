package io.multicell.integrator.sip;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the integrator talks to the SIP gateway (address: quarkus.grpc.clients.sip-gateway.host/port). */
@ConfigMapping(prefix = "multicell.integrator.sip")
public interface SipGatewayConfig {

    /** Deadline of every call to the SIP gateway; a gateway slower than this counts as not reachable. */
    @WithDefault("2S")
    Duration deadline();
}
