package io.multicell.base.grpc;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.multicell.base.air.HandsetSessions;
import io.multicell.base.air.RelayConnection;
import io.multicell.base.air.RelayStreamListener;
import io.multicell.base.voice.VoiceAddress;
import io.multicell.base.voice.VoiceSocket;
import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.Ipui;
import io.multicell.proto.media.v1.RelayAccepted;
import io.multicell.proto.media.v1.RelayMessage;
import io.multicell.proto.media.v1.VoiceRelayGrpc;
import io.quarkus.grpc.GrpcService;
import org.jboss.logging.Logger;

/**
 * VoiceRelay.Relay on the base's gRPC port (next to AirInterface): the control of one relay leg of the SIP gateway
 * (open, accepted, the end). The leg's voice goes by the {@link VoiceSocket}.
 */
@GrpcService
public class VoiceRelayGrpcService extends VoiceRelayGrpc.VoiceRelayImplBase {

    private static final Logger LOG = Logger.getLogger(VoiceRelayGrpcService.class);

    private final HandsetSessions sessions;
    private final VoiceSocket voice;

    VoiceRelayGrpcService(HandsetSessions sessions, VoiceSocket voice) {
        this.sessions = sessions;
        this.voice = voice;
    }

    @Override
    public StreamObserver<RelayMessage> relay(StreamObserver<RelayMessage> toGateway) {
        RelayStreamListener listener = sessions.openRelay(new GrpcRelayConnection(toGateway, voice.port()));
        return new StreamObserver<>() {
            @Override
            public void onNext(RelayMessage message) {
                switch (message.getMessageCase()) {
                    case OPEN -> open(listener, message);
                    case ACCEPTED -> listener.onInvalid("accepted", "is sent by the base, not to it");
                    case MESSAGE_NOT_SET -> listener.onInvalid("message", "must be open");
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
        Ipui ipui;
        try {
            ipui = Ipui.parse(open.getIpui());
        } catch (InvalidValueException e) {
            listener.onInvalid("open.ipui", e.rule());
            return;
        }
        try {
            listener.onOpen(open.getCallId(), ipui, VoiceAddress.parse("open.uplink_address", open.getUplinkAddress()));
        } catch (InvalidValueException e) {
            listener.onInvalid(e.field(), e.rule());
        }
    }

    /** The response half of one Relay call; used only from the air thread. */
    private static final class GrpcRelayConnection implements RelayConnection {

        private final StreamObserver<RelayMessage> toGateway;
        private final int voicePort;
        private boolean ended;

        GrpcRelayConnection(StreamObserver<RelayMessage> toGateway, int voicePort) {
            this.toGateway = toGateway;
            this.voicePort = voicePort;
        }

        @Override
        public void accepted() {
            if (ended) {
                return;
            }
            try {
                toGateway.onNext(RelayMessage.newBuilder().setAccepted(RelayAccepted.newBuilder().setVoicePort(voicePort))
                        .build());
            } catch (RuntimeException e) {
                LOG.debugf("relay accepted not sent: %s", e.getMessage());
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
