package io.multicell.base.voice;

import com.google.protobuf.InvalidProtocolBufferException;
import io.multicell.core.voice.VoiceDatagramSocket;
import io.multicell.proto.media.v1.Direction;
import io.multicell.proto.media.v1.VoiceDatagram;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The base's one UDP voice socket: downlink VoiceDatagrams from the gateway's relay legs go on to the handset whose
 * stream carries the call (with that stream's token), uplink datagrams from the handset go on to every relay leg.
 * Forwarded on the receiver thread itself: no hand-off, no gRPC message per 20 ms frame. A datagram that does not
 * parse, names a call without a bearer here, or comes from a socket that is not the call's gateway leg (downlink) or
 * handset (uplink) is dropped and counted: nobody else can speak into a call.
 */
public final class VoiceSocket implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(VoiceSocket.class);

    private final VoiceDatagramSocket socket;
    private final VoiceRoutes routes;
    private final AtomicLong downlinkFrames = new AtomicLong();
    private final AtomicLong uplinkFrames = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    private VoiceSocket(VoiceDatagramSocket socket, VoiceRoutes routes) {
        this.socket = socket;
        this.routes = routes;
    }

    /**
     * Binds the socket ({@code port} 0: any free port) and starts forwarding.
     *
     * @throws IllegalStateException naming the address when it cannot be bound
     */
    public static VoiceSocket open(InetSocketAddress bind, VoiceRoutes routes) {
        try {
            var voice = new VoiceSocket(VoiceDatagramSocket.bind(bind), routes);
            voice.socket.start("voice-" + voice.port(), voice::forward);
            LOG.infof("voice socket on UDP %s, receive buffer %d bytes", voice.socket.socket().getLocalSocketAddress(),
                    voice.socket.socket().getReceiveBufferSize());
            return voice;
        } catch (SocketException e) {
            throw new IllegalStateException("voice socket: cannot bind UDP " + bind + ": " + e.getMessage(), e);
        }
    }

    /** The UDP port the peers send voice to (VoicePath, RelayAccepted). */
    public int port() {
        return socket.port();
    }

    /** Downlink frames handed on to handsets since the start. */
    public long downlinkFrames() {
        return downlinkFrames.get();
    }

    /** Uplink frames handed on to gateway legs since the start (one per leg). */
    public long uplinkFrames() {
        return uplinkFrames.get();
    }

    /** Datagrams dropped: unreadable, no bearer here, not from the call's own peer. */
    public long dropped() {
        return dropped.get();
    }

    private void forward(byte[] buffer, int length, InetSocketAddress source) throws IOException {
        VoiceDatagram datagram;
        try {
            datagram = VoiceDatagram.parser().parseFrom(buffer, 0, length);
        } catch (InvalidProtocolBufferException e) {
            drop("unreadable", source);
            return;
        }
        VoiceRoute route = routes.of(datagram.getFrame().getCallId());
        if (route == null) {
            drop("no bearer of call " + datagram.getFrame().getCallId() + " here", source);
            return;
        }
        if (datagram.getDirection() == Direction.DOWNLINK && route.fromGateway(source)) {
            VoiceTarget handset = route.handset();
            if (handset == null) {
                drop("bearer not arrived yet", source);
                return;
            }
            byte[] out = datagram.toBuilder().setToken(handset.token()).build().toByteArray();
            socket.socket().send(new DatagramPacket(out, out.length, handset.address()));
            downlinkFrames.incrementAndGet();
        } else if (datagram.getDirection() == Direction.UPLINK && route.fromHandset(source)) {
            List<InetSocketAddress> gateways = route.gateways();
            for (int i = 0; i < gateways.size(); i++) {
                socket.socket().send(new DatagramPacket(buffer, 0, length, gateways.get(i)));
                uplinkFrames.incrementAndGet();
            }
        } else {
            drop(datagram.getDirection() + " from " + source + ", not a peer of the call", source);
        }
    }

    private void drop(String why, InetSocketAddress source) {
        dropped.incrementAndGet();
        LOG.debugf("voice datagram from %s dropped: %s", source, why);
    }

    @Override
    public void close() {
        socket.close();
    }
}
