package io.multicell.simulator.grpc;

import com.google.protobuf.ByteString;
import io.multicell.proto.air.v1.AccessRightsRequest;
import io.multicell.proto.air.v1.CallAnswer;
import io.multicell.proto.air.v1.CallRelease;
import io.multicell.proto.air.v1.CallSetup;
import io.multicell.proto.air.v1.CallState;
import io.multicell.proto.air.v1.ChallengeResponse;
import io.multicell.proto.air.v1.HandsetDownlink;
import io.multicell.proto.air.v1.HandsetUplink;
import io.multicell.proto.air.v1.LocationRequest;
import io.multicell.proto.air.v1.Lock;
import io.multicell.proto.air.v1.NeighbourMeasurement;
import io.multicell.proto.air.v1.PageResponse;
import io.multicell.proto.media.v1.VoiceFrame;
import io.multicell.simulator.air.BaseHeard;
import io.multicell.simulator.air.Codec;
import io.multicell.simulator.air.Downlink;
import io.multicell.simulator.air.ProgressState;
import io.multicell.simulator.air.ReleaseCause;
import io.multicell.simulator.air.Uplink;
import java.util.List;
import java.util.Optional;

/** Wire types of the AirInterface stream and of its voice datagrams to and from the simulator's domain. */
final class AirMessages {

    private AirMessages() {
    }

    /** The control messages of the stream; a Lock goes by {@link #lock}, voice frames as UDP datagrams. */
    static HandsetUplink uplink(Uplink message) {
        var wire = HandsetUplink.newBuilder();
        if (message instanceof Uplink.Lock || message instanceof Uplink.VoiceFrame) {
            throw new IllegalArgumentException(message.getClass().getSimpleName() + " is not a control message");
        } else if (message instanceof Uplink.AccessRightsRequest request) {
            wire.setAccessRightsRequest(AccessRightsRequest.newBuilder().setIpui(request.ipui().value()));
        } else if (message instanceof Uplink.LocationRequest request) {
            wire.setLocationRequest(LocationRequest.newBuilder().setIpui(request.ipui().value()));
        } else if (message instanceof Uplink.ChallengeResponse response) {
            wire.setChallengeResponse(ChallengeResponse.newBuilder().setTransactionId(response.transactionId())
                    .setRes(ByteString.copyFrom(response.res())));
        } else if (message instanceof Uplink.PageResponse response) {
            wire.setPageResponse(PageResponse.newBuilder().setPageId(response.pageId())
                    .addAllHeard(heard(response.heard())));
        } else if (message instanceof Uplink.CallSetup setup) {
            wire.setCallSetup(CallSetup.newBuilder().setCallId(setup.callId())
                    .setDialledNumber(setup.dialledNumber()).addAllHeard(heard(setup.heard())));
        } else if (message instanceof Uplink.CallAnswer answer) {
            wire.setCallAnswer(CallAnswer.newBuilder().setCallId(answer.callId()));
        } else if (message instanceof Uplink.CallRelease release) {
            wire.setCallRelease(CallRelease.newBuilder().setCallId(release.callId()).setCause(cause(release.cause())));
        } else if (message instanceof Uplink.NeighbourMeasurement measurement) {
            wire.setMeasurement(NeighbourMeasurement.newBuilder().setCallId(measurement.callId())
                    .addAllHeard(heard(measurement.heard())));
        }
        return wire.build();
    }

    /** The first message of every stream, naming where the base sends the stream's downlink voice. */
    static HandsetUplink lock(Uplink.Lock lock, String voiceAddress, long voiceToken) {
        return HandsetUplink.newBuilder().setLock(Lock.newBuilder().setIpui(lock.ipui().value())
                .setRssiDbm(lock.rssiDbm()).setModel(lock.model()).setFirmware(lock.firmware())
                .setCallId(lock.callId()).setVoiceAddress(voiceAddress).setVoiceToken(voiceToken)).build();
    }

    static VoiceFrame voiceFrame(Uplink.VoiceFrame frame) {
        return VoiceFrame.newBuilder().setCallId(frame.callId()).setSequence(frame.sequence())
                .setCodec(codec(frame.codec())).setPayload(ByteString.copyFrom(frame.payload()))
                .setDtmfEvent(frame.dtmfEvent()).build();
    }

    static Downlink.VoiceFrame voiceFrame(VoiceFrame frame) {
        return new Downlink.VoiceFrame(frame.getCallId(), frame.getSequence(), codec(frame.getCodec()),
                frame.getPayload().toByteArray(), frame.getDtmfEvent());
    }

    private static List<io.multicell.proto.air.v1.BaseHeard> heard(List<BaseHeard> heard) {
        return heard.stream().map(h -> io.multicell.proto.air.v1.BaseHeard.newBuilder().setBaseMac(h.baseMac())
                .setRssiDbm(h.rssiDbm()).build()).toList();
    }

