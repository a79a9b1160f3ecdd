package io.multicell.integrator.sip;

import java.util.Map;

/** What the SIP gateway reports: the configuration revision it runs (0: none) and every account's registration. */
public record SipGatewayStatus(long revision, Map<String, SipAccountStatus> accounts) {

    public SipGatewayStatus {
        accounts = Map.copyOf(accounts);
    }
}
