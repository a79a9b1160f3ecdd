package io.multicell.manager.grpc;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.MacAddress;
import io.multicell.manager.basestation.ControlLoop;
import io.multicell.manager.calls.GatewaySignal;
import io.multicell.manager.calls.IncomingOffer;
import io.multicell.manager.calls.Progress;
import io.multicell.proto.air.v1.ReleaseCause;
import io.multicell.proto.manager.v1.CallControlGrpc;
import io.multicell.proto.manager.v1.GatewayCallMessage;
import io.multicell.proto.manager.v1.ManagerCallMessage;
import io.quarkus.grpc.GrpcService;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * CallControl.Connect, dialled by the SIP gateway: GatewayHello first (else INVALID_ARGUMENT), then the messages of
 * every call of that gateway, in order, handed to the call router on the control loop (which alone writes to the
 * stream after Hello). A malformed message about one call is answered by releasing that call (NETWORK_FAILURE with
 * the field and rule as reason) and never costs the gateway its stream; a second Hello or an empty message ends it.
 * When the stream ends, every call of that gateway is released towards the handsets (LINK_LOST).
 */
@GrpcService
public class CallControlGrpcService extends CallControlGrpc.CallControlImplBase {

    private static final Logger LOG = Logger.getLogger(CallControlGrpcService.class);

    private final ControlLoop loop;

    CallControlGrpcService(ControlLoop loop) {
        this.loop = loop;
    }

    @Override
    public StreamObserver<GatewayCallMessage> connect(StreamObserver<ManagerCallMessage> responseObserver) {
        var responses = (ServerCallStreamObserver<ManagerCallMessage>) responseObserver;
        var link = new GrpcGatewayLink(responses);
        responses.setOnCancelHandler(link::cancelled);
        return new Messages(link);
    }

    /** Messages of one gateway stream; gRPC delivers them one at a time. */
    private final class Messages implements StreamObserver<GatewayCallMessage> {

        private final GrpcGatewayLink link;
        private boolean greeted;
        private boolean rejected;

        Messages(GrpcGatewayLink link) {
            this.link = link;
        }

        @Override
        public void onNext(GatewayCallMessage message) {
            if (rejected) {
                return;
            }
            if (!greeted) {
                if (message.getMessageCase() != GatewayCallMessage.MessageCase.HELLO) {
                    rejected = true;
                    link.fail(Status.INVALID_ARGUMENT.withDescription("message: the first message on a stream must be a GatewayHello"));
                    return;
                }
                greeted = true;
                List<String> active = List.copyOf(message.getHello().getActiveCallIdsList());
                loop.tellCalls(router -> router.gatewayConnected(link, active));
                return;
            }
            switch (message.getMessageCase()) {
                case OFFER -> {
                    IncomingOffer offer;
                    try {
                        offer = CallMessages.offer(message.getOffer());
                    } catch (InvalidValueException invalid) {
                        refuse(message.getOffer().getCallId(), invalid);
                        return;
                    }
                    loop.tellCalls(router -> router.offer(link, offer));
                }
                case RELEASED -> {
                    var released = message.getReleased();
                    ReleaseCause cause = released.getCause() == ReleaseCause.UNRECOGNIZED ? ReleaseCause.RELEASE_CAUSE_UNSPECIFIED
                            : released.getCause();
                    loop.tellCalls(router -> router.gatewayReleased(link, released.getCallId(), cause, released.getSipStatus(),
                            released.getReason()));
                }
                case PROGRESS -> {
                    var progress = message.getProgress();
                    Optional<Progress> state = CallMessages.progress(progress.getState());
                    if (state.isEmpty()) {
                        LOG.warnf("gateway: progress of call %s without a state; ignored", progress.getCallId());
                        return;
                    }
                    loop.tellCalls(router -> router.progress(link, progress.getCallId(), state.get(), progress.getCodec()));
                }
                case MEDIA_ON_BEARER -> {
                    var media = message.getMediaOnBearer();
                    MacAddress base;
                    try {
                        base = MacAddress.parse(media.getBaseMac());
                    } catch (InvalidValueException invalid) {
                        LOG.warnf("gateway: media on bearer of call %s: %s; ignored", media.getCallId(),
                                invalid.under("mediaOnBearer").getMessage());
                        return;
                    }
                    loop.tellCalls(router -> router.mediaOnBearer(link, media.getCallId(), base));
                }
                case HELLO -> violation("message: GatewayHello is sent once per stream");
                default -> violation("message: must be an offer, released, progress or mediaOnBearer");
            }
        }

        private void refuse(String callId, InvalidValueException invalid) {
            LOG.warnf("gateway: %s", invalid.getMessage());
            if (!callId.isBlank()) {
                loop.tellCalls(router -> link.send(new GatewaySignal.Released(callId, ReleaseCause.NETWORK_FAILURE, 0,
                        invalid.getMessage())));
            }
        }

        private void violation(String description) {
            rejected = true;
            loop.tellCalls(router -> {
                router.gatewayLost(link);
                link.fail(Status.INVALID_ARGUMENT.withDescription(description));
            });
        }

        @Override
        public void onError(Throwable error) {
            link.cancelled();
            if (greeted && !rejected) {
                loop.tellCalls(router -> router.gatewayLost(link));
            }
        }

        @Override
        public void onCompleted() {
            loop.tellCalls(router -> {
                if (greeted && !rejected) {
                    router.gatewayLost(link);
                }
                link.complete();
            });
        }
    }
}
