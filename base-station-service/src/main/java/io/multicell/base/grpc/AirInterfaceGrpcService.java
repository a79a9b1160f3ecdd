package io.multicell.base.grpc;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.multicell.base.air.Downlink;
import io.multicell.base.air.HandsetConnection;
import io.multicell.base.air.HandsetSessions;
import io.multicell.base.air.HandsetStreamListener;
import io.multicell.base.voice.VoiceSocket;
import io.multicell.core.InvalidValueException;
import io.multicell.proto.air.v1.AirInterfaceGrpc;
import io.multicell.proto.air.v1.HandsetDownlink;
import io.multicell.proto.air.v1.HandsetUplink;
import io.multicell.proto.air.v1.VoicePath;
import io.quarkus.grpc.GrpcService;
import org.jboss.logging.Logger;

/**
 * AirInterface.Connect on the base's gRPC port: one stream per handset locked here, handed to {@link HandsetSessions}.
 * A Lock is answered at once with VoicePath: the port of the base's {@link VoiceSocket}, where the handset sends its
 * uplink voice.
 */
@GrpcService
public class AirInterfaceGrpcService extends AirInterfaceGrpc.AirInterfaceImplBase {

    private static final Logger LOG = Logger.getLogger(AirInterfaceGrpcService.class);

    private final HandsetSessions sessions;
    private final VoiceSocket voice;

    AirInterfaceGrpcService(HandsetSessions sessions, VoiceSocket voice) {
        this.sessions = sessions;
        this.voice = voice;
    }

    @Override
    public StreamObserver<HandsetUplink> connect(StreamObserver<HandsetDownlink> downlink) {
        var connection = new GrpcHandsetConnection(downlink);
        HandsetStreamListener listener = sessions.open(connection);
        return new StreamObserver<>() {
            @Override
            public void onNext(HandsetUplink wire) {
                if (wire.hasLock()) {
                    connection.sendWire(HandsetDownlink.newBuilder()
                            .setVoicePath(VoicePath.newBuilder().setPort(voice.port())).build());
                }
                try {
                    listener.onUplink(AirMessages.uplink(wire));
                } catch (InvalidValueException e) {
                    listener.onInvalid(e.field(), e.rule());
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

    /**
     * The response half of one Connect call: the air thread's messages, and the VoicePath the transport answers a Lock
     * with (synchronized: a stream observer takes one message at a time).
     */
    private static final class GrpcHandsetConnection implements HandsetConnection {

        private final StreamObserver<HandsetDownlink> downlink;
        private boolean ended;

        GrpcHandsetConnection(StreamObserver<HandsetDownlink> downlink) {
            this.downlink = downlink;
        }

        @Override
        public void send(Downlink message) {
            sendWire(AirMessages.downlink(message));
        }

        synchronized void sendWire(HandsetDownlink message) {
            if (ended) {
                return;
            }
            try {
                downlink.onNext(message);
            } catch (RuntimeException e) {
                // The handset already went; its end event is on its way to the sessions.
                LOG.debugf("downlink %s not sent: %s", message.getMessageCase(), e.getMessage());
            }
        }

        @Override
        public void complete() {
            end(null);
        }

        @Override
        public void rejectInvalid(String field, String rule) {
            end(Status.INVALID_ARGUMENT.withDescription(field + ": " + rule));
        }

        @Override
        public void rejectOutOfOrder(String description) {
            end(Status.FAILED_PRECONDITION.withDescription(description));
        }

        @Override
        public void abort(String description) {
            end(Status.UNAVAILABLE.withDescription(description));
        }

        private synchronized void end(Status status) {
            if (ended) {
                return;
            }
            ended = true;
            try {
                if (status == null) {
                    downlink.onCompleted();
                } else {
                    downlink.onError(status.asRuntimeException());
                }
            } catch (RuntimeException e) {
                LOG.debugf("ending an ended air stream: %s", e.getMessage());
            }
        }
    }
}
