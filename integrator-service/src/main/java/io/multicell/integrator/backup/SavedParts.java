package io.multicell.integrator.backup;

import io.multicell.integrator.backup.ConfigurationFile.SavedMobileDevice;
import io.multicell.integrator.backup.ConfigurationFile.SavedProviderProfile;
import io.multicell.integrator.backup.ConfigurationFile.SavedDectSettings;
import io.multicell.integrator.handset.HandsetEntry;
import io.multicell.integrator.handset.VoipAccount;
import io.multicell.integrator.handset.VoipAccountRequest;
import io.multicell.integrator.provider.Codec;
import io.multicell.integrator.provider.ProviderProfile;
import io.multicell.integrator.provider.ProviderProfileRequest;
import io.multicell.integrator.persistence.SystemSettingsRepository.DectRadio;
import io.multicell.integrator.system.network.NetworkSettings;
import io.multicell.integrator.system.network.NetworkSettingsRequest;
import io.multicell.integrator.system.time.DateTimeSettings;
import io.multicell.integrator.system.time.DateTimeSettingsRequest;
import io.multicell.integrator.telephony.CallSettings;
import io.multicell.integrator.telephony.VoipSettings;
import io.multicell.integrator.telephony.VoipSettingsRequest;

/** The parts of the configuration of record written as the API's request records, every field given. */
final class SavedParts {

    private SavedParts() {
    }

    static SavedProviderProfile profile(ProviderProfile p) {
        return new SavedProviderProfile(p.id(), new ProviderProfileRequest(p.name(), p.domain(), p.proxyAddress(), p.proxyPort(),
                p.registrationRefreshSeconds(), p.transport().name(), p.sips(), p.srtp(), p.acceptNonSrtp(),
                p.deregisterDetachedHandsets(), p.dnsQuery().name(), p.failoverEnabled(), p.failoverServer(), p.failoverPort(),
                p.outboundProxyMode().name(), p.outboundProxyAddress(), p.outboundProxyPort(), p.mwiSubscribe(),
                p.dtmfAutomaticNegotiation(), p.dtmfSendMode().name(),
                p.connectionRingtones().stream()
                        .map(r -> new ProviderProfileRequest.RingtoneRequest(r.type().name(), r.name(), r.alertInfoPattern()))
                        .toList(),
                p.codecs().stream().map(Codec::name).toList(), p.ptimeMs(), p.holdSignalling().name(),
                p.holdTowardsTransferTarget(), p.callingPartyUserPart().name(), p.callCompletionOnCode(),
                p.callCompletionOffCode(), p.csta(), p.phoneSystem().name()));
    }

    static VoipSettingsRequest voip(VoipSettings v) {
        return new VoipSettingsRequest(v.sipPort(), v.secureSipPort(), v.t1Ms(), v.sessionTimerSeconds(),
                v.failedRegistrationRetrySeconds(), v.subscriptionTimerSeconds(), v.prack(), v.sipTos(), v.rtpTos());
    }

    static io.multicell.integrator.telephony.CallSettingsRequest callSettings(CallSettings c) {
        return new io.multicell.integrator.telephony.CallSettingsRequest(c.transferByRKey(), c.transferOnHook(),
                c.transferTarget().name(), c.accessCode(), c.accessCodeUse().name(), c.internationalPrefix(),
                c.internationalAreaCode(), c.localPrefix(), c.localAreaCode(), c.useAreaCode().name(),
                c.country().name(), c.toneScheme().name());
    }

    static SavedMobileDevice device(HandsetEntry e) {
        VoipAccount a = e.voipAccount();
        var account = new VoipAccountRequest(a.providerProfileId() == null ? 0 : a.providerProfileId(), a.authenticationName(),
                a.password(), a.username(), a.displayName());
        return new SavedMobileDevice(e.id(), e.ipui().text(), e.pin().digits(), e.requestedStatus().name(), e.handsetName(),
                e.internalName(), e.internalNumber(), e.dnd(), account);
    }

    static NetworkSettingsRequest network(NetworkSettings n) {
        return new NetworkSettingsRequest(n.deviceName(), n.networkType().name(), n.ipAddressType().name(), n.ipAddress(),
                n.subnetMask(), n.standardGateway(), n.preferredDns(), n.alternateDns(), n.vlanTagging(), n.vlanIdentifier(),
                n.vlanPriority());
    }

    static DateTimeSettingsRequest dateAndTime(DateTimeSettings t) {
        return new DateTimeSettingsRequest(t.timeServers(), t.timeZone(), t.automaticDaylightSaving(), t.actAsLocalTimeServer());
    }

    static SavedDectSettings dect(DectRadio d) {
        return new SavedDectSettings(d.power().name(), d.security().dectEncryption(), d.security().earlyEncryptionAndReKeying(),
                d.security().automaticReleaseForNonEncryptedCalls());
    }
}
