package io.multicell.integrator.sip;

import io.multicell.integrator.telephony.CallSettings;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.multicell.core.InvalidValueException;
import io.multicell.integrator.provider.Codec;
import io.multicell.integrator.telephony.VoipSettings;
import io.multicell.proto.sip.v1.AccountStatus;
import io.multicell.proto.sip.v1.ListAccountStatusRequest;
import io.multicell.proto.sip.v1.ListAccountStatusResponse;
import io.multicell.proto.sip.v1.OutboundProxyMode;
import io.multicell.proto.sip.v1.ProviderProfile;
import io.multicell.proto.sip.v1.RegistrationState;
import io.multicell.proto.sip.v1.SipGatewayGrpc;
import io.multicell.proto.sip.v1.Transport;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import io.multicell.integrator.grpc.PeerProcess;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The integrator's only door to the SIP gateway (gRPC client {@code sip-gateway}): owns the deadline, maps the SIP
 * configuration to the wire and the account status back, and gRPC status codes to the error taxonomy
 * (INVALID_ARGUMENT → invalid input with field and rule, UNAVAILABLE/DEADLINE_EXCEEDED → not reachable, anything
 * else → gateway failed). Passwords cross this boundary but never appear in a message.
 */
@ApplicationScoped
public class SipGatewayClient {

    private final SipGatewayGrpc.SipGatewayBlockingStub stub;
    private final SipGatewayConfig config;

    public SipGatewayClient(@GrpcClient("sip-gateway") SipGatewayGrpc.SipGatewayBlockingStub stub, SipGatewayConfig config) {
        this.stub = stub;
        this.config = config;
    }

    /** Sends the whole configuration; returns the revision the gateway now runs. */
    public long apply(SipConfiguration configuration) {
        var request = toWire(configuration);
        return call("ApplySipConfiguration", s -> s.applySipConfiguration(request)).getRevision();
    }

    public SipGatewayStatus status() {
        ListAccountStatusResponse response = call("ListAccountStatus", s -> s.listAccountStatus(ListAccountStatusRequest.getDefaultInstance()));
        return fromWire(response);
    }

    private <T> T call(String method, Function<SipGatewayGrpc.SipGatewayBlockingStub, T> rpc) {
        try {
            return rpc.apply(stub.withDeadlineAfter(config.deadline().toMillis(), TimeUnit.MILLISECONDS));
        } catch (StatusRuntimeException e) {
            throw translate(method, e);
        }
    }

    static RuntimeException translate(String method, StatusRuntimeException e) {
        Status status = e.getStatus();
        String description = status.getDescription() == null ? "" : status.getDescription();
        return switch (status.getCode()) {
            case INVALID_ARGUMENT -> invalidArgument(description);
            case UNAVAILABLE, DEADLINE_EXCEEDED, CANCELLED -> new SipGatewayUnreachableException(method + " " + status.getCode(), e);
            default -> new SipGatewayFailedException("SIP gateway failed: " + method + " " + status.getCode()
                    + (description.isEmpty() ? "" : " (" + description + ")"), e);
        };
    }

    /** The gateway answers "field: rule (detail)", e.g. "profiles[id=1].proxy_port: 1..65535 (was 70000)". */
    static InvalidValueException invalidArgument(String description) {
        int split = description.indexOf(": ");
        if (split > 0 && !description.substring(0, split).contains(" ")) {
            return new InvalidValueException(description.substring(0, split), description.substring(split + 2));
        }
        return new InvalidValueException("sipConfiguration", description.isEmpty() ? "rejected by the SIP gateway" : description);
    }

