package io.multicell.integrator.provider;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.api.Labelled;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The provider/PBX configuration page as a request: every field may be absent and then keeps its value. Options are
 * accepted as code or as the manual's label.
 */
@Schema(name = "ProviderProfileRequest", description = "Fields of a provider or PBX profile; absent fields keep their value")
public record ProviderProfileRequest(
        @Schema(description = "Connection name, at most 74 characters; empty: the default IP<id>", examples = "Company PBX") String name,
        @Schema(description = "Domain (host part of every AoR): at most 74 characters of 0-9 a-z A-Z - . _; empty: not configured",
                examples = "pbx.example.com") String domain,
        @Schema(description = "Proxy server address, at most 74 characters of 0-9 a-z A-Z - . _", examples = "10.100.0.45") String proxyAddress,
        @Schema(description = "Proxy server port 1..65535 (default 5060 for UDP/TCP, 5061 for TLS)") Integer proxyPort,
        @Schema(description = "Registration refresh time in seconds, 1..99999 (default 600)") Integer registrationRefreshSeconds,
        @Schema(description = "UDP, TCP or TLS. A port at the old transport's default follows to the new one's unless given.",
                enumeration = {"UDP", "TCP", "TLS"}) String transport,
        @Schema(description = "Use SIP Security (SIPS); only with TLS (leaving TLS turns it off)") Boolean sips,
        @Schema(description = "SRTP: security for voice connections") Boolean srtp,
        @Schema(description = "Accept non-SRTP calls while SRTP is on") Boolean acceptNonSrtp,
        @Schema(description = "Deregister the SIP account of handsets that are not reachable") Boolean deregisterDetachedHandsets,
        @Schema(description = "Redundancy - DNS query", enumeration = {"A", "SRV_A", "NAPTR"}) String dnsQuery,
        @Schema(description = "Failover server: enable registration (used only with DNS query A)") Boolean failoverEnabled,
        @Schema(description = "Failover registration server, at most 74 characters of 0-9 a-z A-Z - . _") String failoverServer,
        @Schema(description = "Failover SIP server port 1..65535 (default 5060/5061)") Integer failoverPort,
        @Schema(description = "Outbound proxy mode; Always with an empty address behaves as Never", enumeration = {"ALWAYS", "NEVER"})
        String outboundProxyMode,
        @Schema(description = "Outbound server address, at most 74 characters of 0-9 a-z A-Z - . _") String outboundProxyAddress,
        @Schema(description = "Outbound proxy port 1..65535 (default 5060/5061)") Integer outboundProxyPort,
        @Schema(description = "SIP SUBSCRIBE for Net-AM MWI") Boolean mwiSubscribe,
        @Schema(description = "Automatic negotiation of DTMF transmission") Boolean dtmfAutomaticNegotiation,
        @Schema(description = "Send settings of DTMF transmission (without automatic negotiation)",
                enumeration = {"AUDIO", "RFC2833", "SIP_INFO"}) String dtmfSendMode,
        @Schema(description = "Connection ringtones to change, by call type; types not listed keep their setting")
        List<RingtoneRequest> connectionRingtones,
        @Schema(description = "Active codecs in order of preference (replaces the list), at least one",
                examples = "[\"PCMA\", \"PCMU\"]") List<String> codecs,
        @Schema(description = "RTP packetisation time in ms: 10, 20 or 30") Integer ptimeMs,
        @Schema(description = "SDP attribute for hold", enumeration = {"INACTIVE", "SENDONLY"}) String holdSignalling,
        @Schema(description = "Hold towards transfer target") Boolean holdTowardsTransferTarget,
        @Schema(description = "Calling Party (User Part)",
                enumeration = {"FROM", "PPI_FROM", "PAI_SIP_PPI_FROM", "PAI_TEL_PPI_FROM", "PAI_TEL_FROM_PAI_SIP"})
        String callingPartyUserPart,
        @Schema(description = "Call completion on (CCBS, CCNR): key sequence of 0-9 * #, at most 20") String callCompletionOnCode,
        @Schema(description = "Call completion off (CCBS, CCNR): key sequence of 0-9 * #, at most 20") String callCompletionOffCode,
        @Schema(description = "CSTA") Boolean csta,
        @Schema(description = "Phone system: the type of PBX (default Other / generic SIP)",
                enumeration = {"OTHER", "ASTERISK", "FREESWITCH", "KAMAILIO", "THREE_CX", "BROADWORKS"}) String phoneSystem) {

    /** One connection ringtone in a request: which call type, and the fields to change. */
    @Schema(name = "ConnectionRingtoneRequest")
    public record RingtoneRequest(
            @Schema(required = true, enumeration = {"EXTERNAL", "GROUP", "DOOR", "EMERGENCY", "OPTIONAL_1", "OPTIONAL_2", "OPTIONAL_3"})
            String type,
            @Schema(description = "Name of the handset menu entry, at most 32 characters") String name,
            @Schema(description = "Alert-Info pattern, at most 74 characters; empty: not offered on the handset") String alertInfoPattern) {
    }

    /** {@code current} with the fields of this request; the profile's rules are checked on the result. */
    public ProviderProfile applyTo(ProviderProfile current) {
        Transport nextTransport = transport == null ? current.transport() : Labelled.parse(Transport.class, "transport", transport);
        boolean transportChanged = nextTransport != current.transport();
        return new ProviderProfile(
                current.id(),
                or(name, current.name()),
                or(domain, current.domain()),
                or(proxyAddress, current.proxyAddress()),
                port(proxyPort, current.proxyPort(), current.transport(), nextTransport),
                or(registrationRefreshSeconds, current.registrationRefreshSeconds()),
                nextTransport,
                // Leaving TLS ends SIPS unless the request insists (and is refused).
                sips != null ? sips : current.sips() && nextTransport == Transport.TLS,
                or(srtp, current.srtp()),
                or(acceptNonSrtp, current.acceptNonSrtp()),
                or(deregisterDetachedHandsets, current.deregisterDetachedHandsets()),
                dnsQuery == null ? current.dnsQuery() : Labelled.parse(DnsQuery.class, "dnsQuery", dnsQuery),
                or(failoverEnabled, current.failoverEnabled()),
                or(failoverServer, current.failoverServer()),
                port(failoverPort, current.failoverPort(), current.transport(), nextTransport),
                outboundProxyMode == null ? current.outboundProxyMode()
                        : Labelled.parse(OutboundProxyMode.class, "outboundProxyMode", outboundProxyMode),
                or(outboundProxyAddress, current.outboundProxyAddress()),
                port(outboundProxyPort, current.outboundProxyPort(), current.transport(), nextTransport),
                or(mwiSubscribe, current.mwiSubscribe()),
                or(dtmfAutomaticNegotiation, current.dtmfAutomaticNegotiation()),
                dtmfSendMode == null ? current.dtmfSendMode() : Labelled.parse(DtmfSendMode.class, "dtmfSendMode", dtmfSendMode),
                ringtones(current),
                codecs == null ? current.codecs() : parseCodecs(),
                or(ptimeMs, current.ptimeMs()),
                holdSignalling == null ? current.holdSignalling()
                        : Labelled.parse(HoldSignalling.class, "holdSignalling", holdSignalling),
                or(holdTowardsTransferTarget, current.holdTowardsTransferTarget()),
                callingPartyUserPart == null ? current.callingPartyUserPart()
                        : Labelled.parse(CallingPartyUserPart.class, "callingPartyUserPart", callingPartyUserPart),
                or(callCompletionOnCode, current.callCompletionOnCode()),
                or(callCompletionOffCode, current.callCompletionOffCode()),
                or(csta, current.csta()),
                phoneSystem == null ? current.phoneSystem() : Labelled.parse(PhoneSystem.class, "phoneSystem", phoneSystem));
    }

    /** A port left at the old transport's default moves to the new transport's default (5060 ↔ 5061). */
    private static int port(Integer given, int current, Transport before, Transport after) {
        if (given != null) {
            return given;
        }
        return current == before.defaultPort() ? after.defaultPort() : current;
    }

    private List<ConnectionRingtone> ringtones(ProviderProfile current) {
        if (connectionRingtones == null) {
            return current.connectionRingtones();
        }
        var next = new ArrayList<>(current.connectionRingtones());
        var changed = new java.util.HashSet<RingtoneCallType>();
        for (int i = 0; i < connectionRingtones.size(); i++) {
            RingtoneRequest request = connectionRingtones.get(i);
            String at = "connectionRingtones[" + i + "]";
            if (request == null || request.type() == null) {
                throw new InvalidValueException(at + ".type", "is required");
            }
            RingtoneCallType type = Labelled.parse(RingtoneCallType.class, at + ".type", request.type());
            if (!changed.add(type)) {
                throw new InvalidValueException(at + ".type", type.name() + " is listed twice");
            }
            ConnectionRingtone old = current.ringtone(type);
            try {
                next.set(type.ordinal(), new ConnectionRingtone(type, or(request.name(), old.name()),
                        or(request.alertInfoPattern(), old.alertInfoPattern())));
            } catch (InvalidValueException e) {
                // Name the list position the client sent, not the call type.
                throw new InvalidValueException(at + e.field().substring(e.field().lastIndexOf('.')), e.rule());
            }
        }
        return next;
    }

    private List<Codec> parseCodecs() {
        var parsed = new ArrayList<Codec>(codecs.size());
        for (int i = 0; i < codecs.size(); i++) {
            if (codecs.get(i) == null) {
                throw new InvalidValueException("codecs[" + i + "]", "must be one of " + Labelled.codes(Codec.class));
            }
            parsed.add(Labelled.parse(Codec.class, "codecs[" + i + "]", codecs.get(i)));
        }
        return parsed;
    }

    private static <T> T or(T given, T current) {
        return given == null ? current : given;
    }
}
