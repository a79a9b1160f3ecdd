package io.multicell.sip.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

class SipConfigurationValidatorTest {

    private final SipConfigurationValidator validator = new SipConfigurationValidator();

    private static ProviderProfile profile() {
        return new ProviderProfile(1, "Demo PBX", "pbx.example.net", "10.100.0.45", 5060, 600, Transport.UDP,
                "backup.example.net", 5060, OutboundProxyMode.NEVER, "", 0, List.of("G722", "PCMA", "PCMU"), 20, true);
    }

    private static SipAccount account() {
        return new SipAccount("hs-1", 1, "1001", "pw1001", "1001", "Reception", "");
    }

    private static SipConfiguration with(UnaryOperator<ProviderProfile> change) {
        return new SipConfiguration(3, VoipSettings.defaults(), List.of(change.apply(profile())), List.of(account()));
    }

    private static ProviderProfile port(ProviderProfile p, long port) {
        return new ProviderProfile(p.id(), p.name(), p.domain(), p.proxyAddress(), port, p.registrationRefreshSeconds(),
                p.transport(), p.failoverServer(), p.failoverPort(), p.outboundProxyMode(), p.outboundProxyAddress(),
                p.outboundProxyPort(), p.codecs(), p.ptimeMs(), p.deregisterDetachedHandsets());
    }

    private InvalidSipConfiguration refusal(SipConfiguration configuration) {
        return catchThrowableOfType(InvalidSipConfiguration.class, () -> validator.validate(configuration));
    }

    @Test
    void theManualsDefaultsPass() {
        assertThatCode(() -> validator.validate(with(p -> p))).doesNotThrowAnyException();
    }

    @Test
    void proxyPortOutsideOneTo65535IsRefused() {
        assertThat(refusal(with(p -> port(p, 0)))).satisfies(e -> {
            assertThat(e.field()).isEqualTo("profiles[id=1].proxy_port");
            assertThat(e.rule()).isEqualTo("1..65535");
        });
        assertThat(refusal(with(p -> port(p, 70000))).getMessage()).isEqualTo("profiles[id=1].proxy_port: 1..65535 (was 70000)");
        assertThatCode(() -> validator.validate(with(p -> port(p, 65535)))).doesNotThrowAnyException();
    }

    @Test
    void refreshTimeMustBeOneToFiveDigitsAboveZero() {
        var refresh0 = with(p -> new ProviderProfile(p.id(), p.name(), p.domain(), p.proxyAddress(), p.proxyPort(), 0,
                p.transport(), "", 0, p.outboundProxyMode(), "", 0, p.codecs(), p.ptimeMs(), false));
        var refresh100000 = with(p -> new ProviderProfile(p.id(), p.name(), p.domain(), p.proxyAddress(), p.proxyPort(), 100_000,
                p.transport(), "", 0, p.outboundProxyMode(), "", 0, p.codecs(), p.ptimeMs(), false));

        assertThat(refusal(refresh0).field()).isEqualTo("profiles[id=1].registration_refresh_seconds");
        assertThat(refusal(refresh100000).rule()).isEqualTo("1..99999");
    }

    @Test
    void unknownOrRepeatedCodecsAreRefused() {
        var opus = with(p -> new ProviderProfile(p.id(), p.name(), p.domain(), p.proxyAddress(), p.proxyPort(), 600,
                p.transport(), "", 0, p.outboundProxyMode(), "", 0, List.of("PCMA", "OPUS"), 20, false));
        var twice = with(p -> new ProviderProfile(p.id(), p.name(), p.domain(), p.proxyAddress(), p.proxyPort(), 600,
                p.transport(), "", 0, p.outboundProxyMode(), "", 0, List.of("PCMA", "PCMU", "PCMA"), 20, false));

        assertThat(refusal(opus).getMessage()).isEqualTo("profiles[id=1].codecs: one of G722, PCMA, PCMU, G729A (unknown codec 'OPUS')");
        assertThat(refusal(twice).rule()).isEqualTo("no duplicates");
    }

    @Test
    void nameOf75CharactersIsRefusedAnd74Pass() {
        var named75 = with(p -> new ProviderProfile(p.id(), "n".repeat(75), p.domain(), p.proxyAddress(), p.proxyPort(), 600,
                p.transport(), "", 0, p.outboundProxyMode(), "", 0, p.codecs(), 20, false));
        var named74 = with(p -> new ProviderProfile(p.id(), "n".repeat(74), p.domain(), p.proxyAddress(), p.proxyPort(), 600,
                p.transport(), "", 0, p.outboundProxyMode(), "", 0, p.codecs(), 20, false));

        assertThat(refusal(named75).getMessage()).isEqualTo("profiles[id=1].name: max. 74 characters (75 characters)");
        assertThatCode(() -> validator.validate(named74)).doesNotThrowAnyException();
    }

