package io.multicell.integrator.provider;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A provider or PBX profile as the API shows it: every field of the configuration page plus the list columns. */
@Schema(name = "ProviderProfile", description = "A provider or PBX profile (IP1..IP20)")
public record ProviderProfileView(
        @Schema(description = "1..20") int id,
        @Schema(description = "Connection name, or the default IP<id>", examples = "IP1") String name,
        @Schema(description = "Has a domain: can be chosen as a handset's VoIP provider") boolean configured,
        @Schema(description = "Domain; empty when not configured") String domain,
        @Schema(description = "The list's Domain column: the domain, or \"Not configured\"", examples = "Not configured") String domainLabel,
        @Schema(description = "Handset entries whose VoIP account uses this profile") int usedByHandsets,
        String proxyAddress,
        int proxyPort,
        int registrationRefreshSeconds,
        @Schema(enumeration = {"UDP", "TCP", "TLS"}) String transport,
        boolean sips,
        boolean srtp,
        boolean acceptNonSrtp,
        boolean deregisterDetachedHandsets,
        @Schema(enumeration = {"A", "SRV_A", "NAPTR"}) String dnsQuery,
        boolean failoverEnabled,
        String failoverServer,
        int failoverPort,
        @Schema(enumeration = {"ALWAYS", "NEVER"}) String outboundProxyMode,
        String outboundProxyAddress,
        int outboundProxyPort,
        boolean mwiSubscribe,
        boolean dtmfAutomaticNegotiation,
        @Schema(enumeration = {"AUDIO", "RFC2833", "SIP_INFO"}) String dtmfSendMode,
        List<RingtoneView> connectionRingtones,
        @Schema(description = "Active codecs in order of preference", examples = "[\"G722\", \"PCMA\", \"PCMU\", \"G729A\"]") List<String> codecs,
        @Schema(description = "Codecs not active") List<String> availableCodecs,
        int ptimeMs,
        @Schema(enumeration = {"INACTIVE", "SENDONLY"}) String holdSignalling,
        boolean holdTowardsTransferTarget,
        @Schema(enumeration = {"FROM", "PPI_FROM", "PAI_SIP_PPI_FROM", "PAI_TEL_PPI_FROM", "PAI_TEL_FROM_PAI_SIP"}) String callingPartyUserPart,
        String callCompletionOnCode,
        String callCompletionOffCode,
        boolean csta,
        @Schema(description = "Phone system (type of PBX)", enumeration = {"OTHER", "ASTERISK", "FREESWITCH", "KAMAILIO", "THREE_CX",
                "BROADWORKS"}) String phoneSystem) {

    static final String NOT_CONFIGURED = "Not configured";

    /** One connection ringtone as shown. */
    @Schema(name = "ConnectionRingtone")
    public record RingtoneView(String type, String name, String alertInfoPattern) {
    }

    public static ProviderProfileView of(ProviderProfile p, int usedByHandsets) {
        return new ProviderProfileView(p.id(), p.name(), p.configured(), p.domain(), p.configured() ? p.domain() : NOT_CONFIGURED,
                usedByHandsets, p.proxyAddress(), p.proxyPort(), p.registrationRefreshSeconds(), p.transport().name(), p.sips(),
                p.srtp(), p.acceptNonSrtp(), p.deregisterDetachedHandsets(), p.dnsQuery().name(), p.failoverEnabled(),
                p.failoverServer(), p.failoverPort(), p.outboundProxyMode().name(), p.outboundProxyAddress(),
                p.outboundProxyPort(), p.mwiSubscribe(), p.dtmfAutomaticNegotiation(), p.dtmfSendMode().name(),
                p.connectionRingtones().stream().map(r -> new RingtoneView(r.type().name(), r.name(), r.alertInfoPattern())).toList(),
                p.codecs().stream().map(Codec::name).toList(),
                java.util.Arrays.stream(Codec.values()).filter(c -> !p.codecs().contains(c)).map(Codec::name).toList(),
                p.ptimeMs(), p.holdSignalling().name(), p.holdTowardsTransferTarget(), p.callingPartyUserPart().name(),
                p.callCompletionOnCode(), p.callCompletionOffCode(), p.csta(), p.phoneSystem().name());
    }
}