    /** @return empty for a downlink this simulator does not know (a newer base) */
    static Optional<Downlink> downlink(HandsetDownlink wire) {
        return switch (wire.getMessageCase()) {
            case REGISTRATION_CHALLENGE -> Optional.of(new Downlink.RegistrationChallenge(
                    wire.getRegistrationChallenge().getTransactionId(),
                    wire.getRegistrationChallenge().getRs().toByteArray(),
                    wire.getRegistrationChallenge().getRand().toByteArray()));
            case AUTHENTICATION_CHALLENGE -> Optional.of(new Downlink.AuthenticationChallenge(
                    wire.getAuthenticationChallenge().getTransactionId(),
                    wire.getAuthenticationChallenge().getRand().toByteArray()));
            case ACCESS_RIGHTS_RESULT -> Optional.of(new Downlink.AccessRightsResult(
                    wire.getAccessRightsResult().getAccepted(), wire.getAccessRightsResult().getReason()));
            case LOCATION_RESULT -> Optional.of(new Downlink.LocationResult(
                    wire.getLocationResult().getAccepted(), wire.getLocationResult().getReason()));
            case PAGE -> Optional.of(new Downlink.Page(wire.getPage().getPageId()));
            case INCOMING_CALL -> {
                var call = wire.getIncomingCall();
                yield Optional.of(new Downlink.IncomingCall(call.getCallId(), call.getCallingNumber(),
                        call.getCallingName(), codec(call.getCodec()), call.getBearerAirEndpoint(),
                        call.getBearerBaseMac()));
            }
            case CALL_PROGRESS -> {
                var progress = wire.getCallProgress();
                var state = progressState(progress.getState());
                yield state.map(s -> new Downlink.CallProgress(progress.getCallId(), s, codec(progress.getCodec()),
                        progress.getBearerAirEndpoint(), progress.getBearerBaseMac()));
            }
            case CALL_RELEASE -> {
                var release = wire.getCallRelease();
                yield Optional.of(new Downlink.CallRelease(release.getCallId(), cause(release.getCause()),
                        release.getSipStatus(), release.getReason()));
            }
            case HANDOVER_COMMAND -> {
                var command = wire.getHandoverCommand();
                yield Optional.of(new Downlink.HandoverCommand(command.getCallId(), command.getTargetBaseMac(),
                        command.getTargetAirEndpoint()));
            }
            case BEARER_RELEASED -> Optional.of(new Downlink.BearerReleased(wire.getBearerReleased().getCallId()));
            // VoicePath is the transport's (where the uplink voice goes), never the handset's.
            case VOICE_PATH, MESSAGE_NOT_SET -> Optional.empty();
        };
    }

    static io.multicell.proto.media.v1.Codec codec(Codec codec) {
        return switch (codec) {
            case PCMA -> io.multicell.proto.media.v1.Codec.PCMA;
            case PCMU -> io.multicell.proto.media.v1.Codec.PCMU;
            case G722 -> io.multicell.proto.media.v1.Codec.G722;
        };
    }

    /** @return null when the network named none (or one this simulator does not know) */
    static Codec codec(io.multicell.proto.media.v1.Codec codec) {
        return switch (codec) {
            case PCMA -> Codec.PCMA;
            case PCMU -> Codec.PCMU;
            case G722 -> Codec.G722;
            default -> null;
        };
    }

    static Optional<ProgressState> progressState(CallState state) {
        return switch (state) {
            case PROCEEDING -> Optional.of(ProgressState.PROCEEDING);
            case RINGBACK -> Optional.of(ProgressState.RINGBACK);
            case CONNECTED -> Optional.of(ProgressState.CONNECTED);
            default -> Optional.empty();
        };
    }

    static io.multicell.proto.air.v1.ReleaseCause cause(ReleaseCause cause) {
        return switch (cause) {
            case NORMAL -> io.multicell.proto.air.v1.ReleaseCause.NORMAL;
            case BUSY -> io.multicell.proto.air.v1.ReleaseCause.BUSY;
            case UNREACHABLE -> io.multicell.proto.air.v1.ReleaseCause.UNREACHABLE;
            case DECLINED -> io.multicell.proto.air.v1.ReleaseCause.DECLINED;
            case NO_ANSWER -> io.multicell.proto.air.v1.ReleaseCause.NO_ANSWER;
            case CANCELLED -> io.multicell.proto.air.v1.ReleaseCause.CANCELLED;
            case NO_CHANNEL -> io.multicell.proto.air.v1.ReleaseCause.NO_CHANNEL;
            case LINK_LOST -> io.multicell.proto.air.v1.ReleaseCause.LINK_LOST;
            case NETWORK_FAILURE -> io.multicell.proto.air.v1.ReleaseCause.NETWORK_FAILURE;
            case UNSPECIFIED -> io.multicell.proto.air.v1.ReleaseCause.RELEASE_CAUSE_UNSPECIFIED;
        };
    }

    static ReleaseCause cause(io.multicell.proto.air.v1.ReleaseCause cause) {
        return switch (cause) {
            case NORMAL -> ReleaseCause.NORMAL;
            case BUSY -> ReleaseCause.BUSY;
            case UNREACHABLE -> ReleaseCause.UNREACHABLE;
            case DECLINED -> ReleaseCause.DECLINED;
            case NO_ANSWER -> ReleaseCause.NO_ANSWER;
            case CANCELLED -> ReleaseCause.CANCELLED;
            case NO_CHANNEL -> ReleaseCause.NO_CHANNEL;
            case LINK_LOST -> ReleaseCause.LINK_LOST;
            case NETWORK_FAILURE -> ReleaseCause.NETWORK_FAILURE;
            default -> ReleaseCause.UNSPECIFIED;
        };
    }
}
