package io.multicell.integrator.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.multicell.core.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The manual's rules and defaults for provider or PBX profiles. */
class ProviderProfileRulesTest {

    static final ProviderProfile UNUSED = ProviderProfile.unused(3);

    @Test
    void anUnusedProfileHasTheManualsDefaults() {
        assertThat(UNUSED.name()).isEqualTo("IP3");
        assertThat(UNUSED.configured()).isFalse();
        assertThat(UNUSED.proxyPort()).isEqualTo(5060);
        assertThat(UNUSED.failoverPort()).isEqualTo(5060);
        assertThat(UNUSED.outboundProxyPort()).isEqualTo(5060);
        assertThat(UNUSED.registrationRefreshSeconds()).isEqualTo(600);
        assertThat(UNUSED.transport()).isEqualTo(Transport.UDP);
        assertThat(UNUSED.codecs()).containsExactly(Codec.G722, Codec.PCMA, Codec.PCMU, Codec.G729A);
        assertThat(UNUSED.ptimeMs()).isEqualTo(20);
        assertThat(UNUSED.outboundProxyMode()).isEqualTo(OutboundProxyMode.NEVER);
        assertThat(UNUSED.connectionRingtones()).extracting(ConnectionRingtone::type).containsExactly(RingtoneCallType.values());
        assertThat(UNUSED.connectionRingtones()).allSatisfy(r -> assertThat(r.alertInfoPattern()).isEmpty());
    }

    @Test
    void outOfRangeValuesAreRefusedNamingFieldAndRule() {
        assertRefused(edit().proxyPort(0), "proxyPort", "must be 1..65535");
        assertRefused(edit().proxyPort(70000), "proxyPort", "must be 1..65535");
        assertRefused(edit().failoverPort(0), "failoverPort", "must be 1..65535");
        assertRefused(edit().outboundProxyPort(65536), "outboundProxyPort", "must be 1..65535");
        assertRefused(edit().refresh(0), "registrationRefreshSeconds", "must be 1..99999 seconds (1-5 digits, > 0)");
        assertRefused(edit().refresh(100000), "registrationRefreshSeconds", "must be 1..99999 seconds (1-5 digits, > 0)");
        assertRefused(edit().ptime(25), "ptimeMs", "must be 10, 20 or 30");
    }

    @Test
    void namesAndAddressesFollowTheManualsCharacterRules() {
        assertThat(edit().name("x".repeat(74)).apply().name()).hasSize(74);
        assertRefused(edit().name("x".repeat(75)), "name", "must be at most 74 characters");
        assertThat(edit().name("  ").apply().name()).isEqualTo("IP3");

        assertThat(edit().domain("sip-01.example_net.com").apply().configured()).isTrue();
        assertRefused(edit().domain("pbx example.com"), "domain", "must be at most 74 characters of 0-9 a-z A-Z - . _");
        assertRefused(edit().proxyAddress("sip server"), "proxyAddress", "must be at most 74 characters of 0-9 a-z A-Z - . _");
        assertRefused(edit().proxyAddress("a".repeat(75)), "proxyAddress", "must be at most 74 characters of 0-9 a-z A-Z - . _");
        assertRefused(edit().proxyAddress("sip:pbx"), "proxyAddress", "must be at most 74 characters of 0-9 a-z A-Z - . _");
        assertRefused(edit().failoverServer("back up"), "failoverServer", "must be at most 74 characters of 0-9 a-z A-Z - . _");
        assertRefused(edit().outboundProxyAddress("ö.example.com"), "outboundProxyAddress",
                "must be at most 74 characters of 0-9 a-z A-Z - . _");
        assertRefused(edit().callCompletionOn("*37a"), "callCompletionOnCode", "must be at most 20 keys of 0-9 * #");
    }

    @Test
    void codecsAreKnownListedOnceAndAtLeastOne() {
        assertThat(edit().codecs("PCMU", "g.722", "pcma").apply().codecs()).containsExactly(Codec.PCMU, Codec.G722, Codec.PCMA);
        assertRefused(edit().codecs("PCMA", "G711"), "codecs[1]", "must be one of G722, PCMA, PCMU, G729A");
        assertRefused(edit().codecs("PCMA", "PCMA"), "codecs", "must not list PCMA twice");
        assertRefused(edit().codecs(), "codecs", "must list at least one active codec");
    }

    @Test
    void optionsAreAcceptedByCodeOrByTheManualsLabel() {
        ProviderProfile edited = new ProviderProfileRequest(null, null, null, null, null, "tls", true, null, null, null,
                "SRV + A", null, null, null, "Always", null, null, null, false, "RFC 2833", null, null, null, "sendonly", null,
                "PAI (tel)+FROM+PAI (sip)", null, null, null, "3CX").applyTo(UNUSED);

        assertThat(edited.transport()).isEqualTo(Transport.TLS);
        assertThat(edited.phoneSystem()).isEqualTo(PhoneSystem.THREE_CX);
        assertThat(UNUSED.phoneSystem()).isEqualTo(PhoneSystem.OTHER);
        assertThat(edited.sips()).isTrue();
        assertThat(edited.dnsQuery()).isEqualTo(DnsQuery.SRV_A);
        assertThat(edited.outboundProxyMode()).isEqualTo(OutboundProxyMode.ALWAYS);
        assertThat(edited.dtmfSendMode()).isEqualTo(DtmfSendMode.RFC2833);
        assertThat(edited.holdSignalling()).isEqualTo(HoldSignalling.SENDONLY);
        assertThat(edited.callingPartyUserPart()).isEqualTo(CallingPartyUserPart.PAI_TEL_FROM_PAI_SIP);
        assertRefused(edit().transport("SCTP"), "transport", "must be one of UDP, TCP, TLS");
    }

