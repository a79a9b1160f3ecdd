package io.multicell.base.grpc;

import io.grpc.Channel;
import io.grpc.ManagedChannel;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.multicell.base.call.CallEvent;
import io.multicell.base.link.AirCounters;
import io.multicell.base.link.BaseIdentity;
import io.multicell.base.link.ControlStream;
import io.multicell.base.link.DectManagerConnector;
import io.multicell.base.link.StreamListener;
import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.Ipui;
import io.multicell.proto.manager.v1.BaseStationCommand;
import io.multicell.proto.manager.v1.BaseStationLinkGrpc;
import io.multicell.proto.manager.v1.BaseStationReport;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** BaseStationLink.Connect over the gRPC client "dect-manager" (quarkus.grpc.clients.dect-manager.host/port). */
@ApplicationScoped
public class GrpcDectManagerConnector implements DectManagerConnector {

    private static final Logger LOG = Logger.getLogger(GrpcDectManagerConnector.class);

    private final Channel channel;
    private final String host;
    private final int port;

    GrpcDectManagerConnector(
            @GrpcClient("dect-manager") Channel channel,
            @ConfigProperty(name = "quarkus.grpc.clients.dect-manager.host", defaultValue = "127.0.0.1") String host,
            @ConfigProperty(name = "quarkus.grpc.clients.dect-manager.port", defaultValue = "9081") int port) {
        this.channel = channel;
        this.host = host;
        this.port = port;
    }

    @Override
    public ControlStream open(BaseIdentity identity, StreamListener listener) {
        // The channel has a connect backoff of its own (up to two minutes) during which new calls fail at once;
        // the link has its own, shorter backoff, so every attempt must really dial.
        if (channel instanceof ManagedChannel managed) {
            managed.resetConnectBackoff();
        }
        var responses = new Responses(listener);
        var requests = (ClientCallStreamObserver<BaseStationReport>) BaseStationLinkGrpc.newStub(channel)
                .connect(responses);
        requests.onNext(LinkMessages.hello(identity, localAddress()));
        return new GrpcControlStream(requests);
    }

    @Override
    public String target() {
        return host + ":" + port;
    }

    /** The address of this host on the route to the DM: what the DM sees as the base's IP address. */
    String localAddress() {
        // A connected UDP socket sends nothing; it only asks the kernel which source address it would use.
        try (var probe = new DatagramSocket()) {
            probe.connect(new InetSocketAddress(InetAddress.getByName(host), port));
            InetAddress local = probe.getLocalAddress();
            if (local != null && !local.isAnyLocalAddress()) {
                return local.getHostAddress();
            }
        } catch (IOException | RuntimeException e) {
            LOG.debugf("no route to %s to learn the local address: %s", host, e.getMessage());
        }
        return InetAddress.getLoopbackAddress().getHostAddress();
    }

    /** Commands of one stream, mapped to the domain. */
    private static final class Responses implements ClientResponseObserver<BaseStationReport, BaseStationCommand> {

        private final StreamListener listener;

        Responses(StreamListener listener) {
            this.listener = listener;
        }

        @Override
        public void beforeStart(ClientCallStreamObserver<BaseStationReport> requestStream) {
            // nothing to configure: automatic flow control is fine for a few commands a minute
        }

        @Override
        public void onNext(BaseStationCommand command) {
            try {
                LinkMessages.command(command).ifPresentOrElse(listener::onCommand,
                        () -> LOG.warnf("ignoring a command this base does not know: %s", command));
            } catch (InvalidValueException e) {
                LOG.warnf("ignoring an invalid command from the DM (%s): %s", e.getMessage(), command);
            }
        }

        @Override
        public void onError(Throwable error) {
            listener.onClosed(error);
        }

        @Override
        public void onCompleted() {
            listener.onClosed(null);
        }
    }

    /** The request half of one Connect call. */
    private static final class GrpcControlStream implements ControlStream {

        private final ClientCallStreamObserver<BaseStationReport> requests;

        GrpcControlStream(ClientCallStreamObserver<BaseStationReport> requests) {
            this.requests = requests;
        }

        @Override
        public void heartbeat(long sequence, AirCounters counters) {
            try {
                requests.onNext(LinkMessages.heartbeat(sequence, counters));
            } catch (RuntimeException e) {
                // The call is already over; its close event is on its way to the link.
                LOG.debugf("heartbeat %d not sent: %s", sequence, e.getMessage());
            }
        }

        @Override
        public void callEvent(CallEvent event) {
            try {
                requests.onNext(LinkMessages.callEvent(event));
            } catch (RuntimeException e) {
                LOG.debugf("call event of %s not reported: %s", event.callId(), e.getMessage());
            }
        }

        @Override
        public void attachedHandsets(Set<Ipui> ipuis) {
            try {
                requests.onNext(LinkMessages.attachedHandsets(ipuis));
            } catch (RuntimeException e) {
                LOG.debugf("attached handsets not reported: %s", e.getMessage());
            }
        }

        @Override
        public void close() {
            try {
                requests.cancel("base station closes its control stream", null);
            } catch (RuntimeException e) {
                LOG.debugf("closing an ended stream: %s", e.getMessage());
            }
        }
    }
}
