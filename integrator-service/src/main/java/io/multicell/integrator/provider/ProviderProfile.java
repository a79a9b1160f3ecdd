package io.multicell.integrator.provider;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.api.TextRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One of the 20 provider or PBX profiles (IP1..IP20) with every field of the manual's configuration page. A profile
 * is "configured" once it has a domain; an unused one shows "Not configured". The constructor enforces the manual's
 * rules and names the offending field as the REST API does.
 *
 * @param name                 connection name; an empty one falls back to the default IP&lt;id&gt;
 * @param proxyPort            proxy server port (default 5060 for UDP/TCP, 5061 for TLS)
 * @param failoverEnabled      failover registration server in use (only with DNS query A, as the manual shows it)
 * @param connectionRingtones  one per {@link RingtoneCallType}, in that order
 * @param codecs               active codecs in order of preference, at least one
 */
public record ProviderProfile(
        int id,
        String name,
        String domain,
        String proxyAddress,
        int proxyPort,
        int registrationRefreshSeconds,
        Transport transport,
        boolean sips,
        boolean srtp,
        boolean acceptNonSrtp,
        boolean deregisterDetachedHandsets,
        DnsQuery dnsQuery,
        boolean failoverEnabled,
        String failoverServer,
        int failoverPort,
        OutboundProxyMode outboundProxyMode,
        String outboundProxyAddress,
        int outboundProxyPort,
        boolean mwiSubscribe,
        boolean dtmfAutomaticNegotiation,
        DtmfSendMode dtmfSendMode,
        List<ConnectionRingtone> connectionRingtones,
        List<Codec> codecs,
        int ptimeMs,
        HoldSignalling holdSignalling,
        boolean holdTowardsTransferTarget,
        CallingPartyUserPart callingPartyUserPart,
        String callCompletionOnCode,
        String callCompletionOffCode,
        boolean csta,
        PhoneSystem phoneSystem) {

    public static final int PROFILES = 20;
    public static final int DEFAULT_REFRESH_SECONDS = 600;
    public static final int DEFAULT_PTIME_MS = 20;
    public static final List<Codec> DEFAULT_CODECS = List.of(Codec.G722, Codec.PCMA, Codec.PCMU, Codec.G729A);
    /** Service codes are dialled key sequences. */
    public static final int MAX_SERVICE_CODE = 20;

    public ProviderProfile {
        if (id < 1 || id > PROFILES) {
            throw new InvalidValueException("id", "must be 1.." + PROFILES);
        }
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(dnsQuery, "dnsQuery");
        Objects.requireNonNull(outboundProxyMode, "outboundProxyMode");
        Objects.requireNonNull(dtmfSendMode, "dtmfSendMode");
        Objects.requireNonNull(holdSignalling, "holdSignalling");
        Objects.requireNonNull(callingPartyUserPart, "callingPartyUserPart");
        Objects.requireNonNull(phoneSystem, "phoneSystem");
        name = TextRules.text("name", name == null ? "" : name.strip(), TextRules.MAX_TEXT);
        if (name.isEmpty()) {
            name = defaultName(id);
        }
        domain = TextRules.serverAddress("domain", domain);
        proxyAddress = TextRules.serverAddress("proxyAddress", proxyAddress);
        TextRules.port("proxyPort", proxyPort);
        TextRules.range("registrationRefreshSeconds", registrationRefreshSeconds, 1, 99999, " seconds (1-5 digits, > 0)");
        if (sips && transport != Transport.TLS) {
            throw new InvalidValueException("sips", "only with transport TLS");
        }
        failoverServer = TextRules.serverAddress("failoverServer", failoverServer);
        TextRules.port("failoverPort", failoverPort);
        if (failoverEnabled && failoverServer.isEmpty()) {
            throw new InvalidValueException("failoverServer", "is required while the failover registration is enabled");
        }
        outboundProxyAddress = TextRules.serverAddress("outboundProxyAddress", outboundProxyAddress);
        TextRules.port("outboundProxyPort", outboundProxyPort);
        connectionRingtones = ringtones(connectionRingtones);
        codecs = codecs(codecs);
        if (ptimeMs != 10 && ptimeMs != 20 && ptimeMs != 30) {
            throw new InvalidValueException("ptimeMs", "must be 10, 20 or 30");
        }
        callCompletionOnCode = serviceCode("callCompletionOnCode", callCompletionOnCode);
        callCompletionOffCode = serviceCode("callCompletionOffCode", callCompletionOffCode);
    }

    /** The factory setting of profile {@code id}: not configured, UDP, the manual's defaults. */
    public static ProviderProfile unused(int id) {
        return new ProviderProfile(id, defaultName(id), "", "", Transport.UDP.defaultPort(), DEFAULT_REFRESH_SECONDS,
                Transport.UDP, false, false, false, false, DnsQuery.A, false, "", Transport.UDP.defaultPort(),
                OutboundProxyMode.NEVER, "", Transport.UDP.defaultPort(), false, true, DtmfSendMode.AUDIO,
                List.of(), DEFAULT_CODECS, DEFAULT_PTIME_MS, HoldSignalling.INACTIVE, false, CallingPartyUserPart.FROM,
                "", "", false, PhoneSystem.OTHER);
    }

    public static String defaultName(int id) {
        return "IP" + id;
    }

    /** Has a domain: it can be chosen as a handset's VoIP provider and is sent to the SIP gateway. */
    public boolean configured() {
        return !domain.isEmpty();
    }

    /** The failover registration server takes part only when enabled and with DNS query A (the manual shows it only then). */
    public boolean failoverInUse() {
        return failoverEnabled && dnsQuery == DnsQuery.A;
    }

    public ConnectionRingtone ringtone(RingtoneCallType type) {
        return connectionRingtones.get(type.ordinal());
    }

    /** Every call type once, in enum order; types not given keep the factory setting. */
    private static List<ConnectionRingtone> ringtones(List<ConnectionRingtone> given) {
        Map<RingtoneCallType, ConnectionRingtone> byType = new EnumMap<>(RingtoneCallType.class);
        if (given != null) {
            for (ConnectionRingtone ringtone : given) {
                if (byType.put(ringtone.type(), ringtone) != null) {
                    throw new InvalidValueException("connectionRingtones", ringtone.type().name() + " is listed twice");
                }
            }
        }
        var all = new ArrayList<ConnectionRingtone>(RingtoneCallType.values().length);
        for (RingtoneCallType type : RingtoneCallType.values()) {
            all.add(byType.getOrDefault(type, ConnectionRingtone.initial(type)));
        }
        return List.copyOf(all);
    }

    private static List<Codec> codecs(List<Codec> given) {
        if (given == null || given.isEmpty()) {
            throw new InvalidValueException("codecs", "must list at least one active codec");
        }
        Set<Codec> seen = new HashSet<>();
        for (Codec codec : given) {
            if (!seen.add(Objects.requireNonNull(codec, "codec"))) {
                throw new InvalidValueException("codecs", "must not list " + codec.name() + " twice");
            }
        }
        return List.copyOf(given);
    }

    private static String serviceCode(String field, String code) {
        String value = code == null ? "" : code.strip();
        if (value.length() > MAX_SERVICE_CODE || !value.matches("[0-9*#]*")) {
            throw new InvalidValueException(field, "must be at most " + MAX_SERVICE_CODE + " keys of 0-9 * #");
        }
        return value;
    }
}
