package io.multicell.sip.media;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.multicell.proto.media.v1.RelayMessage;
import io.multicell.proto.media.v1.RelayOpen;
import io.multicell.proto.media.v1.VoiceFrame;
import io.multicell.proto.media.v1.VoiceRelayGrpc;

/**
 * Relay legs over gRPC: one plaintext channel per base endpoint (kept for later calls), one Relay stream per leg.
 */
public final class GrpcRelayConnector implements RelayConnector, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(GrpcRelayConnector.class);

    private final Map<String, ManagedChannel> channels = new ConcurrentHashMap<>();

    @Override
    public RelayLeg open(String relayEndpoint, RelayOpen open, RelayLeg.Uplink uplink) {
        var channel = channels.computeIfAbsent(relayEndpoint, endpoint -> NettyChannelBuilder.forTarget(endpoint).usePlaintext().build());
        var leg = new GrpcRelayLeg(relayEndpoint, uplink);
        var requests = (ClientCallStreamObserver<RelayMessage>) VoiceRelayGrpc.newStub(channel).relay(leg);
        leg.start(requests, open);
        return leg;
    }

    @Override
    public void close() {
        channels.values().forEach(ManagedChannel::shutdownNow);
        for (var channel : channels.values()) {
            try {
                channel.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        channels.clear();
    }

    /** One Relay stream. */
    private static final class GrpcRelayLeg implements RelayLeg, ClientResponseObserver<RelayMessage, RelayMessage> {

        private final String endpoint;
        private final RelayLeg.Uplink uplink;
        private ClientCallStreamObserver<RelayMessage> requests;
        private boolean ended;

        GrpcRelayLeg(String endpoint, RelayLeg.Uplink uplink) {
            this.endpoint = endpoint;
            this.uplink = uplink;
        }

        synchronized void start(ClientCallStreamObserver<RelayMessage> stream, RelayOpen open) {
            requests = stream;
            if (!ended) {
                stream.onNext(RelayMessage.newBuilder().setOpen(open).build());
            }
        }

        @Override
        public synchronized void send(VoiceFrame frame) {
            if (ended || requests == null) {
                return;
            }
            try {
                requests.onNext(RelayMessage.newBuilder().setFrame(frame).build());
            } catch (RuntimeException e) {
                LOG.debugf("frame to %s not sent: %s", endpoint, e.getMessage());
            }
        }

        @Override
        public synchronized void close() {
            if (ended) {
                return;
            }
            ended = true;
            if (requests != null) {
                try {
                    requests.onCompleted();
                } catch (RuntimeException e) {
                    LOG.debugf("closing an ended relay stream to %s: %s", endpoint, e.getMessage());
                }
            }
        }

        @Override
        public void beforeStart(ClientCallStreamObserver<RelayMessage> requestStream) {
            // automatic flow control: 50 frames a second per leg
        }

        @Override
        public void onNext(RelayMessage message) {
            if (message.hasFrame()) {
                uplink.frame(message.getFrame());
            }
        }

        @Override
        public void onError(Throwable error) {
            synchronized (this) {
                ended = true;
            }
            uplink.ended("relay stream to " + endpoint + " broke: " + error.getMessage());
        }

        @Override
        public void onCompleted() {
            synchronized (this) {
                if (!ended) {
                    ended = true;
                    requests.onCompleted();
                }
            }
            uplink.ended("base at " + endpoint + " ended the relay stream");
        }
    }
}
