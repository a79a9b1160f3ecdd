package io.multicell.sip.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.protobuf.ByteString;

import io.multicell.proto.media.v1.Codec;
import io.multicell.proto.media.v1.Direction;
import io.multicell.proto.media.v1.VoiceDatagram;
import io.multicell.proto.media.v1.VoiceFrame;

/**
 * The gateway's voice towards the bases as UDP datagrams, with the real {@link GrpcRelayConnector}, {@link VoiceSocket}
 * and {@link MediaAnchor} against fake bases (gRPC + UDP on 127.0.0.1) and a fake PBX (an RTP socket).
 */
class VoiceOverUdpTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final Duration WITHIN = Duration.ofSeconds(2);

    private VoiceSocket voice;
    private GrpcRelayConnector connector;
    private final Deque<AutoCloseable> closing = new ArrayDeque<>();
    private final List<String> mediaOnBearer = new CopyOnWriteArrayList<>();

    @BeforeEach
    void gateway() throws IOException {
        voice = VoiceSocket.bind(LOOPBACK, 0);
        connector = new GrpcRelayConnector(voice);
    }

    @AfterEach
    void close() throws Exception {
        for (var resource : closing) { // last opened first
            resource.close();
        }
        connector.close();
        voice.close();
    }

    @Test
    void aLegGetsNoFrameBeforeTheBaseAcceptsItThenTheLatestAtOnce() throws Exception {
        var base = closed(new FakeBase());
        var pbx = closed(new FakePbx());
        var anchor = call("call-1", pbx);
        anchor.addLeg("base-1", base.endpoint(), false);
        await().atMost(WITHIN).until(() -> base.opens.size() == 1);
        assertThat(base.opens.get(0).getUplinkAddress()).as("the gateway's voice socket").isEqualTo("127.0.0.1:" + voice.port());

        for (int i = 0; i < 5; i++) {
            pbx.sendAudio(anchor, i);
        }
        await().during(Duration.ofMillis(300)).atMost(WITHIN).until(() -> base.downlink.isEmpty());

        base.accept();
        var first = base.nextDownlink();
        assertThat(first).as("the latest frame, without waiting for the PBX's next packet").isNotNull();
        assertThat(first.getDirection()).isEqualTo(Direction.DOWNLINK);
        assertThat(first.getToken()).isZero();
        assertThat(first.getFrame().getCallId()).isEqualTo("call-1");
        assertThat(first.getFrame().getSequence()).isEqualTo(4);
        assertThat(index(first.getFrame())).isEqualTo(4);

        pbx.sendAudio(anchor, 5);
        assertThat(base.nextDownlink().getFrame().getSequence()).isEqualTo(5);
    }

    @Test
    void aSecondLegAcceptedLaterGetsTheLatestFrameAtOnceAndMediaOnBearerIsReportedThen() throws Exception {
        var oldBase = closed(new FakeBase());
        var newBase = closed(new FakeBase());
        var pbx = closed(new FakePbx());
        var anchor = call("call-2", pbx);
        anchor.addLeg("old", oldBase.endpoint(), false);
        await().atMost(WITHIN).until(() -> oldBase.opens.size() == 1);
        oldBase.accept();
        // The old base's answer comes on its own time: the PBX talks until the old leg carries frames.
        await().atMost(WITHIN).until(() -> {
            pbx.sendAudio(anchor, 0);
            return oldBase.downlink.poll() != null;
        });

        anchor.addLeg("new", newBase.endpoint(), true);
        await().atMost(WITHIN).until(() -> newBase.opens.size() == 1);
        pbx.sendAudio(anchor, 100);
        var latest = nextWithIndex(oldBase, 100);
        assertThat(newBase.downlink).as("not accepted yet").isEmpty();
        assertThat(mediaOnBearer).as("frames went out while the new base was not feeding the bearer").isEmpty();

        newBase.accept();
        await().atMost(WITHIN).until(() -> !mediaOnBearer.isEmpty());
        assertThat(mediaOnBearer).containsExactly("call-2@new");
        var first = newBase.nextDownlink();
        assertThat(first.getFrame().getSequence()).as("the frame the old base got last, no new RTP needed")
                .isEqualTo(latest.getFrame().getSequence());
        assertThat(index(first.getFrame())).isEqualTo(100);

        pbx.sendAudio(anchor, 101);
        assertThat(newBase.nextDownlink().getFrame().getSequence()).isEqualTo(latest.getFrame().getSequence() + 1);
        assertThat(nextWithIndex(oldBase, 101).getFrame().getSequence()).isEqualTo(latest.getFrame().getSequence() + 1);
        assertThat(mediaOnBearer).as("once per leg").hasSize(1);
    }

    @Test
    void garbageAndDatagramsForNoCallOfTheGatewayAreDroppedAndTheCallsUplinkGoesOn() throws Exception {
        var base = closed(new FakeBase());
        var pbx = closed(new FakePbx());
        call("call-3", pbx);
        String gateway = "127.0.0.1:" + voice.port();

        base.send(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, 0x01}, gateway);
        base.send(uplink("no-such-call", 1), gateway);
        base.send(VoiceDatagram.newBuilder().setDirection(Direction.DOWNLINK).setFrame(frame("call-3", 2)).build().toByteArray(), gateway);
        base.send(uplink("call-3", 3), gateway);

        var rtp = pbx.receive().orElseThrow();
        assertThat(ByteBuffer.wrap(rtp.payload()).getInt(0)).as("the call's own uplink frame, the only one").isEqualTo(3);
        assertThat(voice.unparsable()).isEqualTo(1);
        assertThat(voice.unroutable()).as("an unknown call, and a downlink datagram sent to the gateway").isEqualTo(2);
    }

    @Test
    void theVoiceSocketsUplinkReachesTheAnchorOfItsCallOnly() throws Exception {
        var base = closed(new FakeBase());
        var pbxA = closed(new FakePbx());
        var pbxB = closed(new FakePbx());
        var a = call("call-a", pbxA);
        call("call-b", pbxB);
        String gateway = "127.0.0.1:" + voice.port();

        base.send(uplink("call-b", 7), gateway);
        base.send(uplink("call-a", 8), gateway);
        assertThat(ByteBuffer.wrap(pbxA.receive().orElseThrow().payload()).getInt(0)).isEqualTo(8);
        assertThat(ByteBuffer.wrap(pbxB.receive().orElseThrow().payload()).getInt(0)).isEqualTo(7);
        assertThat(pbxA.receive()).as("call b's frame did not go to call a's PBX").isEmpty();

        a.close();
        base.send(uplink("call-a", 9), gateway);
        await().atMost(WITHIN).until(() -> voice.unroutable() == 1);
        base.send(uplink("call-b", 10), gateway);
        assertThat(ByteBuffer.wrap(pbxB.receive().orElseThrow().payload()).getInt(0)).isEqualTo(10);
    }

    /** The base's next downlink frame carrying the index (the ones before it are passed over). */
    private static VoiceDatagram nextWithIndex(FakeBase base, int index) throws InterruptedException {
        for (var datagram = base.nextDownlink(); datagram != null; datagram = base.nextDownlink()) {
            if (index(datagram.getFrame()) == index) {
                return datagram;
            }
        }
        throw new AssertionError("no downlink frame " + index);
    }

    private MediaAnchor call(String callId, FakePbx pbx) throws IOException {
        var anchor = closed(MediaAnchor.bind(callId, "0279A7C1D2", LOOPBACK, 46, connector,
                (call, baseMac) -> mediaOnBearer.add(call + "@" + baseMac)));
        anchor.start(pbx.address(), new NegotiatedCodec(VoiceCodec.PCMA, 8), DtmfTransmission.AUDIO);
        return anchor;
    }

    private <T extends AutoCloseable> T closed(T resource) {
        closing.addFirst(resource);
        return resource;
    }

    private static byte[] uplink(String callId, int index) {
        return VoiceDatagram.newBuilder().setDirection(Direction.UPLINK).setFrame(frame(callId, index)).build().toByteArray();
    }

    private static VoiceFrame frame(String callId, int index) {
        return VoiceFrame.newBuilder().setCallId(callId).setSequence(index).setCodec(Codec.PCMA).setDtmfEvent(-1)
                .setPayload(ByteString.copyFrom(audio(index))).build();
    }

    /** 20 ms of A-law whose first four bytes carry the index. */
    private static byte[] audio(int index) {
        var payload = ByteBuffer.allocate(160).putInt(index);
        while (payload.hasRemaining()) {
            payload.put((byte) 0x55);
        }
        return payload.array();
    }

    private static int index(VoiceFrame frame) {
        return frame.getPayload().asReadOnlyByteBuffer().getInt(0);
    }

    /** The PBX's end of the RTP: sends 20 ms PCMA packets to an anchor, receives what the anchor sends. */
    private static final class FakePbx implements AutoCloseable {

        private final DatagramSocket socket = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
        private int sequence;

        FakePbx() throws IOException {
            socket.setSoTimeout(500);
        }

        InetSocketAddress address() {
            return new InetSocketAddress(LOOPBACK, socket.getLocalPort());
        }

        void sendAudio(MediaAnchor anchor, int index) throws IOException {
            byte[] packet = new RtpPacket(8, false, sequence, sequence * 160L, 1234, audio(index)).toBytes();
            sequence++;
            socket.send(new DatagramPacket(packet, packet.length, new InetSocketAddress(LOOPBACK, anchor.port())));
        }

        Optional<RtpPacket> receive() throws IOException {
            var buffer = new byte[2048];
            var packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (SocketTimeoutException e) {
                return Optional.empty();
            }
            return RtpPacket.parse(buffer, packet.getLength());
        }

        @Override
        public void close() {
            socket.close();
        }
    }
}
