package io.multicell.integrator.sip;

import io.multicell.integrator.persistence.TelephonyRepository;
import io.multicell.integrator.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/** Whether the SIP gateway is reachable and runs the integrator's SIP configuration (every signed-in user). */
@Path("/api/v1/sip-gateway")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.USER})
@Tag(name = "SIP gateway", description = "Reachability and configuration revision of the SIP gateway")
@SecurityRequirement(name = "basic")
public class SipGatewayResource {

    private static final Logger LOG = Logger.getLogger(SipGatewayResource.class);

    private final SipGatewayClient gateway;
    private final TelephonyRepository repository;

    public SipGatewayResource(SipGatewayClient gateway, TelephonyRepository repository) {
        this.gateway = gateway;
        this.repository = repository;
    }

    @GET
    @Operation(summary = "SIP gateway status", description = "Never fails because of the gateway: when it does not answer, connected is false.")
    public SipGatewayView get() {
        long ours = repository.revision();
        try {
            SipGatewayStatus status = gateway.status();
            int registered = (int) status.accounts().values().stream().filter(a -> a.state() == SipRegistrationState.REGISTERED).count();
            return new SipGatewayView(true, ours, status.revision(), status.accounts().size(), registered);
        } catch (SipGatewayUnreachableException | SipGatewayFailedException e) {
            LOG.debugf("SIP gateway status unknown: %s", e.getMessage());
            return new SipGatewayView(false, ours, null, null, null);
        }
    }
}
