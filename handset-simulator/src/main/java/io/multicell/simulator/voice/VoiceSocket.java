package io.multicell.simulator.voice;

import io.multicell.core.voice.VoiceDatagramSocket;
import com.google.protobuf.InvalidProtocolBufferException;
import io.multicell.proto.media.v1.Direction;
import io.multicell.proto.media.v1.VoiceDatagram;
import io.multicell.proto.media.v1.VoiceFrame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The simulator's one UDP voice socket, shared by every air stream: downlink VoiceDatagrams are routed by the token the
 * stream put into its Lock; uplink frames leave from here to the base a stream names.
 */
public final class VoiceSocket implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(VoiceSocket.class);

    private final VoiceDatagramSocket voice;
    private final DatagramSocket socket;
    private final String address;
    /** Token → the stream's downlink: written by the streams' opening and ending, read by the receiver thread. */
    private final Map<Long, Consumer<VoiceFrame>> streams = new ConcurrentHashMap<>();
    private final AtomicLong lastToken = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    private VoiceSocket(VoiceDatagramSocket voice) {
        this.voice = voice;
        this.socket = voice.socket();
        this.address = hostAndPort(socket.getLocalAddress(), socket.getLocalPort());
        voice.start("voice-receiver", this::route);
    }

    /**
     * Binds the socket and starts its receiver.
     *
     * @param host an address the bases can send to: it is announced to them in every Lock, so not the wildcard
     * @param port 0 for an ephemeral port
     */
    public static VoiceSocket bind(String host, int port) {
        try {
            var local = new InetSocketAddress(InetAddress.getByName(host), port);
            if (local.getAddress().isAnyLocalAddress()) {
                throw new IllegalArgumentException("voice host " + host
                        + " is the wildcard address; the bases need an address they can send the downlink to");
            }
            return new VoiceSocket(VoiceDatagramSocket.bind(local));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the voice socket on " + host + ":" + port, e);
        }
    }

    /** "host:port" of the socket, as a Lock announces it (voice_address). */
    public String address() {
        return address;
    }

    /**
     * Routes downlink datagrams carrying the returned token to {@code downlink} (on the receiver thread) until
     * {@link #release}.
     *
     * @return a token unique on this socket, never 0 (0 is the token of datagrams between gateway and base)
     */
    public long register(Consumer<VoiceFrame> downlink) {
        long token = lastToken.incrementAndGet();
        streams.put(token, downlink);
        return token;
    }

    /** The stream ended: its datagrams are dropped from now on. Releasing twice is harmless. */
    public void release(long token) {
        streams.remove(token);
    }

    /** Sends one uplink frame to a base's voice socket; a failure loses that frame only, as on the radio. */
    public void sendUplink(InetSocketAddress base, VoiceFrame frame) {
        byte[] bytes = VoiceDatagram.newBuilder().setDirection(Direction.UPLINK).setFrame(frame).build().toByteArray();
        try {
            socket.send(new DatagramPacket(bytes, bytes.length, base));
        } catch (IOException e) {
            LOG.debugf("uplink frame %d of call %s to %s not sent: %s", frame.getSequence(), frame.getCallId(), base,
                    e.getMessage());
        }
    }

    /** Datagrams received that did not parse, were not downlink, or named no open stream. */
    public long dropped() {
        return dropped.get();
    }

    @Override
    public void close() {
        voice.close();
    }

    private void route(byte[] buffer, int length, SocketAddress from) {
        VoiceDatagram datagram;
        try {
            datagram = VoiceDatagram.parser().parseFrom(buffer, 0, length);
        } catch (InvalidProtocolBufferException e) {
            drop(from, "does not parse");
            return;
        }
        if (datagram.getDirection() != Direction.DOWNLINK || !datagram.hasFrame()) {
            drop(from, "is not a downlink frame");
            return;
        }
        var downlink = streams.get(datagram.getToken());
        if (downlink == null) {
            drop(from, "names no open stream (token " + datagram.getToken() + ")");
            return;
        }
        downlink.accept(datagram.getFrame());
    }

    private void drop(SocketAddress from, String why) {
        dropped.incrementAndGet();
        LOG.debugf("dropping a voice datagram from %s: it %s", from, why);
    }

    /** IPv6 literals in brackets, so that the port stays separable. */
    static String hostAndPort(InetAddress host, int port) {
        String literal = host.getHostAddress();
        return (literal.contains(":") ? "[" + literal + "]" : literal) + ":" + port;
    }
}
