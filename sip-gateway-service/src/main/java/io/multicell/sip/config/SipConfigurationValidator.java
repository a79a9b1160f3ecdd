package io.multicell.sip.config;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The manual's rules for provider profiles, VoIP settings and handset accounts. The first broken rule is
 * reported as {@link InvalidSipConfiguration} naming the field and the rule; a configuration that passes can be
 * acted on without further checks.
 */
public final class SipConfigurationValidator {

    /** "max. 74 characters, 0 - 9, a - z, A - Z, -, ., _" (proxy server address; used for every server name). */
    static final Pattern SERVER_ADDRESS = Pattern.compile("[0-9a-zA-Z._-]*");
    static final int MAX_TEXT = 74;
    static final Set<Long> PTIMES = Set.of(10L, 20L, 30L);

    public void validate(SipConfiguration configuration) {
        validateVoip(configuration.voip());
        Set<Integer> profileIds = new HashSet<>();
        for (int index = 0; index < configuration.profiles().size(); index++) {
            var profile = configuration.profiles().get(index);
            if (profile.id() < 1 || profile.id() > 20) {
                throw new InvalidSipConfiguration("profiles[" + index + "].id", "1..20", "was " + profile.id());
            }
            if (!profileIds.add(profile.id())) {
                throw new InvalidSipConfiguration("profiles[" + index + "].id", "unique", "profile " + profile.id() + " twice");
            }
            validateProfile(profile);
        }
        Set<String> accountIds = new HashSet<>();
        for (var account : configuration.accounts()) {
            if (account.accountId().isBlank()) {
                throw new InvalidSipConfiguration("accounts[].account_id", "required", "an account without id");
            }
            if (!accountIds.add(account.accountId())) {
                throw new InvalidSipConfiguration("accounts[" + account.accountId() + "].account_id", "unique", "given twice");
            }
            validateAccount(account, configuration);
        }
    }

    private static void validateVoip(VoipSettings voip) {
        range("voip.sip_port", voip.sipPort(), 1, 65535);
        range("voip.secure_sip_port", voip.secureSipPort(), 1, 65535);
        range("voip.t1_ms", voip.t1Ms(), 50, 9999);
        range("voip.session_timer_seconds", voip.sessionTimerSeconds(), 90, 9999);
        range("voip.failed_registration_retry_seconds", voip.failedRegistrationRetrySeconds(), 10, 9999);
        range("voip.subscription_timer_seconds", voip.subscriptionTimerSeconds(), 1, 99999);
        range("voip.sip_tos", voip.sipTos(), 0, 63);
        range("voip.rtp_tos", voip.rtpTos(), 0, 63);
    }

    private static void validateProfile(ProviderProfile profile) {
        String at = "profiles[id=" + profile.id() + "].";
        maxLength(at + "name", profile.name());
        serverAddress(at + "domain", profile.domain());
        serverAddress(at + "proxy_address", profile.proxyAddress());
        range(at + "proxy_port", profile.proxyPort(), 1, 65535);
        range(at + "registration_refresh_seconds", profile.registrationRefreshSeconds(), 1, 99999);
        serverAddress(at + "failover_server", profile.failoverServer());
        optionalPort(at + "failover_port", profile.failoverPort());
        serverAddress(at + "outbound_proxy_address", profile.outboundProxyAddress());
        optionalPort(at + "outbound_proxy_port", profile.outboundProxyPort());
        Set<String> seen = new HashSet<>();
        for (String codec : profile.codecs()) {
            if (Codec.named(codec).isEmpty()) {
                throw new InvalidSipConfiguration(at + "codecs", "one of G722, PCMA, PCMU, G729A", "unknown codec '" + codec + "'");
            }
            if (!seen.add(codec)) {
                throw new InvalidSipConfiguration(at + "codecs", "no duplicates", codec + " listed twice");
            }
        }
        if (!PTIMES.contains(profile.ptimeMs())) {
            throw new InvalidSipConfiguration(at + "ptime_ms", "10, 20 or 30", "was " + profile.ptimeMs());
        }
    }

    private static void validateAccount(SipAccount account, SipConfiguration configuration) {
        String at = "accounts[" + account.accountId() + "].";
        var profile = configuration.profile(account.profileId()).orElseThrow(() -> new InvalidSipConfiguration(
                at + "profile_id", "an existing profile", "no profile " + account.profileId() + " in this configuration"));
        // A profile an account registers with is in use: it needs a domain (AoR host part) and a codec.
        if (profile.domain().isEmpty()) {
            throw new InvalidSipConfiguration("profiles[id=" + profile.id() + "].domain", "required for a used profile",
                    "account " + account.accountId() + " registers with it");
        }
        if (profile.codecs().isEmpty()) {
            throw new InvalidSipConfiguration("profiles[id=" + profile.id() + "].codecs", "at least one for a used profile",
                    "account " + account.accountId() + " registers with it");
        }
        noSpaces(at + "authentication_name", account.authenticationName());
        maxLength(at + "password", account.password());
        noSpaces(at + "username", account.username());
        maxLength(at + "display_name", account.displayName());
    }

    private static void range(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new InvalidSipConfiguration(field, min + ".." + max, "was " + value);
        }
    }

    private static void optionalPort(String field, long value) {
        // Empty (0) means the transport's default port, as the manual's "Default: 5060 (UDP/TCP), 5061 (TLS)".
        if (value < 0 || value > 65535) {
            throw new InvalidSipConfiguration(field, "1..65535 or empty (0)", "was " + value);
        }
    }

    private static void maxLength(String field, String value) {
        if (value.length() > MAX_TEXT) {
            throw new InvalidSipConfiguration(field, "max. " + MAX_TEXT + " characters", value.length() + " characters");
        }
    }

    private static void noSpaces(String field, String value) {
        maxLength(field, value);
        if (value.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidSipConfiguration(field, "no spaces", "'" + value + "'");
        }
    }

    private static void serverAddress(String field, String value) {
        if (value.length() > MAX_TEXT || !SERVER_ADDRESS.matcher(value).matches()) {
            throw new InvalidSipConfiguration(field, "max. 74 characters of 0-9 a-z A-Z - . _", "'" + value + "'");
        }
    }

}