    @Test
    void proxyAddressTakesOnlyTheManualsCharacters() {
        var withSpace = with(p -> new ProviderProfile(p.id(), p.name(), p.domain(), "sip proxy", p.proxyPort(), 600,
                p.transport(), "", 0, p.outboundProxyMode(), "", 0, p.codecs(), 20, false));

        assertThat(refusal(withSpace).rule()).isEqualTo("max. 74 characters of 0-9 a-z A-Z - . _");
    }

    @Test
    void ptimeIsTenTwentyOrThirty() {
        var ptime25 = with(p -> new ProviderProfile(p.id(), p.name(), p.domain(), p.proxyAddress(), p.proxyPort(), 600,
                p.transport(), "", 0, p.outboundProxyMode(), "", 0, p.codecs(), 25, false));

        assertThat(refusal(ptime25).field()).isEqualTo("profiles[id=1].ptime_ms");
    }

    @Test
    void voipTimersKeepTheManualsMinimums() {
        var d = VoipSettings.defaults();
        var session89 = new VoipSettings(d.sipPort(), d.secureSipPort(), d.t1Ms(), 89, d.failedRegistrationRetrySeconds(),
                d.subscriptionTimerSeconds(), false, d.sipTos(), d.rtpTos());
        var retry9 = new VoipSettings(d.sipPort(), d.secureSipPort(), d.t1Ms(), d.sessionTimerSeconds(), 9,
                d.subscriptionTimerSeconds(), false, d.sipTos(), d.rtpTos());
        var tos64 = new VoipSettings(d.sipPort(), d.secureSipPort(), d.t1Ms(), d.sessionTimerSeconds(),
                d.failedRegistrationRetrySeconds(), d.subscriptionTimerSeconds(), false, 64, d.rtpTos());

        assertThat(refusal(new SipConfiguration(1, session89, List.of(), List.of())).field()).isEqualTo("voip.session_timer_seconds");
        assertThat(refusal(new SipConfiguration(1, retry9, List.of(), List.of())).rule()).isEqualTo("10..9999");
        assertThat(refusal(new SipConfiguration(1, tos64, List.of(), List.of())).field()).isEqualTo("voip.sip_tos");
    }

    @Test
    void profileIdsAreOneToTwentyAndUnique() {
        var p21 = new ProviderProfile(21, "", "d", "", 5060, 600, Transport.UDP, "", 0, OutboundProxyMode.NEVER, "", 0,
                List.of("PCMA"), 20, false);

        assertThat(refusal(new SipConfiguration(1, VoipSettings.defaults(), List.of(p21), List.of())).getMessage())
                .isEqualTo("profiles[0].id: 1..20 (was 21)");
        assertThat(refusal(new SipConfiguration(1, VoipSettings.defaults(), List.of(profile(), profile()), List.of())).rule())
                .isEqualTo("unique");
    }

    @Test
    void accountsNeedAnExistingProfileWithADomainAndNamesWithoutSpaces() {
        var elsewhere = new SipAccount("hs-1", 7, "1001", "pw", "1001", "", "");
        var spaced = new SipAccount("hs-1", 1, "10 01", "pw", "1001", "", "");
        var noDomain = with(p -> new ProviderProfile(p.id(), p.name(), "", p.proxyAddress(), p.proxyPort(), 600,
                p.transport(), "", 0, p.outboundProxyMode(), "", 0, p.codecs(), 20, false));

        assertThat(refusal(new SipConfiguration(1, VoipSettings.defaults(), List.of(profile()), List.of(elsewhere))).getMessage())
                .isEqualTo("accounts[hs-1].profile_id: an existing profile (no profile 7 in this configuration)");
        assertThat(refusal(new SipConfiguration(1, VoipSettings.defaults(), List.of(profile()), List.of(spaced))).rule())
                .isEqualTo("no spaces");
        assertThat(refusal(noDomain).rule()).isEqualTo("required for a used profile");
        // An unused profile may stay "Not configured".
        assertThatCode(() -> validator.validate(new SipConfiguration(1, VoipSettings.defaults(),
                List.of(noDomain.profiles().get(0)), List.of()))).doesNotThrowAnyException();
    }
}
