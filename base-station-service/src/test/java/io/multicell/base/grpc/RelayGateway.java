package io.multicell.base.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.StreamObserver;
import io.multicell.proto.media.v1.RelayMessage;
import io.multicell.proto.media.v1.RelayOpen;
import io.multicell.proto.media.v1.VoiceFrame;
import io.multicell.proto.media.v1.VoiceRelayGrpc;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The SIP gateway's end of one VoiceRelay stream to the base: a real grpc-java client on the base's gRPC port. */
final class RelayGateway implements AutoCloseable {

    private static final long WAIT_SECONDS = 30;

    private final ManagedChannel channel;
    private final StreamObserver<RelayMessage> toBase;
    private final BlockingQueue<VoiceFrame> received = new LinkedBlockingQueue<>();
    /** OK when the base completed the stream, its error status otherwise; null while open. */
    volatile Status ended;

    RelayGateway(int airPort) {
        channel = NettyChannelBuilder.forAddress("127.0.0.1", airPort).usePlaintext().build();
        toBase = VoiceRelayGrpc.newStub(channel).relay(new StreamObserver<>() {
            @Override
            public void onNext(RelayMessage message) {
                received.add(message.getFrame());
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
        toBase.onNext(RelayMessage.newBuilder().setOpen(RelayOpen.newBuilder().setCallId(callId).setIpui(ipui)).build());
        return this;
    }

    void send(VoiceFrame frame) {
        toBase.onNext(RelayMessage.newBuilder().setFrame(frame).build());
    }

    /** The next uplink frame, failing the test when none comes. */
    VoiceFrame next() {
        try {
            VoiceFrame frame = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(frame).as("an uplink frame within " + WAIT_SECONDS + " s").isNotNull();
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        try {
            toBase.onCompleted();
        } catch (RuntimeException alreadyEnded) {
            // the base ended the stream first
        }
        channel.shutdownNow();
    }
}
