package io.multicell.sip.registration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.multicell.sip.config.HostPort;
import io.multicell.sip.config.ProviderProfile;
import io.multicell.sip.config.SipAccount;
import io.multicell.sip.config.Transport;
import io.multicell.sip.config.VoipSettings;

/**
 * Everything one account's registration acts on, derived from the account, its profile and the VoIP settings. Two
 * equal plans need no re-registration, so a re-pushed configuration does not disturb registered accounts.
 *
 * @param targets where REGISTER is sent, in order: the outbound proxy (mode Always), else the proxy server and then
 *     the failover server
 * @param problem why the account cannot register (empty when it can)
 */
public record RegistrationPlan(
        String accountId,
        String username,
        String domain,
        String displayName,
        String authenticationName,
        String password,
        List<HostPort> targets,
        Duration expires,
        Duration failedRetry,
        int t1Ms,
        String problem) {

    public RegistrationPlan {
        targets = List.copyOf(targets);
    }

    public static RegistrationPlan of(SipAccount account, ProviderProfile profile, VoipSettings voip) {
        List<HostPort> targets = new ArrayList<>();
        Optional<HostPort> outbound = profile.outboundProxy();
        if (outbound.isPresent()) {
            targets.add(outbound.get());
        } else {
            targets.add(profile.proxy());
            profile.failover().filter(failover -> !failover.equals(profile.proxy())).ifPresent(targets::add);
        }
        return new RegistrationPlan(account.accountId(), account.username(), profile.domain(), account.displayName(),
                account.effectiveAuthenticationName(), account.password(), targets,
                Duration.ofSeconds(profile.registrationRefreshSeconds()),
                Duration.ofSeconds(voip.failedRegistrationRetrySeconds()), (int) voip.t1Ms(), problemOf(account, profile));
    }

    private static String problemOf(SipAccount account, ProviderProfile profile) {
        if (account.username().isEmpty()) {
            return "incomplete account: no username";
        }
        if (account.password().isEmpty()) {
            return "incomplete account: no password";
        }
        if (profile.transport() != Transport.UDP) {
            return "transport " + profile.transport() + " of profile " + profile.displayName() + " is not served yet (UDP only)";
        }
        return "";
    }

    public boolean registrable() {
        return problem.isEmpty();
    }

    /** Request-URI of REGISTER and digest uri: the registrar's domain. */
    public String requestUri() {
        return "sip:" + domain;
    }

    // The password never reaches a log line.
    @Override
    public String toString() {
        return "RegistrationPlan[" + accountId + " sip:" + username + "@" + domain + " via " + targets + ", expires "
                + expires.toSeconds() + " s, retry " + failedRetry.toSeconds() + " s]";
    }
}
