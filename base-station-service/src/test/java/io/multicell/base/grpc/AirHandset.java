package io.multicell.base.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.StreamObserver;
import io.multicell.core.access.AuthenticationKeys;
import io.multicell.core.access.Pin;
import io.multicell.core.identity.Ipui;
import io.multicell.proto.air.v1.AccessRightsRequest;
import io.multicell.proto.air.v1.AirInterfaceGrpc;
import io.multicell.proto.air.v1.ChallengeResponse;
import io.multicell.proto.air.v1.HandsetDownlink;
import io.multicell.proto.air.v1.HandsetUplink;
import io.multicell.proto.air.v1.LocationRequest;
import io.multicell.proto.air.v1.LocationResult;
import io.multicell.proto.air.v1.Lock;
import io.multicell.proto.air.v1.PageResponse;
import io.multicell.proto.media.v1.Direction;
import io.multicell.proto.media.v1.VoiceFrame;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A handset on the air as far as the base can tell: a real AirInterface client (grpc-java) on the base's gRPC port and
 * a UDP voice socket. The VoicePath answering the Lock is kept apart from the other downlinks.
 */
final class AirHandset implements AutoCloseable {

    private static final long WAIT_SECONDS = 30;

    final Ipui ipui;
    private final ManagedChannel channel;
    private final StreamObserver<HandsetUplink> uplink;
    private final BlockingQueue<HandsetDownlink> received = new LinkedBlockingQueue<>();
    final VoiceEnd voice = new VoiceEnd();
    /** This stream's key in the downlink datagrams. */
    final long voiceToken = 1000 + (long) (Math.random() * 1_000_000);
    /** The base's voice port from VoicePath; 0 before it came. */
    volatile int basePort;
    /** How many downlinks came before VoicePath (it must be the first). */
    volatile int beforeVoicePath;
    /** OK when the base completed the stream, its error status otherwise; null while open. */
    volatile Status ended;

    AirHandset(int airPort, String ipui) {
        this.ipui = new Ipui(ipui);
        this.channel = NettyChannelBuilder.forAddress("127.0.0.1", airPort).usePlaintext().build();
        this.uplink = AirInterfaceGrpc.newStub(channel).connect(new StreamObserver<>() {
            @Override
            public void onNext(HandsetDownlink message) {
                if (message.hasVoicePath()) {
                    basePort = message.getVoicePath().getPort();
                } else {
                    if (basePort == 0) {
                        beforeVoicePath++;
                    }
                    received.add(message);
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

    AirHandset lock() {
        return send(HandsetUplink.newBuilder().setLock(Lock.newBuilder().setIpui(ipui.value()).setRssiDbm(-58.5)
                .setModel("S700H PRO").setFirmware("114.00").setVoiceAddress(voice.address()).setVoiceToken(voiceToken))
                .build());
    }

    /** Opens this stream as the bearer of {@code callId} (after IncomingCall/CallProgress/HandoverCommand). */
    AirHandset lockBearer(String callId) {
        return send(HandsetUplink.newBuilder().setLock(Lock.newBuilder().setIpui(ipui.value()).setRssiDbm(-52.0)
                .setModel("S700H PRO").setFirmware("114.00").setCallId(callId).setVoiceAddress(voice.address())
                .setVoiceToken(voiceToken)).build());
    }

    /** Uplink voice: a datagram to the base's voice socket (after VoicePath). */
    AirHandset sendFrame(VoiceFrame frame) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(WAIT_SECONDS)).until(() -> basePort > 0);
        voice.send(basePort, Direction.UPLINK, frame);
        return this;
    }

    /** The next downlink voice frame, checking the base addressed it to this stream. */
    VoiceFrame nextFrame() {
        var datagram = voice.next();
        assertThat(datagram.getDirection()).isEqualTo(Direction.DOWNLINK);
        assertThat(datagram.getToken()).as("the stream's voice token").isEqualTo(voiceToken);
        return datagram.getFrame();
    }

    /** The next downlink signal (voice does not come on the stream). */
    HandsetDownlink nextSignal() {
        return next();
    }

    /** The stream breaks (handset out of range): no half-close, the connection is gone. */
    void breakStream() {
        channel.shutdownNow();
    }

    AirHandset send(HandsetUplink message) {
        uplink.onNext(message);
        return this;
    }

    /** The next downlink, failing the test when none comes. */
    HandsetDownlink next() {
        try {
            HandsetDownlink message = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(message).as("a downlink within " + WAIT_SECONDS + " s").isNotNull();
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Registration with {@code pin}: answers the challenge and returns the outcome, with the derived UAK. */
    Registration register(String pin) {
        send(HandsetUplink.newBuilder().setAccessRightsRequest(AccessRightsRequest.newBuilder().setIpui(ipui.value())).build());
        HandsetDownlink first = next();
        if (first.hasAccessRightsResult()) {
            return new Registration(first.getAccessRightsResult().getAccepted(), first.getAccessRightsResult().getReason(), null);
        }
        var challenge = first.getRegistrationChallenge();
        byte[] uak = AuthenticationKeys.deriveUak(Pin.parse(pin), challenge.getRs().toByteArray(), ipui);
        respond(challenge.getTransactionId(), AuthenticationKeys.response(uak, challenge.getRand().toByteArray(), ipui));
        var result = next().getAccessRightsResult();
        return new Registration(result.getAccepted(), result.getReason(), uak);
    }

    /** Location registration proving {@code uak}; returns the base's result. */
    LocationResult attach(byte[] uak) {
        send(HandsetUplink.newBuilder().setLocationRequest(LocationRequest.newBuilder().setIpui(ipui.value())).build());
        HandsetDownlink first = next();
        if (first.hasLocationResult()) {
            return first.getLocationResult();
        }
        var challenge = first.getAuthenticationChallenge();
        respond(challenge.getTransactionId(), AuthenticationKeys.response(uak, challenge.getRand().toByteArray(), ipui));
        return next().getLocationResult();
    }

    void respond(String transactionId, byte[] res) {
        send(HandsetUplink.newBuilder().setChallengeResponse(ChallengeResponse.newBuilder()
                .setTransactionId(transactionId).setRes(ByteString.copyFrom(res))).build());
    }

    void answerPage(String pageId) {
        send(HandsetUplink.newBuilder().setPageResponse(PageResponse.newBuilder().setPageId(pageId)).build());
    }

    /** The handset leaves the base (roams away, switched off). */
    @Override
    public void close() {
        try {
            uplink.onCompleted();
        } catch (RuntimeException alreadyEnded) {
            // the base ended the stream first
        }
        channel.shutdownNow();
        voice.close();
    }

    /** Outcome of a registration; {@code uak} is what the handset derived (null when refused before a challenge). */
    record Registration(boolean accepted, String reason, byte[] uak) {
    }
}