    static io.multicell.proto.sip.v1.SipConfiguration toWire(SipConfiguration configuration) {
        var wire = io.multicell.proto.sip.v1.SipConfiguration.newBuilder()
                .setRevision(configuration.revision())
                .setVoip(toWire(configuration.voip()));
        for (SipProfile p : configuration.profiles()) {
            wire.addProfiles(ProviderProfile.newBuilder()
                    .setId(p.id())
                    .setName(p.name())
                    .setDomain(p.domain())
                    .setProxyAddress(p.proxyAddress())
                    .setProxyPort(p.proxyPort())
                    .setRegistrationRefreshSeconds(p.registrationRefreshSeconds())
                    .setTransport(toWire(p.transport()))
                    .setFailoverServer(p.failoverServer())
                    .setFailoverPort(p.failoverPort())
                    .setOutboundProxyMode(p.outboundProxyMode() == io.multicell.integrator.provider.OutboundProxyMode.ALWAYS
                            ? OutboundProxyMode.ALWAYS : OutboundProxyMode.NEVER)
                    .setOutboundProxyAddress(p.outboundProxyAddress())
                    .setOutboundProxyPort(p.outboundProxyPort())
                    .addAllCodecs(p.codecs().stream().map(Codec::name).toList())
                    .setPtimeMs(p.ptimeMs())
                    .setDeregisterDetachedHandsets(p.deregisterDetachedHandsets())
                    .setDtmfMode(dtmfMode(p)));
        }
        for (SipAccount a : configuration.accounts()) {
            wire.addAccounts(io.multicell.proto.sip.v1.SipAccount.newBuilder()
                    .setAccountId(a.accountId())
                    .setProfileId(a.profileId())
                    .setAuthenticationName(a.authenticationName())
                    .setPassword(a.password())
                    .setUsername(a.username())
                    .setDisplayName(a.displayName())
                    .setIpui(a.ipui()));
        }
        CallSettings call = configuration.callSettings();
        wire.setDial(io.multicell.proto.sip.v1.DialSettings.newBuilder()
                .setAccessCode(call.accessCode())
                .setAccessCodeUse(switch (call.accessCodeUse()) {
                    case NEVER -> io.multicell.proto.sip.v1.AccessCodeUse.ACCESS_CODE_NEVER;
                    case CALL_LISTS -> io.multicell.proto.sip.v1.AccessCodeUse.ACCESS_CODE_CALL_LISTS;
                    case ALWAYS -> io.multicell.proto.sip.v1.AccessCodeUse.ACCESS_CODE_ALWAYS;
                })
                .setInternationalPrefix(call.internationalPrefix())
                .setInternationalAreaCode(call.internationalAreaCode())
                .setLocalPrefix(call.localPrefix())
                .setLocalAreaCode(call.localAreaCode())
                .setUseAreaCode(switch (call.useAreaCode()) {
                    case NEVER -> io.multicell.proto.sip.v1.AreaCodeUse.AREA_CODE_NEVER;
                    case LOCAL -> io.multicell.proto.sip.v1.AreaCodeUse.AREA_CODE_LOCAL;
                    case LOCAL_AND_NATIONAL -> io.multicell.proto.sip.v1.AreaCodeUse.AREA_CODE_LOCAL_AND_NATIONAL;
                }));
        return wire.build();
    }

    /** "Automatic negotiation of DTMF transmission" wins over the send setting, which applies only without it. */
    static io.multicell.proto.sip.v1.DtmfMode dtmfMode(SipProfile p) {
        if (p.dtmfAutomaticNegotiation()) {
            return io.multicell.proto.sip.v1.DtmfMode.DTMF_AUTOMATIC;
        }
        return switch (p.dtmfSendMode()) {
            case AUDIO -> io.multicell.proto.sip.v1.DtmfMode.DTMF_AUDIO;
            case RFC2833 -> io.multicell.proto.sip.v1.DtmfMode.DTMF_RFC2833;
            case SIP_INFO -> io.multicell.proto.sip.v1.DtmfMode.DTMF_SIP_INFO;
        };
    }

    static io.multicell.proto.sip.v1.VoipSettings toWire(VoipSettings voip) {
        return io.multicell.proto.sip.v1.VoipSettings.newBuilder()
                .setSipPort(voip.sipPort())
                .setSecureSipPort(voip.secureSipPort())
                .setT1Ms(voip.t1Ms())
                .setSessionTimerSeconds(voip.sessionTimerSeconds())
                .setFailedRegistrationRetrySeconds(voip.failedRegistrationRetrySeconds())
                .setSubscriptionTimerSeconds(voip.subscriptionTimerSeconds())
                .setPrack(voip.prack())
                .setSipTos(voip.sipTos())
                .setRtpTos(voip.rtpTos())
                .build();
    }

    static Transport toWire(io.multicell.integrator.provider.Transport transport) {
        return switch (transport) {
            case UDP -> Transport.UDP;
            case TCP -> Transport.TCP;
            case TLS -> Transport.TLS;
        };
    }

    static SipGatewayStatus fromWire(ListAccountStatusResponse response) {
        Map<String, SipAccountStatus> accounts = new HashMap<>();
        for (AccountStatus a : response.getAccountsList()) {
            accounts.put(a.getAccountId(), new SipAccountStatus(a.getAccountId(), fromWire(a.getState()),
                    a.getLastStatusCode() == 0 ? null : a.getLastStatusCode(),
                    emptyToNull(a.getReason()), emptyToNull(a.getRegistrar()), a.getNextAttemptInSeconds()));
        }
        return new SipGatewayStatus(response.getRevision(), accounts,
                PeerProcess.fromWire(response.getGatewayVersion(), response.hasGatewayStartedAt(), response.getGatewayStartedAt()));
    }

    /** A state the gateway did not state is shown as the safe one: not registered. */
    static SipRegistrationState fromWire(RegistrationState state) {
        return switch (state) {
            case REGISTERING -> SipRegistrationState.REGISTERING;
            case REGISTERED -> SipRegistrationState.REGISTERED;
            case FAILED -> SipRegistrationState.FAILED;
            default -> SipRegistrationState.NOT_REGISTERED;
        };
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
