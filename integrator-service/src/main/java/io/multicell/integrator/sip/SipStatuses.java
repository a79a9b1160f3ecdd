package io.multicell.integrator.sip;

import java.util.Map;
import java.util.Optional;

/**
 * The registration of every SIP account at one moment, for read views. When the gateway could not be asked,
 * {@code gatewayConnected} is false and nothing is known.
 */
public record SipStatuses(boolean gatewayConnected, Map<String, SipAccountStatus> byAccount) {

    public SipStatuses {
        byAccount = Map.copyOf(byAccount);
    }

    public static SipStatuses unreachable() {
        return new SipStatuses(false, Map.of());
    }

    public Optional<SipAccountStatus> find(String accountId) {
        return Optional.ofNullable(byAccount.get(accountId));
    }
}