    @Test
    void portsAtTheirDefaultFollowTheTransportAndSipsNeedsTls() {
        ProviderProfile custom = edit().proxyPort(5070).apply();
        ProviderProfile tls = edit().transport("TLS").apply();
        assertThat(List.of(tls.proxyPort(), tls.failoverPort(), tls.outboundProxyPort())).containsOnly(5061);

        var request = new Edit(custom).transport("TLS");
        assertThat(request.apply().proxyPort()).isEqualTo(5070);
        assertThat(request.apply().failoverPort()).isEqualTo(5061);

        ProviderProfile secure = new Edit(tls).sips(true).apply();
        assertThat(new Edit(secure).transport("UDP").apply().sips()).isFalse();
        assertThat(new Edit(secure).transport("UDP").apply().proxyPort()).isEqualTo(5060);
        assertRefused(edit().sips(true), "sips", "only with transport TLS");
    }

    @Test
    void theFailoverServerIsRequiredWhenEnabledAndUsedOnlyWithDnsQueryA() {
        assertRefused(edit().failoverEnabled(true), "failoverServer", "is required while the failover registration is enabled");
        ProviderProfile failover = edit().failoverEnabled(true).failoverServer("backup.example.com").apply();
        assertThat(failover.failoverInUse()).isTrue();
        assertThat(new Edit(failover).dnsQuery("NAPTR").apply().failoverInUse()).isFalse();
    }

    @Test
    void ringtonesAreChangedByCallTypeAndKeepTheOthers() {
        var request = new ProviderProfileRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null,
                List.of(new ProviderProfileRequest.RingtoneRequest("door", "Door bell", "<urn:alert:source:door>")),
                null, null, null, null, null, null, null, null, null);

        ProviderProfile edited = request.applyTo(UNUSED);

        assertThat(edited.ringtone(RingtoneCallType.DOOR).name()).isEqualTo("Door bell");
        assertThat(edited.ringtone(RingtoneCallType.DOOR).alertInfoPattern()).isEqualTo("<urn:alert:source:door>");
        assertThat(edited.ringtone(RingtoneCallType.GROUP)).isEqualTo(ConnectionRingtone.initial(RingtoneCallType.GROUP));
        var twice = new ProviderProfileRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null,
                List.of(new ProviderProfileRequest.RingtoneRequest("DOOR", "a", null), new ProviderProfileRequest.RingtoneRequest("DOOR", "b", null)),
                null, null, null, null, null, null, null, null, null);
        assertRefused(() -> twice.applyTo(UNUSED), "connectionRingtones[1].type", "DOOR is listed twice");
        var tooLong = new ProviderProfileRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null,
                List.of(new ProviderProfileRequest.RingtoneRequest("GROUP", "x".repeat(33), null)),
                null, null, null, null, null, null, null, null, null);
        assertRefused(() -> tooLong.applyTo(UNUSED), "connectionRingtones[0].name", "must be at most 32 characters");
    }

    static Edit edit() {
        return new Edit(UNUSED);
    }

    @Test
    void thePhoneSystemIsOneOfTheOptionMenu() {
        var nortel = new ProviderProfileRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, "Nortel");
        assertRefused(() -> nortel.applyTo(UNUSED), "phoneSystem", "must be one of OTHER, ASTERISK, FREESWITCH, KAMAILIO, THREE_CX, BROADWORKS");
    }

    static void assertRefused(Edit edit, String field, String rule) {
        assertRefused(edit::apply, field, rule);
    }

    static void assertRefused(Executable action, String field, String rule) {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, action::execute);
        assertThat(e).as("refused on %s", field).isNotNull();
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.rule()).isEqualTo(rule);
    }

    /** A request with the few fields a test sets. */
    static final class Edit {
        private final ProviderProfile base;
        private String name, domain, proxyAddress, transport, failoverServer, outboundProxyAddress, dnsQuery, callCompletionOn;
        private Integer proxyPort, refresh, failoverPort, outboundProxyPort, ptime;
        private Boolean sips, failoverEnabled;
        private List<String> codecs;

        Edit(ProviderProfile base) {
            this.base = base;
        }

        Edit name(String v) { name = v; return this; }
        Edit domain(String v) { domain = v; return this; }
        Edit proxyAddress(String v) { proxyAddress = v; return this; }
        Edit transport(String v) { transport = v; return this; }
        Edit failoverServer(String v) { failoverServer = v; return this; }
        Edit outboundProxyAddress(String v) { outboundProxyAddress = v; return this; }
        Edit dnsQuery(String v) { dnsQuery = v; return this; }
        Edit callCompletionOn(String v) { callCompletionOn = v; return this; }
        Edit proxyPort(int v) { proxyPort = v; return this; }
        Edit refresh(int v) { refresh = v; return this; }
        Edit failoverPort(int v) { failoverPort = v; return this; }
        Edit outboundProxyPort(int v) { outboundProxyPort = v; return this; }
        Edit ptime(int v) { ptime = v; return this; }
        Edit sips(boolean v) { sips = v; return this; }
        Edit failoverEnabled(boolean v) { failoverEnabled = v; return this; }
        Edit codecs(String... v) { codecs = List.of(v); return this; }

        ProviderProfile apply() {
            return new ProviderProfileRequest(name, domain, proxyAddress, proxyPort, refresh, transport, sips, null, null, null,
                    dnsQuery, failoverEnabled, failoverServer, failoverPort, null, outboundProxyAddress, outboundProxyPort, null,
                    null, null, null, codecs, ptime, null, null, null, callCompletionOn, null, null, null).applyTo(base);
        }
    }
}
