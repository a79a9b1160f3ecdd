package io.multicell.base.grpc;

import com.google.protobuf.ByteString;
import io.multicell.base.air.Downlink;
import io.multicell.base.air.Uplink;
import io.multicell.base.call.BaseHeard;
import io.multicell.base.call.CallState;
import io.multicell.base.call.Codec;
import io.multicell.base.call.ReleaseCause;
import io.multicell.base.voice.VoiceAddress;
import io.multicell.base.voice.VoiceTarget;
import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.Ipui;
import io.multicell.proto.air.v1.AccessRightsResult;
import io.multicell.proto.air.v1.AuthenticationChallenge;
import io.multicell.proto.air.v1.BearerReleased;
import io.multicell.proto.air.v1.CallProgress;
import io.multicell.proto.air.v1.CallRelease;
import io.multicell.proto.air.v1.HandoverCommand;
import io.multicell.proto.air.v1.HandsetDownlink;
import io.multicell.proto.air.v1.HandsetUplink;
import io.multicell.proto.air.v1.IncomingCall;
import io.multicell.proto.air.v1.LocationResult;
import io.multicell.proto.air.v1.Page;
import io.multicell.proto.air.v1.RegistrationChallenge;
import java.util.List;

/** Wire types of the AirInterface stream to and from the base's domain. */
final class AirMessages {

    private AirMessages() {
    }

    /** @throws InvalidValueException naming the wire field (e.g. "lock.ipui") when the message cannot be read */
    static Uplink uplink(HandsetUplink wire) {
        return switch (wire.getMessageCase()) {
            case LOCK -> new Uplink.Lock(ipui("lock.ipui", wire.getLock().getIpui()), wire.getLock().getRssiDbm(),
                    wire.getLock().getModel(), wire.getLock().getFirmware(), wire.getLock().getCallId(),
                    voice(wire.getLock()));
            case ACCESS_RIGHTS_REQUEST -> new Uplink.AccessRightsRequest(
                    ipui("access_rights_request.ipui", wire.getAccessRightsRequest().getIpui()));
            case LOCATION_REQUEST -> new Uplink.LocationRequest(
                    ipui("location_request.ipui", wire.getLocationRequest().getIpui()));
            case CHALLENGE_RESPONSE -> new Uplink.ChallengeResponse(wire.getChallengeResponse().getTransactionId(),
                    wire.getChallengeResponse().getRes().toByteArray());
            case PAGE_RESPONSE -> new Uplink.PageResponse(wire.getPageResponse().getPageId(), heard(wire.getPageResponse().getHeardList()));
            case CALL_SETUP -> new Uplink.CallSetup(callId("call_setup.call_id", wire.getCallSetup().getCallId()),
                    wire.getCallSetup().getDialledNumber(), heard(wire.getCallSetup().getHeardList()));
            case CALL_ANSWER -> new Uplink.CallAnswer(callId("call_answer.call_id", wire.getCallAnswer().getCallId()));
            case CALL_RELEASE -> new Uplink.CallRelease(callId("call_release.call_id", wire.getCallRelease().getCallId()),
                    cause(wire.getCallRelease().getCause()), wire.getCallRelease().getSipStatus(),
                    wire.getCallRelease().getReason());
            case MEASUREMENT -> new Uplink.NeighbourMeasurement(
                    callId("measurement.call_id", wire.getMeasurement().getCallId()),
                    heard(wire.getMeasurement().getHeardList()));
            case MESSAGE_NOT_SET -> throw new InvalidValueException("message", "must be one of lock, access_rights_request, "
                    + "challenge_response, location_request, page_response, call_setup, call_answer, call_release, "
                    + "measurement");
        };
    }

    private static VoiceTarget voice(io.multicell.proto.air.v1.Lock lock) {
        if (lock.getVoiceAddress().isEmpty()) {
            return null;
        }
        return new VoiceTarget(VoiceAddress.parse("lock.voice_address", lock.getVoiceAddress()), lock.getVoiceToken());
    }

