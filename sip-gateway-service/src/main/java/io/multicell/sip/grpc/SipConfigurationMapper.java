package io.multicell.sip.grpc;

import java.util.List;

import io.multicell.proto.sip.v1.OutboundProxyMode;
import io.multicell.proto.sip.v1.SipConfiguration;
import io.multicell.proto.sip.v1.Transport;
import io.multicell.sip.config.DialRules;
import io.multicell.sip.config.ProviderProfile;
import io.multicell.sip.config.SipAccount;
import io.multicell.sip.config.VoipSettings;

/**
 * Wire to domain for {@code multicell.sip.v1.SipConfiguration}. Values are carried as sent (uint32 read unsigned) so
 * the validator can name a wrong one; only the enums' UNSPECIFIED takes the manual's default (UDP, Never), and a
 * configuration without VoIP settings takes the manual's VoIP defaults.
 */
final class SipConfigurationMapper {

    private SipConfigurationMapper() {
    }

    static io.multicell.sip.config.SipConfiguration toDomain(SipConfiguration wire) {
        var voip = wire.hasVoip() ? voip(wire.getVoip()) : VoipSettings.defaults();
        List<ProviderProfile> profiles = wire.getProfilesList().stream().map(SipConfigurationMapper::profile).toList();
        List<SipAccount> accounts = wire.getAccountsList().stream().map(SipConfigurationMapper::account).toList();
        var dial = wire.hasDial() ? dial(wire.getDial()) : DialRules.NONE;
        return new io.multicell.sip.config.SipConfiguration(wire.getRevision(), voip, profiles, accounts, dial);
    }

    private static DialRules dial(io.multicell.proto.sip.v1.DialSettings wire) {
        var accessCodeUse = switch (wire.getAccessCodeUse()) {
            case ACCESS_CODE_ALWAYS -> DialRules.AccessCodeUse.ALWAYS;
            case ACCESS_CODE_CALL_LISTS -> DialRules.AccessCodeUse.CALL_LISTS;
            default -> DialRules.AccessCodeUse.NEVER;
        };
        var areaCodeUse = switch (wire.getUseAreaCode()) {
            case AREA_CODE_LOCAL -> DialRules.AreaCodeUse.LOCAL;
            case AREA_CODE_LOCAL_AND_NATIONAL -> DialRules.AreaCodeUse.LOCAL_AND_NATIONAL;
            default -> DialRules.AreaCodeUse.NEVER;
        };
        return new DialRules(wire.getAccessCode(), accessCodeUse, wire.getInternationalPrefix(), wire.getInternationalAreaCode(),
                wire.getLocalPrefix(), wire.getLocalAreaCode(), areaCodeUse);
    }

    private static VoipSettings voip(io.multicell.proto.sip.v1.VoipSettings wire) {
        return new VoipSettings(u(wire.getSipPort()), u(wire.getSecureSipPort()), u(wire.getT1Ms()),
                u(wire.getSessionTimerSeconds()), u(wire.getFailedRegistrationRetrySeconds()),
                u(wire.getSubscriptionTimerSeconds()), wire.getPrack(), u(wire.getSipTos()), u(wire.getRtpTos()));
    }

    private static ProviderProfile profile(io.multicell.proto.sip.v1.ProviderProfile wire) {
        // An id beyond int range is as wrong as 21: keep it out of range for the validator.
        int id = wire.getId() < 0 ? Integer.MAX_VALUE : wire.getId();
        return new ProviderProfile(id, wire.getName(), wire.getDomain(), wire.getProxyAddress(), u(wire.getProxyPort()),
                u(wire.getRegistrationRefreshSeconds()), transport(wire.getTransport()), wire.getFailoverServer(),
                u(wire.getFailoverPort()), outboundProxyMode(wire.getOutboundProxyMode()), wire.getOutboundProxyAddress(),
                u(wire.getOutboundProxyPort()), wire.getCodecsList(), u(wire.getPtimeMs()), wire.getDeregisterDetachedHandsets(),
                dtmfMode(wire.getDtmfMode()));
    }

    private static io.multicell.sip.config.DtmfMode dtmfMode(io.multicell.proto.sip.v1.DtmfMode wire) {
        return switch (wire) {
            case DTMF_AUDIO -> io.multicell.sip.config.DtmfMode.AUDIO;
            case DTMF_RFC2833 -> io.multicell.sip.config.DtmfMode.RFC2833;
            case DTMF_SIP_INFO -> io.multicell.sip.config.DtmfMode.SIP_INFO;
            case DTMF_AUTOMATIC, DTMF_MODE_UNSPECIFIED, UNRECOGNIZED -> io.multicell.sip.config.DtmfMode.AUTOMATIC;
        };
    }

    private static SipAccount account(io.multicell.proto.sip.v1.SipAccount wire) {
        int profileId = wire.getProfileId() < 0 ? Integer.MAX_VALUE : wire.getProfileId();
        return new SipAccount(wire.getAccountId(), profileId, wire.getAuthenticationName(), wire.getPassword(),
                wire.getUsername(), wire.getDisplayName(), wire.getIpui());
    }

    private static io.multicell.sip.config.Transport transport(Transport wire) {
        return switch (wire) {
            case TCP -> io.multicell.sip.config.Transport.TCP;
            case TLS -> io.multicell.sip.config.Transport.TLS;
            case UDP, TRANSPORT_UNSPECIFIED, UNRECOGNIZED -> io.multicell.sip.config.Transport.UDP;
        };
    }

    private static io.multicell.sip.config.OutboundProxyMode outboundProxyMode(OutboundProxyMode wire) {
        return wire == OutboundProxyMode.ALWAYS ? io.multicell.sip.config.OutboundProxyMode.ALWAYS
                : io.multicell.sip.config.OutboundProxyMode.NEVER;
    }

    private static long u(int uint32) {
        return Integer.toUnsignedLong(uint32);
    }
}
