package io.multicell.integrator.sip;

import io.multicell.core.process.ServiceProcess;
import java.util.Map;
import java.util.Optional;

/**
 * What the SIP gateway reports: the configuration revision it runs (0: none), every account's registration, and its
 * version and start when it reports them.
 */
public record SipGatewayStatus(long revision, Map<String, SipAccountStatus> accounts, Optional<ServiceProcess> process) {

    public SipGatewayStatus {
        accounts = Map.copyOf(accounts);
    }
}
