package io.multicell.integrator.sip;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Asks the SIP gateway how the accounts are registered; read views degrade to "not connected" instead of failing. */
@ApplicationScoped
public class SipStatusReader {

    private static final Logger LOG = Logger.getLogger(SipStatusReader.class);

    private final SipGatewayClient gateway;

    public SipStatusReader(SipGatewayClient gateway) {
        this.gateway = gateway;
    }

    public SipStatuses read() {
        try {
            return new SipStatuses(true, gateway.status().accounts());
        } catch (SipGatewayUnreachableException | SipGatewayFailedException e) {
            LOG.debugf("Showing SIP accounts without registration state: %s", e.getMessage());
            return SipStatuses.unreachable();
        }
    }
}
