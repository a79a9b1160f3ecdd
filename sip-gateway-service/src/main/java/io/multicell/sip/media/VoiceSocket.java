package io.multicell.sip.media;

import io.multicell.core.voice.VoiceDatagramSocket;
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

    private final VoiceDatagramSocket voice;
    private final DatagramSocket socket;
    private final Map<String, MediaAnchor> anchors = new ConcurrentHashMap<>();
    private final AtomicLong unparsable = new AtomicLong();
    private final AtomicLong unroutable = new AtomicLong();
    private volatile int dscp = -1;

    private VoiceSocket(VoiceDatagramSocket voice) {
        this.voice = voice;
        this.socket = voice.socket();
    }

    /**
     * Binds the voice socket on {@code bindAddress} ({@code port} 0: an ephemeral port) and starts receiving.
     *
     * @throws IOException when the port is taken
     */
    public static VoiceSocket bind(InetAddress bindAddress, int port) throws IOException {
        var voice = new VoiceSocket(VoiceDatagramSocket.bind(new InetSocketAddress(bindAddress, port)));
        voice.voice.start("voice-" + voice.port(), voice::uplink);
        LOG.infof("voice socket on %s:%d, receive buffer %d bytes", bindAddress.getHostAddress(), voice.port(),
                voice.socket.getReceiveBufferSize());
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
            if (!voice.isClosed()) {
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

    private void uplink(byte[] buffer, int length, InetSocketAddress from) {
        VoiceDatagram datagram;
        try {
            datagram = VoiceDatagram.parser().parseFrom(buffer, 0, length);
        } catch (InvalidProtocolBufferException e) {
            unparsable.incrementAndGet();
            LOG.debugf("voice datagram from %s dropped: %s", from, e.getMessage());
            return;
        }
        var anchor = datagram.getDirection() == Direction.UPLINK ? anchors.get(datagram.getFrame().getCallId()) : null;
        if (anchor == null) {
            unroutable.incrementAndGet();
            LOG.debugf("voice datagram from %s dropped: %s for call '%s'", from, datagram.getDirection(),
                    datagram.getFrame().getCallId());
            return;
        }
        try {
            anchor.uplink(datagram.getFrame());
        } catch (RuntimeException e) {
            // One call's trouble must not stop every call's uplink.
            LOG.warnf(e, "call %s: uplink frame failed", datagram.getFrame().getCallId());
        }
    }

    /** Stops receiving and closes the socket. */
    @Override
    public void close() {
        voice.close();
        anchors.clear();
    }
}