    private static Ipui ipui(String field, String text) {
        try {
            return Ipui.parse(text);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.rule());
        }
    }

    private static String callId(String field, String text) {
        if (text.isBlank()) {
            throw new InvalidValueException(field, "must not be empty");
        }
        return text;
    }

    private static List<BaseHeard> heard(List<io.multicell.proto.air.v1.BaseHeard> wire) {
        return wire.stream().map(h -> new BaseHeard(h.getBaseMac(), h.getRssiDbm())).toList();
    }

    static HandsetDownlink downlink(Downlink message) {
        var wire = HandsetDownlink.newBuilder();
        if (message instanceof Downlink.RegistrationChallenge c) {
            wire.setRegistrationChallenge(RegistrationChallenge.newBuilder().setTransactionId(c.transactionId())
                    .setRs(ByteString.copyFrom(c.rs())).setRand(ByteString.copyFrom(c.rand())));
        } else if (message instanceof Downlink.AuthenticationChallenge c) {
            wire.setAuthenticationChallenge(AuthenticationChallenge.newBuilder().setTransactionId(c.transactionId())
                    .setRand(ByteString.copyFrom(c.rand())));
        } else if (message instanceof Downlink.AccessRightsResult r) {
            wire.setAccessRightsResult(AccessRightsResult.newBuilder().setAccepted(r.accepted()).setReason(r.reason()));
        } else if (message instanceof Downlink.LocationResult r) {
            wire.setLocationResult(LocationResult.newBuilder().setAccepted(r.accepted()).setReason(r.reason()));
        } else if (message instanceof Downlink.Page p) {
            wire.setPage(Page.newBuilder().setPageId(p.pageId()));
        } else if (message instanceof Downlink.IncomingCall c) {
            wire.setIncomingCall(IncomingCall.newBuilder().setCallId(c.callId()).setCallingNumber(c.callingNumber())
                    .setCallingName(c.callingName()).setCodec(codec(c.codec()))
                    .setBearerAirEndpoint(c.bearerAirEndpoint()).setBearerBaseMac(c.bearerBaseMac()));
        } else if (message instanceof Downlink.CallProgress p) {
            wire.setCallProgress(CallProgress.newBuilder().setCallId(p.callId()).setState(state(p.state()))
                    .setCodec(codec(p.codec())).setBearerAirEndpoint(p.bearerAirEndpoint())
                    .setBearerBaseMac(p.bearerBaseMac()));
        } else if (message instanceof Downlink.CallRelease r) {
            wire.setCallRelease(CallRelease.newBuilder().setCallId(r.callId()).setCause(cause(r.cause()))
                    .setSipStatus(r.sipStatus()).setReason(r.reason()));
        } else if (message instanceof Downlink.HandoverCommand h) {
            wire.setHandoverCommand(HandoverCommand.newBuilder().setCallId(h.callId())
                    .setTargetBaseMac(h.targetBaseMac()).setTargetAirEndpoint(h.targetAirEndpoint()));
        } else if (message instanceof Downlink.BearerReleased b) {
            wire.setBearerReleased(BearerReleased.newBuilder().setCallId(b.callId()));
        }
        return wire.build();
    }

    // ---- values shared with the link and the relay ----

    static Codec codec(io.multicell.proto.media.v1.Codec wire) {
        return switch (wire) {
            case PCMA -> Codec.PCMA;
            case PCMU -> Codec.PCMU;
            case G722 -> Codec.G722;
            case CODEC_UNSPECIFIED, UNRECOGNIZED -> Codec.UNSPECIFIED;
        };
    }

    static io.multicell.proto.media.v1.Codec codec(Codec codec) {
        return switch (codec) {
            case PCMA -> io.multicell.proto.media.v1.Codec.PCMA;
            case PCMU -> io.multicell.proto.media.v1.Codec.PCMU;
            case G722 -> io.multicell.proto.media.v1.Codec.G722;
            case UNSPECIFIED -> io.multicell.proto.media.v1.Codec.CODEC_UNSPECIFIED;
        };
    }

    static ReleaseCause cause(io.multicell.proto.air.v1.ReleaseCause wire) {
        return switch (wire) {
            case NORMAL -> ReleaseCause.NORMAL;
            case BUSY -> ReleaseCause.BUSY;
            case UNREACHABLE -> ReleaseCause.UNREACHABLE;
            case DECLINED -> ReleaseCause.DECLINED;
            case NO_ANSWER -> ReleaseCause.NO_ANSWER;
            case CANCELLED -> ReleaseCause.CANCELLED;
            case NO_CHANNEL -> ReleaseCause.NO_CHANNEL;
            case LINK_LOST -> ReleaseCause.LINK_LOST;
            case NETWORK_FAILURE -> ReleaseCause.NETWORK_FAILURE;
            case RELEASE_CAUSE_UNSPECIFIED, UNRECOGNIZED -> ReleaseCause.UNSPECIFIED;
        };
    }

    static io.multicell.proto.air.v1.ReleaseCause cause(ReleaseCause cause) {
        return cause == ReleaseCause.UNSPECIFIED
                ? io.multicell.proto.air.v1.ReleaseCause.RELEASE_CAUSE_UNSPECIFIED
                : io.multicell.proto.air.v1.ReleaseCause.valueOf(cause.name());
    }

    static CallState state(io.multicell.proto.air.v1.CallState wire) {
        return switch (wire) {
            case PROCEEDING -> CallState.PROCEEDING;
            case RINGBACK -> CallState.RINGBACK;
            case CONNECTED -> CallState.CONNECTED;
            case CALL_STATE_UNSPECIFIED, UNRECOGNIZED -> CallState.UNSPECIFIED;
        };
    }

    static io.multicell.proto.air.v1.CallState state(CallState state) {
        return state == CallState.UNSPECIFIED
                ? io.multicell.proto.air.v1.CallState.CALL_STATE_UNSPECIFIED
                : io.multicell.proto.air.v1.CallState.valueOf(state.name());
    }

    static List<io.multicell.proto.air.v1.BaseHeard> heardWire(List<BaseHeard> heard) {
        return heard.stream().map(h -> io.multicell.proto.air.v1.BaseHeard.newBuilder().setBaseMac(h.baseMac())
                .setRssiDbm(h.rssiDbm()).build()).toList();
    }
}
