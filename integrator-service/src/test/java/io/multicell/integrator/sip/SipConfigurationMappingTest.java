package io.multicell.integrator.sip;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.multicell.core.InvalidValueException;
import io.multicell.core.access.IpuiPattern;
import io.multicell.core.access.Pin;
import io.multicell.integrator.handset.HandsetEntry;
import io.multicell.integrator.handset.RegStatus;
import io.multicell.integrator.handset.VoipAccount;
import io.multicell.integrator.provider.ProviderProfile;
import io.multicell.integrator.provider.ProviderProfileRequest;
import io.multicell.integrator.telephony.AudioSettings;
import io.multicell.integrator.telephony.TelephonyConfiguration;
import io.multicell.proto.sip.v1.AccountStatus;
import io.multicell.proto.sip.v1.ListAccountStatusResponse;
import io.multicell.proto.sip.v1.OutboundProxyMode;
import io.multicell.proto.sip.v1.RegistrationState;
import io.multicell.proto.sip.v1.Transport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** From the configuration of record to what the SIP gateway is sent, and its answers back. */
class SipConfigurationMappingTest {

    static final ProviderProfile PBX = new ProviderProfileRequest("Kamailio", "pbx.example.com", "10.0.0.5", 5070, 120, "TCP", null, null,
            null, true, "A", true, "backup.example.com", 5080, "ALWAYS", "outbound.example.com", 5090, true, null, null, null,
            List.of("PCMU", "G722", "PCMA"), 30, null, null, null, null, null, true, null).applyTo(ProviderProfile.unused(2));

    @Test
    void onlyConfiguredProfilesAreSentWithTheFieldsTheGatewayActsOn() {
        TelephonyConfiguration telephony = TelephonyConfiguration.defaults().withProfile(PBX).withAudio(new AudioSettings(true));
        var configuration = SipConfigurationCoordinator.configuration(telephony, List.of(), io.multicell.integrator.telephony.CallSettings.defaults(), 7);

        var wire = SipGatewayClient.toWire(configuration);

        assertThat(wire.getRevision()).isEqualTo(7);
        assertThat(wire.getVoip().getSipPort()).isEqualTo(5060);
        assertThat(wire.getVoip().getSecureSipPort()).isEqualTo(5061);
        assertThat(wire.getVoip().getT1Ms()).isEqualTo(500);
        assertThat(wire.getVoip().getSessionTimerSeconds()).isEqualTo(1800);
        assertThat(wire.getVoip().getFailedRegistrationRetrySeconds()).isEqualTo(300);
        assertThat(wire.getVoip().getSubscriptionTimerSeconds()).isEqualTo(1800);
        assertThat(wire.getVoip().getSipTos()).isEqualTo(34);
        assertThat(wire.getVoip().getRtpTos()).isEqualTo(46);
        assertThat(wire.getProfilesList()).singleElement().satisfies(p -> {
            assertThat(p.getId()).isEqualTo(2);
            assertThat(p.getName()).isEqualTo("Kamailio");
            assertThat(p.getDomain()).isEqualTo("pbx.example.com");
            assertThat(p.getProxyAddress()).isEqualTo("10.0.0.5");
            assertThat(p.getProxyPort()).isEqualTo(5070);
            assertThat(p.getRegistrationRefreshSeconds()).isEqualTo(120);
            assertThat(p.getTransport()).isEqualTo(Transport.TCP);
            assertThat(p.getFailoverServer()).isEqualTo("backup.example.com");
            assertThat(p.getFailoverPort()).isEqualTo(5080);
            assertThat(p.getOutboundProxyMode()).isEqualTo(OutboundProxyMode.ALWAYS);
            assertThat(p.getOutboundProxyAddress()).isEqualTo("outbound.example.com");
            assertThat(p.getOutboundProxyPort()).isEqualTo(5090);
            assertThat(p.getCodecsList()).containsExactly("PCMU", "G722", "PCMA");
            assertThat(p.getPtimeMs()).isEqualTo(30);
            assertThat(p.getDeregisterDetachedHandsets()).isTrue();
        });
    }

    @Test
    void withoutWidebandG722IsLeftOutAndFailoverNeedsDnsQueryA() {
        ProviderProfile srv = new ProviderProfileRequest(null, null, null, null, null, null, null, null, null, null, "SRV_A", null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null).applyTo(PBX);
        var telephony = TelephonyConfiguration.defaults().withProfile(srv);

        SipProfile sent = SipConfigurationCoordinator.configuration(telephony, List.of(), io.multicell.integrator.telephony.CallSettings.defaults(), 1).profiles().get(0);

        assertThat(sent.codecs()).extracting(Enum::name).containsExactly("PCMU", "PCMA");
        assertThat(sent.failoverServer()).isEmpty();
        assertThat(sent.failoverPort()).isZero();
    }

