package io.multicell.core.voice;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;

/**
 * The UDP socket that takes the voice of every call of a process (the gateway's, a base's, the simulator's): bound
 * with a large receive buffer ({@link VoiceSocketBuffers}), one daemon thread receiving and handing each datagram to
 * the owner on that thread itself (no hand-off per 20 ms frame). What a datagram means is the owner's business.
 */
public final class VoiceDatagramSocket implements AutoCloseable {

    /** What the owner does with one datagram, on the receiver thread; the buffer is reused for the next one. */
    @FunctionalInterface
    public interface Receiver {
        void datagram(byte[] buffer, int length, InetSocketAddress from) throws IOException;
    }

    private static final System.Logger LOG = System.getLogger(VoiceDatagramSocket.class.getName());
    /** A 20 ms G.711 frame with its header is about 200 bytes; a voice datagram is never near this. */
    private static final int MAX_DATAGRAM = 2048;

    private final DatagramSocket socket;
    private Thread receiver;
    private volatile boolean closed;

    private VoiceDatagramSocket(DatagramSocket socket) {
        this.socket = socket;
    }

    /**
     * Binds the socket ({@code port} 0: any free port) and asks for the large receive buffer, warning when the system
     * grants less.
     */
    public static VoiceDatagramSocket bind(InetSocketAddress local) throws SocketException {
        var socket = new DatagramSocket(local);
        int buffer = VoiceSocketBuffers.enlarge(socket);
        if (VoiceSocketBuffers.cappedAt(buffer)) {
            LOG.log(System.Logger.Level.WARNING, "voice socket {0}: receive buffer only {1} bytes (asked {2}): frames may"
                    + " be lost under load; raise net.core.rmem_max", socket.getLocalSocketAddress(), buffer,
                    VoiceSocketBuffers.RECEIVE_BUFFER_BYTES);
        }
        return new VoiceDatagramSocket(socket);
    }

    /** Starts the receiver thread; a datagram the owner fails on is lost alone, the voice of the other calls goes on. */
    public synchronized void start(String threadName, Receiver owner) {
        if (receiver != null) {
            throw new IllegalStateException("voice socket already receiving");
        }
        receiver = new Thread(() -> receive(owner), threadName);
        receiver.setDaemon(true);
        receiver.start();
    }

    /** The socket, to send from and to learn its address and port. */
    public DatagramSocket socket() {
        return socket;
    }

    public int port() {
        return socket.getLocalPort();
    }

    public boolean isClosed() {
        return closed;
    }

    private void receive(Receiver owner) {
        var buffer = new byte[MAX_DATAGRAM];
        var packet = new DatagramPacket(buffer, buffer.length);
        while (!closed) {
            try {
                packet.setLength(buffer.length);
                socket.receive(packet);
            } catch (SocketException e) {
                if (!closed) {
                    LOG.log(System.Logger.Level.WARNING, "voice socket {0} failed, no more voice received: {1}",
                            socket.getLocalSocketAddress(), e.getMessage());
                }
                return;
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "voice datagram not received: {0}", e.getMessage());
                continue;
            }
            try {
                owner.datagram(buffer, packet.getLength(), (InetSocketAddress) packet.getSocketAddress());
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "voice datagram from {0} not handled: {1}", packet.getSocketAddress(), e);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        socket.close();
        Thread thread;
        synchronized (this) {
            thread = receiver;
        }
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
