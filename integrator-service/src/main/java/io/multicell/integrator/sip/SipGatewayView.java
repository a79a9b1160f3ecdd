package io.multicell.integrator.sip;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The SIP gateway as the integrator sees it: reachable, which configuration it runs, how its accounts are doing. */
@Schema(name = "SipGateway")
public record SipGatewayView(
        @Schema(description = "The gateway answers") boolean connected,
        @Schema(description = "Revision of the SIP configuration the integrator committed (what the gateway should run)") long configurationRevision,
        @Schema(description = "Revision the gateway runs; null when not connected, 0 when it has none (restarted)") Long gatewayRevision,
        @Schema(description = "SIP accounts the gateway serves; null when not connected") Integer accounts,
        @Schema(description = "Of those, registered; null when not connected") Integer registered) {
}
