package io.multicell.base.grpc;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.multicell.base.air.HandsetSessions;
import io.multicell.base.air.RelayConnection;
import io.multicell.base.air.RelayStreamListener;
import io.multicell.base.call.VoiceFrame;
import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.Ipui;
import io.multicell.proto.media.v1.RelayMessage;
import io.multicell.proto.media.v1.VoiceRelayGrpc;
import io.quarkus.grpc.GrpcService;
import org.jboss.logging.Logger;

/**
 * VoiceRelay.Relay on the base's gRPC port (next to AirInterface): the SIP gateway feeds the bearer of one call here
 * and receives its uplink voice, frames relayed unchanged.
 */
@GrpcService
public class VoiceRelayGrpcService extends VoiceRelayGrpc.VoiceRelayImplBase {

    private static final Logger LOG = Logger.getLogger(VoiceRelayGrpcService.class);

    private final HandsetSessions sessions;

    VoiceRelayGrpcService(HandsetSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public StreamObserver<RelayMessage> relay(StreamObserver<RelayMessage> toGateway) {
        RelayStreamListener listener = sessions.openRelay(new GrpcRelayConnection(toGateway));
        return new StreamObserver<>() {
            @Override
            public void onNext(RelayMessage message) {
                switch (message.getMessageCase()) {
                    case FRAME -> listener.onFrame(AirMessages.voice(message.getFrame()));
                    case OPEN -> open(listener, message);
                    case MESSAGE_NOT_SET -> listener.onInvalid("message", "must be one of open, frame");
                }
            }

            @Override
            public void onError(Throwable error) {
                listener.onEnded();
            }

            @Override
            public void onCompleted() {
                listener.onEnded();
            }
        };
    }

    private static void open(RelayStreamListener listener, RelayMessage message) {
        var open = message.getOpen();
        if (open.getCallId().isBlank()) {
            listener.onInvalid("open.call_id", "must not be empty");
            return;
        }
        try {
            listener.onOpen(open.getCallId(), Ipui.parse(open.getIpui()));
        } catch (InvalidValueException e) {
            listener.onInvalid("open.ipui", e.rule());
        }
    }

    /** The response half of one Relay call; used only from the air thread. */
    private static final class GrpcRelayConnection implements RelayConnection {

        private final StreamObserver<RelayMessage> toGateway;
        private boolean ended;

        GrpcRelayConnection(StreamObserver<RelayMessage> toGateway) {
            this.toGateway = toGateway;
        }

        @Override
        public void send(VoiceFrame frame) {
            if (ended) {
                return;
            }
            try {
                toGateway.onNext(RelayMessage.newBuilder().setFrame(AirMessages.voice(frame)).build());
            } catch (RuntimeException e) {
                LOG.debugf("uplink frame %d not relayed: %s", frame.sequence(), e.getMessage());
            }
        }

        @Override
        public void complete() {
            end(null);
        }

        @Override
        public void notFound(String description) {
            end(Status.NOT_FOUND.withDescription(description));
        }

        @Override
        public void rejectInvalid(String field, String rule) {
            end(Status.INVALID_ARGUMENT.withDescription(field + ": " + rule));
        }

        @Override
        public void abort(String description) {
            end(Status.UNAVAILABLE.withDescription(description));
        }

        private void end(Status status) {
            if (ended) {
                return;
            }
            ended = true;
            try {
                if (status == null) {
                    toGateway.onCompleted();
                } else {
                    toGateway.onError(status.asRuntimeException());
                }
            } catch (RuntimeException e) {
                LOG.debugf("ending an ended relay stream: %s", e.getMessage());
            }
        }
    }
}
