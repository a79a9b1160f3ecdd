package io.multicell.base.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.StreamObserver;
import io.multicell.proto.media.v1.Direction;
import io.multicell.proto.media.v1.RelayMessage;
import io.multicell.proto.media.v1.RelayOpen;
import io.multicell.proto.media.v1.VoiceFrame;
import io.multicell.proto.media.v1.VoiceRelayGrpc;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The SIP gateway's end of one VoiceRelay leg to the base: a real grpc-java client on the base's gRPC port for the
 * control, a UDP voice socket for the frames.
 */
final class RelayGateway implements AutoCloseable {

    private static final long WAIT_SECONDS = 30;

    private final ManagedChannel channel;
    private final StreamObserver<RelayMessage> toBase;
    final VoiceEnd voice = new VoiceEnd();
    /** The base's voice port from RelayAccepted; 0 before. */
    volatile int basePort;
    /** OK when the base completed the stream, its error status otherwise; null while open. */
    volatile Status ended;

    RelayGateway(int airPort) {
        channel = NettyChannelBuilder.forAddress("127.0.0.1", airPort).usePlaintext().build();
        toBase = VoiceRelayGrpc.newStub(channel).relay(new StreamObserver<>() {
            @Override
            public void onNext(RelayMessage message) {
                if (message.hasAccepted()) {
                    basePort = message.getAccepted().getVoicePort();
                }
            }

            @Override
            public void onError(Throwable error) {
                ended = Status.fromThrowable(error);
            }

            @Override
            public void onCompleted() {
                ended = Status.OK;
            }
        });
    }

    RelayGateway open(String callId, String ipui) {
        return open(RelayOpen.newBuilder().setCallId(callId).setIpui(ipui).setUplinkAddress(voice.address()).build());
    }

    RelayGateway open(RelayOpen open) {
        toBase.onNext(RelayMessage.newBuilder().setOpen(open).build());
        return this;
    }

    /** Downlink voice: a datagram to the base's voice socket, once the base accepted the leg. */
    void send(VoiceFrame frame) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(WAIT_SECONDS)).until(() -> basePort > 0);
        voice.send(basePort, Direction.DOWNLINK, frame);
    }

    /** The next uplink frame, failing the test when none comes. */
    VoiceFrame next() {
        var datagram = voice.next();
        assertThat(datagram.getDirection()).isEqualTo(Direction.UPLINK);
        return datagram.getFrame();
    }

    @Override
    public void close() {
        try {
            toBase.onCompleted();
        } catch (RuntimeException alreadyEnded) {
            // the base ended the stream first
        }
        channel.shutdownNow();
        voice.close();
    }
}
