package io.multicell.sip.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.multicell.proto.media.v1.RelayAccepted;
import io.multicell.proto.media.v1.RelayMessage;
import io.multicell.proto.media.v1.RelayOpen;
import io.multicell.proto.media.v1.VoiceDatagram;
import io.multicell.proto.media.v1.VoiceRelayGrpc;

/**
 * A base's voice relay on 127.0.0.1: the VoiceRelay gRPC service and its UDP voice socket. It records the legs opened
 * and every downlink datagram; it answers RelayAccepted only when the test says so ({@link #accept()}), as a base
 * that is still setting up the bearer.
 */
final class FakeBase implements AutoCloseable {

    final List<RelayOpen> opens = new CopyOnWriteArrayList<>();
    final BlockingQueue<VoiceDatagram> downlink = new LinkedBlockingQueue<>();
    private final List<StreamObserver<RelayMessage>> legs = new CopyOnWriteArrayList<>();
    private final DatagramSocket voice;
    private final Server server;

    FakeBase() throws IOException {
        voice = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0)).addService(new Relay()).build().start();
        var listener = new Thread(this::listen, "fake-base-" + voice.getLocalPort());
        listener.setDaemon(true);
        listener.start();
    }

    String endpoint() {
        return "127.0.0.1:" + server.getPort();
    }

    /** The base feeds the bearer of every leg opened so far. */
    void accept() {
        for (var leg : legs) {
            leg.onNext(RelayMessage.newBuilder().setAccepted(RelayAccepted.newBuilder().setVoicePort(voice.getLocalPort())).build());
        }
    }

    /** Sends a datagram from the base's voice socket to a "host:port". */
    void send(byte[] datagram, String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        try {
            voice.send(new DatagramPacket(datagram, datagram.length,
                    new InetSocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    VoiceDatagram nextDownlink() throws InterruptedException {
        return downlink.poll(2, TimeUnit.SECONDS);
    }

    private void listen() {
        var buffer = new byte[2048];
        var packet = new DatagramPacket(buffer, buffer.length);
        while (!voice.isClosed()) {
            try {
                packet.setLength(buffer.length);
                voice.receive(packet);
                downlink.add(VoiceDatagram.parser().parseFrom(buffer, 0, packet.getLength()));
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow();
        server.awaitTermination(2, TimeUnit.SECONDS);
        voice.close();
    }

    private final class Relay extends VoiceRelayGrpc.VoiceRelayImplBase {

        @Override
        public StreamObserver<RelayMessage> relay(StreamObserver<RelayMessage> toGateway) {
            return new StreamObserver<>() {
                @Override
                public void onNext(RelayMessage message) {
                    if (message.hasOpen()) {
                        opens.add(message.getOpen());
                        legs.add(toGateway);
                    }
                }

                @Override
                public void onError(Throwable t) {
                    legs.remove(toGateway);
                }

                @Override
                public void onCompleted() {
                    legs.remove(toGateway);
                    toGateway.onCompleted();
                }
            };
        }
    }
}
