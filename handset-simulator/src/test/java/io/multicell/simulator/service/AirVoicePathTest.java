package io.multicell.simulator.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.ByteString;
import io.multicell.core.identity.Ipui;
import io.multicell.proto.media.v1.Direction;
import io.multicell.proto.media.v1.VoiceDatagram;
import io.multicell.proto.media.v1.VoiceFrame;
import io.multicell.simulator.air.AirListener;
import io.multicell.simulator.air.AirStream;
import io.multicell.simulator.air.Codec;
import io.multicell.simulator.air.Downlink;
import io.multicell.simulator.air.Uplink;
import io.multicell.simulator.grpc.GrpcAirConnector;
import io.multicell.simulator.voice.VoiceSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The voice of the air streams as UDP datagrams: the simulator's transport (GrpcAirConnector, VoiceSocket) against a
 * base with a real AirInterface server and voice socket, without the engine.
 */
class AirVoicePathTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);
    private static final String X = "00C0FFEE21";
    private static final String Y = "00C0FFEE22";

    private FakeBase base;
    private VoiceSocket voice;
    private GrpcAirConnector air;

    @BeforeEach
    void baseAndTransport() {
        base = new FakeBase("7C:2F:80:00:00:21", 0, 0, new FakeBase.Subscriptions());
        voice = VoiceSocket.bind("127.0.0.1", 0);
        air = new GrpcAirConnector(voice);
    }

    @AfterEach
    void close() {
        air.close();
        voice.close();
        base.close();
    }

    /** What one stream delivered to its handset. */
    private static final class Handset implements AirListener {
        final List<Downlink> downlinks = new CopyOnWriteArrayList<>();

        @Override
        public void onDownlink(Downlink message) {
            downlinks.add(message);
        }

        @Override
        public void onEnded(String reason) {
        }

        List<String> voice() {
            return downlinks.stream().filter(Downlink.VoiceFrame.class::isInstance).map(Downlink.VoiceFrame.class::cast)
                    .map(f -> f.callId() + "/" + f.sequence()).toList();
        }
    }

    private AirStream locked(String ipui, Handset handset) {
        var stream = air.open(base.airEndpoint(), handset);
        stream.send(new Uplink.Lock(new Ipui(ipui), -50, "S700H PRO", "114.00"));
        await().atMost(WITHIN).until(() -> base.lockOf(ipui) != null);
        return stream;
    }

    private static byte[] downlink(long token, String callId, long sequence) {
        return VoiceDatagram.newBuilder().setDirection(Direction.DOWNLINK).setToken(token).setFrame(frame(callId, sequence))
                .build().toByteArray();
    }

    private static VoiceFrame frame(String callId, long sequence) {
        return VoiceFrame.newBuilder().setCallId(callId).setSequence(sequence)
                .setCodec(io.multicell.proto.media.v1.Codec.PCMA).setPayload(ByteString.copyFrom(new byte[160]))
                .setDtmfEvent(-1).build();
    }

    @Test
    void theLockNamesTheVoiceSocketAndATokenOfItsOwnPerStream() {
        locked(X, new Handset());
        locked(Y, new Handset());

        assertThat(base.lockOf(X).getVoiceAddress()).isEqualTo(voice.address()).startsWith("127.0.0.1:")
                .doesNotEndWith(":0");
        assertThat(base.lockOf(X).getVoiceToken()).isNotZero();
        assertThat(base.lockOf(Y).getVoiceToken()).isNotZero().isNotEqualTo(base.lockOf(X).getVoiceToken());
    }

    @Test
    void uplinkVoiceBeforeVoicePathIsDroppedAndAfterItArrivesOverUdpAtTheBase() {
        var received = new CopyOnWriteArrayList<VoiceFrame>();
        base.voice = (b, frame) -> received.add(frame);
        base.announcesVoicePath = false;
        var handset = new Handset();
        var stream = locked(X, handset);

        stream.send(new Uplink.VoiceFrame("call-x", 0, Codec.PCMA, new byte[160]));
        base.announceVoicePath(X);
        long[] next = {1};
        // The path reaches the transport on a gRPC thread: frames sent until then are lost like frame 0.
        await().atMost(WITHIN).until(() -> {
            stream.send(new Uplink.VoiceFrame("call-x", next[0]++, Codec.PCMA, new byte[160]));
            return !received.isEmpty();
        });
        stream.send(new Uplink.VoiceFrame("call-x", 1L << 32, Codec.PCMA, new byte[0], 11));
        await().atMost(WITHIN).until(() -> received.stream().anyMatch(f -> f.getDtmfEvent() == 11));

        assertThat(received).extracting(VoiceFrame::getSequence).doesNotContain(0L);
        var first = received.get(0);
        assertThat(first.getCallId()).isEqualTo("call-x");
        assertThat(first.getCodec()).isEqualTo(io.multicell.proto.media.v1.Codec.PCMA);
        assertThat(first.getPayload().size()).isEqualTo(160);
        assertThat(first.getDtmfEvent()).isEqualTo(-1);
        assertThat(received.get(received.size() - 1).getSequence()).isEqualTo(1L << 32);
        assertThat(handset.downlinks).as("VoicePath is the transport's, not the handset's").isEmpty();
    }

    @Test
    void aDownlinkDatagramWithAnotherStreamsOrAnUnknownTokenDoesNotReachThisHandset() {
        var x = new Handset();
        var y = new Handset();
        var streamX = locked(X, x);
        locked(Y, y);
        String addressX = base.lockOf(X).getVoiceAddress();
        long tokenX = base.lockOf(X).getVoiceToken();
        long tokenY = base.lockOf(Y).getVoiceToken();

        base.sendDatagram(addressX, downlink(tokenY, "call-y", 0));
        base.sendDatagram(addressX, downlink(Math.max(tokenX, tokenY) + 1000, "call-unknown", 0));
        base.sendDatagram(addressX, downlink(tokenX, "call-x", 7));
        await().atMost(WITHIN).until(() -> !x.voice().isEmpty() && !y.voice().isEmpty());

        assertThat(x.voice()).containsExactly("call-x/7");
        assertThat(y.voice()).containsExactly("call-y/0");
        assertThat(voice.dropped()).isEqualTo(1);

        // A stream the handset closed hears no more voice, though the base still sends to its token.
        streamX.close();
        base.sendDatagram(addressX, downlink(tokenX, "call-x", 8));
        base.sendDatagram(addressX, downlink(tokenY, "call-y", 1));
        await().atMost(WITHIN).until(() -> y.voice().size() == 2);
        assertThat(x.voice()).containsExactly("call-x/7");
        assertThat(voice.dropped()).isEqualTo(2);
    }

    @Test
    void garbageDatagramsAreDroppedAndVoiceKeepsFlowing() {
        var x = new Handset();
        locked(X, x);
        String address = base.lockOf(X).getVoiceAddress();
        long token = base.lockOf(X).getVoiceToken();
        byte[] valid = downlink(token, "call-x", 0);
        byte[] uplinkWithTheToken = VoiceDatagram.newBuilder().setDirection(Direction.UPLINK).setToken(token)
                .setFrame(frame("call-x", 0)).build().toByteArray();
        List<byte[]> garbage = List.of(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff},
                Arrays.copyOf(valid, valid.length - 3), new byte[0], uplinkWithTheToken);

        for (int sequence = 0; sequence < 50; sequence++) {
            base.sendDatagram(address, garbage.get(sequence % garbage.size()));
            base.sendDatagram(address, downlink(token, "call-x", sequence));
        }
        await().atMost(WITHIN).until(() -> x.voice().size() == 50);

        assertThat(x.voice()).first().isEqualTo("call-x/0");
        assertThat(x.voice()).last().isEqualTo("call-x/49");
        assertThat(voice.dropped()).isEqualTo(50);
    }
}
