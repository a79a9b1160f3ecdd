package io.multicell.sip.config;

import java.util.List;
import java.util.Optional;

/**
 * One provider or PBX profile (IP1..IP20) as the integrator pushed it. Values are as received (ports as numbers,
 * codecs as names) so that {@link SipConfigurationValidator} can name what is wrong; after validation they hold.
 */
public record ProviderProfile(
        int id,
        String name,
        String domain,
        String proxyAddress,
        long proxyPort,
        long registrationRefreshSeconds,
        Transport transport,
        String failoverServer,
        long failoverPort,
        OutboundProxyMode outboundProxyMode,
        String outboundProxyAddress,
        long outboundProxyPort,
        List<String> codecs,
        long ptimeMs,
        boolean deregisterDetachedHandsets,
        DtmfMode dtmfMode) {

    public ProviderProfile {
        codecs = List.copyOf(codecs);
        dtmfMode = dtmfMode == null ? DtmfMode.AUTOMATIC : dtmfMode;
    }

    /** A profile with automatic DTMF negotiation (the integrator's factory setting). */
    public ProviderProfile(int id, String name, String domain, String proxyAddress, long proxyPort, long registrationRefreshSeconds,
            Transport transport, String failoverServer, long failoverPort, OutboundProxyMode outboundProxyMode,
            String outboundProxyAddress, long outboundProxyPort, List<String> codecs, long ptimeMs,
            boolean deregisterDetachedHandsets) {
        this(id, name, domain, proxyAddress, proxyPort, registrationRefreshSeconds, transport, failoverServer, failoverPort,
                outboundProxyMode, outboundProxyAddress, outboundProxyPort, codecs, ptimeMs, deregisterDetachedHandsets,
                DtmfMode.AUTOMATIC);
    }

    /** The connection name shown in lists: the configured one, or IP1..IP20. */
    public String displayName() {
        return name.isEmpty() ? "IP" + id : name;
    }

    /** Where REGISTER goes first: the proxy server (the domain when no proxy is set). */
    public HostPort proxy() {
        return new HostPort(proxyAddress.isEmpty() ? domain : proxyAddress, (int) proxyPort);
    }

    /** The failover registration server, if one is set. */
    public Optional<HostPort> failover() {
        if (failoverServer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HostPort(failoverServer, portOrDefault(failoverPort)));
    }

    /** The outbound proxy when the mode is Always and an address is set (an empty address means Never). */
    public Optional<HostPort> outboundProxy() {
        if (outboundProxyMode != OutboundProxyMode.ALWAYS || outboundProxyAddress.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HostPort(outboundProxyAddress, portOrDefault(outboundProxyPort)));
    }

    /** The active codecs in order of preference (valid after validation). */
    public List<Codec> activeCodecs() {
        return codecs.stream().map(name -> Codec.named(name).orElseThrow()).toList();
    }

    private int portOrDefault(long port) {
        return port == 0 ? transport.defaultPort() : (int) port;
    }
}
