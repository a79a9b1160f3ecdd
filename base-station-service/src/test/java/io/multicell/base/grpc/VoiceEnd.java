package io.multicell.base.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.multicell.proto.media.v1.Direction;
import io.multicell.proto.media.v1.VoiceDatagram;
import io.multicell.proto.media.v1.VoiceFrame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A peer's UDP voice socket on loopback (a handset's or the gateway's): what arrives, and what it sends the base. */
final class VoiceEnd implements AutoCloseable {

    private static final long WAIT_SECONDS = 30;

    private final DatagramSocket socket;
    private final BlockingQueue<VoiceDatagram> received = new LinkedBlockingQueue<>();
    private final Thread receiver;

    VoiceEnd() {
        try {
            socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
        receiver = new Thread(this::receive, "test-voice-" + socket.getLocalPort());
        receiver.setDaemon(true);
        receiver.start();
    }

    /** "host:port" as the peer names it on the wire (Lock.voice_address, RelayOpen.uplink_address). */
    String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    void send(int basePort, Direction direction, VoiceFrame frame) {
        sendRaw(basePort, VoiceDatagram.newBuilder().setDirection(direction).setFrame(frame).build().toByteArray());
    }

    void sendRaw(int basePort, byte[] bytes) {
        try {
            socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), basePort));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next datagram, failing the test when none comes. */
    VoiceDatagram next() {
        try {
            VoiceDatagram datagram = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(datagram).as("a voice datagram within " + WAIT_SECONDS + " s").isNotNull();
            return datagram;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A datagram arriving within {@code millis}, or null. */
    VoiceDatagram poll(long millis) throws InterruptedException {
        return received.poll(millis, TimeUnit.MILLISECONDS);
    }

    private void receive() {
        var buffer = new byte[2048];
        var packet = new DatagramPacket(buffer, buffer.length);
        while (!socket.isClosed()) {
            try {
                packet.setLength(buffer.length);
                socket.receive(packet);
                received.add(VoiceDatagram.parser().parseFrom(buffer, 0, packet.getLength()));
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
