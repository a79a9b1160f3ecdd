package io.multicell.sip.media;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.multicell.proto.media.v1.RelayAccepted;
import io.multicell.proto.media.v1.RelayMessage;
import io.multicell.proto.media.v1.RelayOpen;
import io.multicell.proto.media.v1.VoiceRelayGrpc;

/**
 * Relay legs over gRPC for the control and the gateway's {@link VoiceSocket} for the voice: one plaintext channel per
 * base endpoint (kept for later calls), one Relay stream per leg; downlink datagrams go to the host of the relay
 * endpoint at the voice port the base accepted the leg with.
 */
public final class GrpcRelayConnector implements RelayConnector, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(GrpcRelayConnector.class);

    private final VoiceSocket voice;
    private final Map<String, ManagedChannel> channels = new ConcurrentHashMap<>();

    public GrpcRelayConnector(VoiceSocket voice) {
        this.voice = voice;
    }

    @Override
    public RelayLeg open(String relayEndpoint, RelayOpen open, RelayLeg.Listener listener) {
        var channel = channels.computeIfAbsent(relayEndpoint, endpoint -> NettyChannelBuilder.forTarget(endpoint).usePlaintext().build());
        String host = hostOf(relayEndpoint);
        var withUplink = open.toBuilder();
        try {
            withUplink.setUplinkAddress(voice.uplinkAddressFor(host));
        } catch (IOException e) {
            // The stream cannot reach that host either: it fails and ends the leg.
            LOG.debugf("no local address towards %s: %s", host, e.getMessage());
        }
        var leg = new GrpcRelayLeg(relayEndpoint, host, voice, listener);
        var requests = (ClientCallStreamObserver<RelayMessage>) VoiceRelayGrpc.newStub(channel).relay(leg);
        leg.start(requests, withUplink.build());
        return leg;
    }

    @Override
    public void attach(String callId, MediaAnchor anchor, int rtpDscp) {
        voice.markWith(rtpDscp);
        voice.route(callId, anchor);
    }

    @Override
    public void detach(String callId, MediaAnchor anchor) {
        voice.unroute(callId, anchor);
    }

    /** The host of "host:port" or "[v6]:port". */
    static String hostOf(String endpoint) {
        int colon = endpoint.lastIndexOf(':');
        String host = colon < 0 ? endpoint : endpoint.substring(0, colon);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
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

    /** One Relay stream and where its downlink goes once the base accepted it. */
    private static final class GrpcRelayLeg implements RelayLeg, ClientResponseObserver<RelayMessage, RelayMessage> {

        private final String endpoint;
        private final String host;
        private final VoiceSocket voice;
        private final RelayLeg.Listener listener;
        private final AtomicBoolean endReported = new AtomicBoolean();
        private ClientCallStreamObserver<RelayMessage> requests;
        private volatile boolean ended;
        /** The base's voice socket; null until RelayAccepted. */
        private volatile InetSocketAddress downlinkTarget;

        GrpcRelayLeg(String endpoint, String host, VoiceSocket voice, RelayLeg.Listener listener) {
            this.endpoint = endpoint;
            this.host = host;
            this.voice = voice;
            this.listener = listener;
        }

        synchronized void start(ClientCallStreamObserver<RelayMessage> stream, RelayOpen open) {
            requests = stream;
            if (!ended) {
                stream.onNext(RelayMessage.newBuilder().setOpen(open).build());
            }
        }

        @Override
        public void send(byte[] datagram) {
            var target = downlinkTarget;
            if (target != null && !ended) {
                voice.send(datagram, target);
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
            // automatic flow control: a few control messages per leg
        }

        @Override
        public void onNext(RelayMessage message) {
            if (message.hasAccepted()) {
                accepted(message.getAccepted());
            }
        }

        private void accepted(RelayAccepted accepted) {
            int port = accepted.getVoicePort();
            if (port < 1 || port > 65535) {
                close();
                reportEnd("base at " + endpoint + " accepted the relay without a usable voice port (" + port + ")");
                return;
            }
            var target = new InetSocketAddress(host, port);
            if (target.isUnresolved()) {
                close();
                reportEnd("base host " + host + " does not resolve");
                return;
            }
            downlinkTarget = target;
            listener.accepted();
        }

        @Override
        public void onError(Throwable error) {
            ended = true;
            reportEnd("relay stream to " + endpoint + " broke: " + error.getMessage());
        }

        @Override
        public void onCompleted() {
            synchronized (this) {
                if (!ended) {
                    ended = true;
                    requests.onCompleted();
                }
            }
            reportEnd("base at " + endpoint + " ended the relay stream");
        }

        private void reportEnd(String why) {
            if (endReported.compareAndSet(false, true)) {
                listener.ended(why);
            }
        }
    }
}
