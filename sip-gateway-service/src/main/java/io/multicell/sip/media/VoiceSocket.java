package io.multicell.sip.media;

import io.multicell.core.voice.VoiceSocketBuffers;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import com.google.protobuf.InvalidProtocolBufferException;

import io.multicell.proto.media.v1.Direction;
import io.multicell.proto.media.v1.VoiceDatagram;
import io.multicell.sip.stack.TosNetworkLayer;

/**
 * The gateway's one UDP voice socket towards the bases: downlink {@link VoiceDatagram}s leave from it, and the bases
 * send every call's uplink to it (the address in {@code RelayOpen.uplink_address}).
 *
 * <p>One daemon thread receives; an uplink datagram goes, on that thread, to the {@link MediaAnchor} routed for its
 * frame's call id (no hand-off: the anchor only deduplicates and re-packetises, then sends RTP). A datagram that does
 * not parse, is not uplink, or names no call of this gateway is dropped and counted.
 */
public final class VoiceSocket implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(VoiceSocket.class);
    // A frame is 160 bytes of audio plus the call id and a few tags; anything that needs more is not ours.
    private static final int MAX_DATAGRAM = 2048;

    private final DatagramSocket socket;
    private final Map<String, MediaAnchor> anchors = new ConcurrentHashMap<>();
    private final AtomicLong unparsable = new AtomicLong();
    private final AtomicLong unroutable = new AtomicLong();
    private final Thread receiver;
    private volatile int dscp = -1;
    private volatile boolean closed;

    private VoiceSocket(DatagramSocket socket) {
        this.socket = socket;
        receiver = new Thread(this::receive, "voice-" + socket.getLocalPort());
        receiver.setDaemon(true);
    }

    /**
     * Binds the voice socket on {@code bindAddress} ({@code port} 0: an ephemeral port) and starts receiving.
     *
     * @throws IOException when the port is taken
     */
    public static VoiceSocket bind(InetAddress bindAddress, int port) throws IOException {
        var socket = new DatagramSocket(new InetSocketAddress(bindAddress, port));
        int buffer = VoiceSocketBuffers.enlarge(socket);
        var voice = new VoiceSocket(socket);
        voice.receiver.start();
        LOG.infof("voice socket on %s:%d, receive buffer %d bytes", bindAddress.getHostAddress(), voice.port(), buffer);
        if (VoiceSocketBuffers.cappedAt(buffer)) {
            LOG.warnf("voice socket: receive buffer only %d bytes (asked %d): frames may be lost under load; raise "
                    + "net.core.rmem_max", buffer, VoiceSocketBuffers.RECEIVE_BUFFER_BYTES);
        }
        return voice;
    }

    /** The local UDP port. */
    public int port() {
        return socket.getLocalPort();
    }

    /**
     * "host:port" where a base at {@code baseHost} sends uplink datagrams: the bound address, or when that is a
     * wildcard, the local address the system routes towards the base.
     */
    public String uplinkAddressFor(String baseHost) throws IOException {
        InetAddress local = socket.getLocalAddress();
        if (local.isAnyLocalAddress()) {
            try (var probe = new DatagramSocket()) {
                probe.connect(InetAddress.getByName(baseHost), port());
                local = probe.getLocalAddress();
            }
        }
        String host = local.getHostAddress();
        return (local instanceof Inet6Address ? "[" + host + "]" : host) + ":" + port();
    }

    /** Marks the datagrams sent from now on with the RTP DiffServ code point (0..63) of the VoIP settings. */
    public void markWith(int rtpDscp) {
        if (rtpDscp == dscp) {
            return;
        }
        try {
            socket.setTrafficClass(TosNetworkLayer.trafficClassOf(rtpDscp));
            dscp = rtpDscp;
        } catch (SocketException e) {
            LOG.debugf("voice ToS %d not applied: %s", rtpDscp, e.getMessage());
        }
    }

    /** The call's uplink goes to {@code anchor} from now on. */
    public void route(String callId, MediaAnchor anchor) {
        anchors.put(callId, anchor);
    }

    /** The call's uplink no longer goes to {@code anchor} (a later anchor of the same call id keeps its route). */
    public void unroute(String callId, MediaAnchor anchor) {
        anchors.remove(callId, anchor);
    }

    /** Sends one datagram; a failure is logged at debug (a voice frame is not retried). */
    public void send(byte[] datagram, SocketAddress target) {
        try {
            socket.send(new DatagramPacket(datagram, datagram.length, target));
        } catch (IOException e) {
            if (!closed) {
                LOG.debugf("voice datagram to %s not sent: %s", target, e.getMessage());
            }
        }
    }

    /** Datagrams dropped because they did not parse as a VoiceDatagram. */
    public long unparsable() {
        return unparsable.get();
    }

    /** Datagrams dropped because they were not uplink or named no call of the gateway. */
    public long unroutable() {
        return unroutable.get();
    }

    private void receive() {
        var buffer = new byte[MAX_DATAGRAM];
        var packet = new DatagramPacket(buffer, buffer.length);
        while (!closed) {
            try {
                packet.setLength(buffer.length);
                socket.receive(packet);
            } catch (IOException e) {
                if (!closed) {
                    LOG.warnf("voice socket receive failed, no more uplink: %s", e.getMessage());
                }
                return;
            }
            VoiceDatagram datagram;
            try {
                datagram = VoiceDatagram.parser().parseFrom(buffer, 0, packet.getLength());
            } catch (InvalidProtocolBufferException e) {
                unparsable.incrementAndGet();
                LOG.debugf("voice datagram from %s dropped: %s", packet.getSocketAddress(), e.getMessage());
                continue;
            }
            var anchor = datagram.getDirection() == Direction.UPLINK ? anchors.get(datagram.getFrame().getCallId()) : null;
            if (anchor == null) {
                unroutable.incrementAndGet();
                LOG.debugf("voice datagram from %s dropped: %s for call '%s'", packet.getSocketAddress(), datagram.getDirection(),
                        datagram.getFrame().getCallId());
                continue;
            }
            try {
                anchor.uplink(datagram.getFrame());
            } catch (RuntimeException e) {
                // One call's trouble must not stop every call's uplink.
                LOG.warnf(e, "call %s: uplink frame failed", datagram.getFrame().getCallId());
            }
        }
    }

    /** Stops receiving and closes the socket. */
    @Override
    public void close() {
        closed = true;
        socket.close();
        anchors.clear();
    }
}
