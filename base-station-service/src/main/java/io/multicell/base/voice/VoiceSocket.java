package io.multicell.base.voice;

import com.google.protobuf.InvalidProtocolBufferException;
import io.multicell.core.voice.VoiceSocketBuffers;
import io.multicell.proto.media.v1.Direction;
import io.multicell.proto.media.v1.VoiceDatagram;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
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
    /** A 20 ms G.711 frame with its header is about 200 bytes; a datagram is never near this. */
    private static final int MAX_DATAGRAM = 2048;

    private final DatagramSocket socket;
    private final VoiceRoutes routes;
    private final Thread receiver;
    private final AtomicLong downlinkFrames = new AtomicLong();
    private final AtomicLong uplinkFrames = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean closed;

    private VoiceSocket(DatagramSocket socket, VoiceRoutes routes) {
        this.socket = socket;
        this.routes = routes;
        this.receiver = new Thread(this::receive, "voice-" + socket.getLocalPort());
        receiver.setDaemon(true);
    }

    /**
     * Binds the socket ({@code port} 0: any free port) and starts forwarding.
     *
     * @throws IllegalStateException naming the address when it cannot be bound
     */
    public static VoiceSocket open(InetSocketAddress bind, VoiceRoutes routes) {
        try {
            var socket = new DatagramSocket(bind);
            int buffer = VoiceSocketBuffers.enlarge(socket);
            var voice = new VoiceSocket(socket, routes);
            voice.receiver.start();
            LOG.infof("voice socket on UDP %s, receive buffer %d bytes", socket.getLocalSocketAddress(), buffer);
            if (VoiceSocketBuffers.cappedAt(buffer)) {
                LOG.warnf("voice socket: receive buffer only %d bytes (asked %d): frames may be lost under load; raise "
                        + "net.core.rmem_max", buffer, VoiceSocketBuffers.RECEIVE_BUFFER_BYTES);
            }
            return voice;
        } catch (SocketException e) {
            throw new IllegalStateException("voice socket: cannot bind UDP " + bind + ": " + e.getMessage(), e);
        }
    }

    /** The UDP port the peers send voice to (VoicePath, RelayAccepted). */
    public int port() {
        return socket.getLocalPort();
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

    private void receive() {
        var buffer = new byte[MAX_DATAGRAM];
        var packet = new DatagramPacket(buffer, buffer.length);
        while (!closed) {
            try {
                packet.setLength(buffer.length);
                socket.receive(packet);
                forward(packet);
            } catch (IOException e) {
                if (!closed) {
                    LOG.warnf("voice socket: receive failed: %s", e.getMessage());
                }
            } catch (RuntimeException e) {
                // One bad datagram must not stop the voice of every call.
                dropped.incrementAndGet();
                LOG.debugf(e, "voice datagram dropped");
            }
        }
    }

    private void forward(DatagramPacket packet) throws IOException {
        VoiceDatagram datagram;
        try {
            datagram = VoiceDatagram.parser().parseFrom(packet.getData(), packet.getOffset(), packet.getLength());
        } catch (InvalidProtocolBufferException e) {
            drop("unreadable", packet);
            return;
        }
        VoiceRoute route = routes.of(datagram.getFrame().getCallId());
        if (route == null) {
            drop("no bearer of call " + datagram.getFrame().getCallId() + " here", packet);
            return;
        }
        var source = (InetSocketAddress) packet.getSocketAddress();
        if (datagram.getDirection() == Direction.DOWNLINK && route.fromGateway(source)) {
            VoiceTarget handset = route.handset();
            if (handset == null) {
                drop("bearer not arrived yet", packet);
                return;
            }
            byte[] out = datagram.toBuilder().setToken(handset.token()).build().toByteArray();
            socket.send(new DatagramPacket(out, out.length, handset.address()));
            downlinkFrames.incrementAndGet();
        } else if (datagram.getDirection() == Direction.UPLINK && route.fromHandset(source)) {
            List<InetSocketAddress> gateways = route.gateways();
            for (int i = 0; i < gateways.size(); i++) {
                socket.send(new DatagramPacket(packet.getData(), packet.getOffset(), packet.getLength(), gateways.get(i)));
                uplinkFrames.incrementAndGet();
            }
        } else {
            drop(datagram.getDirection() + " from " + source + ", not a peer of the call", packet);
        }
    }

    private void drop(String why, DatagramPacket packet) {
        dropped.incrementAndGet();
        LOG.debugf("voice datagram from %s dropped: %s", packet.getSocketAddress(), why);
    }

    @Override
    public void close() {
        closed = true;
        socket.close();
        try {
            receiver.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
