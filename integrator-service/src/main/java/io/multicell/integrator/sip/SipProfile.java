package io.multicell.integrator.sip;

import io.multicell.integrator.provider.Codec;
import io.multicell.integrator.provider.OutboundProxyMode;
import io.multicell.integrator.provider.ProviderProfile;
import io.multicell.integrator.provider.Transport;
import java.util.List;

/**
 * The part of a provider profile the SIP gateway acts on, as it is sent. Equal values mean the gateway has nothing
 * to do, so only these fields decide whether a profile change is pushed.
 *
 * @param failoverServer empty when the failover registration is off (or the DNS query is not A)
 * @param failoverPort   0 when there is no failover server
 * @param codecs         the active codecs in order, without G.722 while wideband is off on the Audio page
 * @param dtmfSendMode   used by the gateway only without automatic negotiation
 */
public record SipProfile(
        int id,
        String name,
        String domain,
        String proxyAddress,
        int proxyPort,
        int registrationRefreshSeconds,
        Transport transport,
        String failoverServer,
        int failoverPort,
        OutboundProxyMode outboundProxyMode,
        String outboundProxyAddress,
        int outboundProxyPort,
        List<Codec> codecs,
        int ptimeMs,
        boolean deregisterDetachedHandsets,
        boolean dtmfAutomaticNegotiation,
        io.multicell.integrator.provider.DtmfSendMode dtmfSendMode) {

    public SipProfile {
        codecs = List.copyOf(codecs);
    }

    public static SipProfile of(ProviderProfile p, boolean g722Enabled) {
        boolean failover = p.failoverInUse();
        return new SipProfile(p.id(), p.name(), p.domain(), p.proxyAddress(), p.proxyPort(), p.registrationRefreshSeconds(),
                p.transport(), failover ? p.failoverServer() : "", failover ? p.failoverPort() : 0, p.outboundProxyMode(),
                p.outboundProxyAddress(), p.outboundProxyPort(), activeCodecs(p, g722Enabled), p.ptimeMs(),
                p.deregisterDetachedHandsets(), p.dtmfAutomaticNegotiation(), p.dtmfSendMode());
    }

    /** The profile's codecs the system may use: G.722 only while wideband calls are enabled on the Audio page. */
    public static List<Codec> activeCodecs(ProviderProfile p, boolean g722Enabled) {
        return p.codecs().stream().filter(c -> g722Enabled || c != Codec.G722).toList();
    }
}
