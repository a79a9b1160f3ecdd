package io.multicell.simulator.grpc;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.multicell.proto.air.v1.AirInterfaceGrpc;
import io.multicell.proto.air.v1.HandsetDownlink;
import io.multicell.proto.air.v1.HandsetUplink;
import io.multicell.simulator.air.AirConnector;
import io.multicell.simulator.air.AirListener;
import io.multicell.simulator.air.AirStream;
import io.multicell.simulator.air.Uplink;
import io.multicell.simulator.voice.VoiceSocket;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * AirInterface.Connect to the bases' air endpoints (host:port from the DM's list): one channel per base, shared by
 * every handset locked to it, one stream per handset. The streams carry the control; each stream's voice goes as UDP
 * datagrams through the simulator's one {@link VoiceSocket}.
 */
@ApplicationScoped
public class GrpcAirConnector implements AirConnector {

    private static final Logger LOG = Logger.getLogger(GrpcAirConnector.class);

    private final Map<String, ManagedChannel> channels = new ConcurrentHashMap<>();
    private final VoiceSocket voice;

    public GrpcAirConnector(VoiceSocket voice) {
        this.voice = voice;
    }

    @Override
    public AirStream open(String airEndpoint, AirListener listener) {
        var channel = channels.computeIfAbsent(airEndpoint, endpoint -> NettyChannelBuilder.forTarget(endpoint)
                .usePlaintext()
                .build());
        // A base that restarted must be dialled again at once, not after the channel's own backoff.
        channel.resetConnectBackoff();
        var streamVoice = new StreamVoice(voice, airEndpoint, listener);
        try {
            var responses = new Responses(listener, streamVoice);
            var requests = (ClientCallStreamObserver<HandsetUplink>) AirInterfaceGrpc.newStub(channel)
                    .connect(responses);
            return new GrpcAirStream(requests, streamVoice);
        } catch (RuntimeException e) {
            streamVoice.release();
            throw e;
        }
    }

    void onShutdown(@Observes ShutdownEvent event) {
        close();
    }

    /** Ends every stream and channel (the voice socket is closed by its owner). */
    public void close() {
        channels.values().forEach(ManagedChannel::shutdownNow);
        for (ManagedChannel channel : channels.values()) {
            try {
                channel.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Downlinks of one stream, mapped to the domain. */
    private static final class Responses implements ClientResponseObserver<HandsetUplink, HandsetDownlink> {

        private final AirListener listener;
        private final StreamVoice voice;

        Responses(AirListener listener, StreamVoice voice) {
            this.listener = listener;
            this.voice = voice;
        }

        @Override
        public void beforeStart(ClientCallStreamObserver<HandsetUplink> requestStream) {
            // automatic flow control: a handset exchanges a handful of messages per procedure
        }

        @Override
        public void onNext(HandsetDownlink message) {
            if (message.hasVoicePath()) {
                voice.pathAnnounced(message.getVoicePath().getPort());
                return;
            }
            AirMessages.downlink(message).ifPresentOrElse(listener::onDownlink,
                    () -> LOG.debugf("ignoring a downlink this handset does not know: %s", message));
        }

        @Override
        public void onError(Throwable error) {
            voice.release();
            var status = Status.fromThrowable(error);
            listener.onEnded(status.getCode() + (status.getDescription() == null ? "" : ": " + status.getDescription()));
        }

        @Override
        public void onCompleted() {
            voice.release();
            listener.onEnded("completed by the base");
        }
    }

    /** The request half of one Connect call and its uplink voice; used only from the engine thread. */
    private static final class GrpcAirStream implements AirStream {

        private final ClientCallStreamObserver<HandsetUplink> requests;
        private final StreamVoice voice;
        private boolean closed;

        GrpcAirStream(ClientCallStreamObserver<HandsetUplink> requests, StreamVoice voice) {
            this.requests = requests;
            this.voice = voice;
        }

        @Override
        public void send(Uplink message) {
            if (closed) {
                return;
            }
            if (message instanceof Uplink.VoiceFrame frame) {
                voice.send(frame);
                return;
            }
            try {
                requests.onNext(message instanceof Uplink.Lock lock
                        ? AirMessages.lock(lock, voice.address(), voice.token())
                        : AirMessages.uplink(message));
            } catch (RuntimeException e) {
                // The call is over; its end event is on its way to the engine.
                LOG.debugf("uplink %s not sent: %s", message.getClass().getSimpleName(), e.getMessage());
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            voice.release();
            try {
                requests.cancel("handset leaves the base", null);
            } catch (RuntimeException e) {
                LOG.debugf("closing an ended air stream: %s", e.getMessage());
            }
        }
    }
}