    @Test
    void anAccountCarriesTheRegisteredIpuiElseTheEnteredOne() {
        var account = new VoipAccount(2, "1001", "pw1001", "1001", "Reception");
        var wildcard = entry("e1", "0_1", account);
        var fixed = entry("e2", "0123456789", account);
        var none = entry("e3", "", VoipAccount.NONE);

        List<SipAccount> accounts = SipAccounts.of(List.of(wildcard, fixed, none), Map.of("e1", "0A1B2C3D4E"));

        assertThat(accounts).extracting(SipAccount::accountId, SipAccount::ipui)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("e1", "0A1B2C3D4E"), org.assertj.core.groups.Tuple.tuple("e2", "0123456789"));
        assertThat(SipAccounts.of(List.of(wildcard), Map.of())).extracting(SipAccount::ipui).containsExactly("");
        var wire = SipGatewayClient.toWire(new SipConfiguration(3, TelephonyConfiguration.defaults().voip(), List.of(), accounts,
                io.multicell.integrator.telephony.CallSettings.defaults()));
        assertThat(wire.getAccounts(1)).satisfies(a -> {
            assertThat(a.getAccountId()).isEqualTo("e2");
            assertThat(a.getProfileId()).isEqualTo(2);
            assertThat(a.getAuthenticationName()).isEqualTo("1001");
            assertThat(a.getPassword()).isEqualTo("pw1001");
            assertThat(a.getUsername()).isEqualTo("1001");
            assertThat(a.getDisplayName()).isEqualTo("Reception");
            assertThat(a.getIpui()).isEqualTo("0123456789");
        });
        assertThat(accounts.get(0).toString()).doesNotContain("pw1001");
        assertThat(SipAccounts.usage(List.of(wildcard, fixed, none))).isEqualTo(Map.of(2, 2));
    }

    @Test
    void theDiallingPartOfTheCallSettingsGoesToTheGateway() {
        var call = new io.multicell.integrator.telephony.CallSettings(false, false,
                io.multicell.integrator.telephony.CallSettings.defaults().transferTarget(), "9",
                io.multicell.integrator.telephony.AccessCodeUse.ALWAYS, "00", "44", "0", "207",
                io.multicell.integrator.telephony.AreaCodeUse.LOCAL_AND_NATIONAL, io.multicell.integrator.telephony.Country.OTHER,
                io.multicell.integrator.telephony.ToneScheme.INTERNATIONAL);
        var dial = SipGatewayClient.toWire(new SipConfiguration(4, TelephonyConfiguration.defaults().voip(), List.of(), List.of(), call))
                .getDial();
        assertThat(dial.getAccessCode()).isEqualTo("9");
        assertThat(dial.getAccessCodeUse()).isEqualTo(io.multicell.proto.sip.v1.AccessCodeUse.ACCESS_CODE_ALWAYS);
        assertThat(List.of(dial.getInternationalPrefix(), dial.getInternationalAreaCode(), dial.getLocalPrefix(), dial.getLocalAreaCode()))
                .containsExactly("00", "44", "0", "207");
        assertThat(dial.getUseAreaCode()).isEqualTo(io.multicell.proto.sip.v1.AreaCodeUse.AREA_CODE_LOCAL_AND_NATIONAL);
    }

    @Test
    void theGatewaysAnswersMapToTheErrorTaxonomy() {
        RuntimeException invalid = SipGatewayClient.translate("ApplySipConfiguration",
                Status.INVALID_ARGUMENT.withDescription("profiles[id=1].proxy_port: 1..65535 (was 70000)").asRuntimeException());
        assertThat(invalid).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("profiles[id=1].proxy_port");
            assertThat(e.rule()).isEqualTo("1..65535 (was 70000)");
        });
        assertThat(SipGatewayClient.translate("x", Status.UNAVAILABLE.asRuntimeException())).isInstanceOf(SipGatewayUnreachableException.class);
        assertThat(SipGatewayClient.translate("x", Status.DEADLINE_EXCEEDED.asRuntimeException())).isInstanceOf(SipGatewayUnreachableException.class);
        assertThat(SipGatewayClient.translate("x", Status.INTERNAL.asRuntimeException())).isInstanceOf(SipGatewayFailedException.class);
    }

    @Test
    void statusComesBackPerAccount() {
        var response = ListAccountStatusResponse.newBuilder().setRevision(9)
                .addAccounts(AccountStatus.newBuilder().setAccountId("e1").setState(RegistrationState.FAILED).setLastStatusCode(403)
                        .setReason("Forbidden").setRegistrar("10.0.0.5:5070"))
                .addAccounts(AccountStatus.newBuilder().setAccountId("e2").setState(RegistrationState.REGISTRATION_STATE_UNSPECIFIED))
                .build();

        SipGatewayStatus status = SipGatewayClient.fromWire(response);

        assertThat(status.revision()).isEqualTo(9);
        assertThat(status.accounts().get("e1")).isEqualTo(new SipAccountStatus("e1", SipRegistrationState.FAILED, 403, "Forbidden",
                "10.0.0.5:5070", 0));
        assertThat(status.accounts().get("e2").state()).isEqualTo(SipRegistrationState.NOT_REGISTERED);
        assertThat(status.accounts().get("e2").lastStatusCode()).isNull();
    }

    static HandsetEntry entry(String id, String ipui, VoipAccount account) {
        return new HandsetEntry(id, new IpuiPattern(ipui), Pin.parse("1234"), RegStatus.TO_REGISTER, "", "", "", false, account);
    }
}
