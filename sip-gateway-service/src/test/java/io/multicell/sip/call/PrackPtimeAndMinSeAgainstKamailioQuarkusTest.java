package io.multicell.sip.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.grpc.ManagedChannelBuilder;
import io.multicell.proto.air.v1.CallState;
import io.multicell.proto.air.v1.ReleaseCause;
import io.multicell.proto.manager.v1.CallReleased;
import io.multicell.proto.manager.v1.ManagerCallMessage;
import io.multicell.proto.manager.v1.OfferCall;
import io.multicell.proto.manager.v1.PlaceCall;
import io.multicell.proto.media.v1.VoiceFrame;
import io.multicell.proto.sip.v1.ListAccountStatusRequest;
import io.multicell.proto.sip.v1.ProviderProfile;
import io.multicell.proto.sip.v1.RegistrationState;
import io.multicell.proto.sip.v1.SipAccount;
import io.multicell.proto.sip.v1.SipConfiguration;
import io.multicell.proto.sip.v1.SipGatewayGrpc;
import io.multicell.proto.sip.v1.Transport;
import io.multicell.proto.sip.v1.VoipSettings;
import io.multicell.sip.kamailio.FreePorts;
import io.multicell.sip.media.RtpPacket;
import io.quarkus.grpc.runtime.GrpcServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.value.registry.ValueRegistry;

/**
 * The VoIP settings PRACK and T1 and the profile's ptime at work over the real Kamailio and sipp: PRACK on, T1 100 ms
 * (so that 64 x T1 is 6.4 s), session timer 1800 s, ptime 30 ms; the far end's own a=ptime, and the late offer (INVITE
 * without SDP, answer in the ACK). PRACK off is covered by
 * {@link CallsAgainstKamailioQuarkusTest} (its configuration has it off).
 */
@QuarkusTest
@WithTestResource(CallsTestResource.class)
class PrackPtimeAndMinSeAgainstKamailioQuarkusTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final int T1_MS = 100;
    /** Handset of account 1001: answers at once. */
    private static final String ANSWERING = "0123456701";
    /** Handset of account 1002: only rings. */
    private static final String RINGING = "0123456702";

    private static FakeRadioSide radio;

    @Inject
    ValueRegistry runtimeValues;

    @BeforeEach
    void radioSideAndConfiguration() {
        if (radio == null) {
            radio = new FakeRadioSide(CallsTestResource.radioPort()).start();
            radio.answering.add(ANSWERING);
            pushConfiguration();
        }
        await().atMost(WITHIN).until(() -> radio.connected() && !radio.hellos.isEmpty());
    }

    @AfterAll
    static void stopRadioSide() {
        if (radio != null) {
            radio.close();
            radio = null;
        }
    }

    private void pushConfiguration() {
        var channel = ManagedChannelBuilder.forAddress("127.0.0.1", runtimeValues.get(GrpcServer.GRPC_SERVER).getPort()).usePlaintext().build();
        try {
            var gateway = SipGatewayGrpc.newBlockingStub(channel).withDeadlineAfter(15, TimeUnit.SECONDS);
            gateway.applySipConfiguration(SipConfiguration.newBuilder().setRevision(2)
                    .setVoip(VoipSettings.newBuilder().setSipPort(5060).setSecureSipPort(5061).setT1Ms(T1_MS).setSessionTimerSeconds(1800)
                            .setFailedRegistrationRetrySeconds(300).setSubscriptionTimerSeconds(1800).setSipTos(34).setRtpTos(46)
                            .setPrack(true))
                    .addProfiles(ProviderProfile.newBuilder().setId(1).setName("Demo PBX").setDomain("127.0.0.1")
                            .setProxyAddress("127.0.0.1").setProxyPort(CallsTestResource.kamailio().port()).setRegistrationRefreshSeconds(600)
                            .setTransport(Transport.UDP).addAllCodecs(List.of("PCMA", "PCMU")).setPtimeMs(30))
                    .addAccounts(account("1001", ANSWERING))
                    .addAccounts(account("1002", RINGING))
                    .build());
            await().atMost(WITHIN).until(() -> SipGatewayGrpc.newBlockingStub(channel).listAccountStatus(
                    ListAccountStatusRequest.getDefaultInstance()).getAccountsList().stream()
                    .allMatch(status -> status.getState() == RegistrationState.REGISTERED));
        } finally {
            channel.shutdownNow();
        }
    }

    private static SipAccount account(String user, String ipui) {
        return SipAccount.newBuilder().setAccountId("hs-" + user).setProfileId(1).setAuthenticationName(user).setPassword("pw" + user)
                .setUsername(user).setDisplayName("Handset " + user).setIpui(ipui).build();
    }

    private static String kamailio() {
        return "127.0.0.1:" + CallsTestResource.kamailio().port();
    }

    private static OfferCall awaitOffer(String ipui, int before) {
        await().atMost(WITHIN).until(() -> radio.offers.size() > before);
        return radio.offers.stream().skip(before).filter(offer -> offer.getIpui().equals(ipui)).findFirst().orElseThrow();
    }

    private static Optional<CallReleased> release(String callId) {
        return radio.releases.stream().filter(released -> released.getCallId().equals(callId)).findFirst();
    }

    private static boolean isRinging(Sipp.TracedMessage message) {
        return message.received() && message.startLine().startsWith("SIP/2.0 180");
    }

    @Test
    void aCallerOffering100relGetsTheRingingReliablyAgainAndAgainUntilItsPrack() {
        int before = radio.offers.size();
        try (var pbx = Sipp.start("uac-ring-100rel.xml", kamailio(), FreePorts.udp(), FreePorts.udp(), "-s", "1002")) {
            var offer = awaitOffer(RINGING, before);
            // sipp checks Require: 100rel and RSeq on the 180, PRACKs it after 1 s (200), waits 1.5 s and cancels.
            assertThat(pbx.awaitExit(30)).as(pbx::log).isZero();
            await().atMost(WITHIN).until(() -> release(offer.getCallId()).isPresent());
            assertThat(release(offer.getCallId()).orElseThrow().getCause()).isEqualTo(ReleaseCause.CANCELLED);

            var trace = pbx.trace();
            int prackAt = 0;
            while (prackAt < trace.size() && !(!trace.get(prackAt).received() && trace.get(prackAt).startLine().startsWith("PRACK"))) {
                prackAt++;
            }
            assertThat(prackAt).as("the PRACK was sent").isLessThan(trace.size());
            var before1s = trace.subList(0, prackAt).stream().filter(PrackPtimeAndMinSeAgainstKamailioQuarkusTest::isRinging).toList();
            // T1 = 100 ms: copies at 100, 300 and 700 ms before the PRACK at 1 s (at T1 = 500 ms there would be one).
            assertThat(before1s).as("the 180 and its copies before the PRACK").hasSizeGreaterThanOrEqualTo(3);
            assertThat(before1s).allSatisfy(ringing -> assertThat(ringing.text()).contains("Require: 100rel")
                    .contains("RSeq: " + before1s.get(0).text().replaceAll("(?s).*RSeq: (\\d+).*", "$1")));
            assertThat(trace.subList(prackAt, trace.size()).stream().filter(PrackPtimeAndMinSeAgainstKamailioQuarkusTest::isRinging))
                    .as("no copy once the PRACK came (the next was due at 1.5 s)").isEmpty();
        }
    }

    @Test
    void aReliableRingingThatNoPrackAcknowledgesIsGivenUpWith500After64TimesT1() {
        int before = radio.offers.size();
        try (var pbx = Sipp.start("uac-ring-100rel-no-prack.xml", kamailio(), FreePorts.udp(), FreePorts.udp(), "-s", "1002")) {
            var offer = awaitOffer(RINGING, before);
            long offeredAt = System.nanoTime();
            assertThat(pbx.awaitExit(30)).as(pbx::log).isZero();
            await().atMost(WITHIN).until(() -> release(offer.getCallId()).isPresent());
            Duration ringing = Duration.ofNanos(System.nanoTime() - offeredAt);

            var released = release(offer.getCallId()).orElseThrow();
            assertThat(released.getSipStatus()).isEqualTo(500);
            assertThat(released.getReason()).isEqualTo("no PRACK for the reliable 180");
            assertThat(ringing).as("64 x T1 = 6.4 s, not the 32 s of the default T1").isBetween(Duration.ofSeconds(6), Duration.ofSeconds(20));
            // 0, 0.1, 0.3, 0.7, 1.5, 3.1, 6.3 s.
            assertThat(pbx.trace().stream().filter(PrackPtimeAndMinSeAgainstKamailioQuarkusTest::isRinging)).hasSizeGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void withPtime30TheAnswerSaysSoAndTheVoiceLeavesIn30MsPacketsEveryByteInOrder() throws IOException {
        int before = radio.offers.size();
        try (var farEnd = new EchoingRtpEndpoint();
                var pbx = Sipp.start("uac-call-ptime-30.xml", kamailio(), FreePorts.udp(), FreePorts.udp(), "-s", "1001",
                        "-key", "rtp_port", String.valueOf(farEnd.port()))) {
            var offer = awaitOffer(ANSWERING, before);
            // sipp checks a=ptime:30 in the 200 OK's answer.
            assertThat(pbx.awaitExit(30)).as(pbx::log).isZero();
            await().atMost(WITHIN).until(() -> release(offer.getCallId()).isPresent());

            List<RtpPacket> packets = farEnd.received.stream().filter(packet -> packet.payloadType() == 8).toList();
            assertThat(packets).as("2 s of voice").hasSizeGreaterThan(30);
            assertThat(packets).as("30 ms of PCMA each").allSatisfy(packet -> assertThat(packet.payload()).hasSize(240));
            for (int i = 1; i < packets.size(); i++) {
                assertThat(packets.get(i).sequence()).isEqualTo((packets.get(i - 1).sequence() + 1) & 0xffff);
                assertThat(packets.get(i).timestamp()).as("+240 per packet").isEqualTo((packets.get(i - 1).timestamp() + 240) & 0xffffffffL);
            }
            var stream = new ByteArrayOutputStream();
            packets.forEach(packet -> stream.writeBytes(packet.payload()));
            var audio = ByteBuffer.wrap(stream.toByteArray());
            int first = audio.getInt(0);
            for (int frame = 0; frame < audio.capacity() / FakeRadioSide.FRAME_BYTES; frame++) {
                int offset = frame * FakeRadioSide.FRAME_BYTES;
                assertThat(audio.getInt(offset)).as("radio frame %d of the stream", frame).isEqualTo(first + frame);
                for (int k = offset + 4; k < offset + FakeRadioSide.FRAME_BYTES; k++) {
                    assertThat(audio.get(k)).isEqualTo((byte) 0x55);
                }
            }
            assertEchoCameBackAsRadioFrames(offer.getCallId());
        }
    }

    @Test
    void aFarEndAskingFor10MsPacketsGetsThemWhileTheAnswerKeepsTheProfilesPtime30() throws IOException {
        int before = radio.offers.size();
        try (var farEnd = new EchoingRtpEndpoint();
                var pbx = Sipp.start("uac-call-far-end-ptime-10.xml", kamailio(), FreePorts.udp(), FreePorts.udp(), "-s", "1001",
                        "-key", "rtp_port", String.valueOf(farEnd.port()))) {
            var offer = awaitOffer(ANSWERING, before);
            // sipp checks a=ptime:30 in the 200 OK's answer: what the gateway wants to receive stays the profile's.
            assertThat(pbx.awaitExit(30)).as(pbx::log).isZero();
            await().atMost(WITHIN).until(() -> release(offer.getCallId()).isPresent());

            List<RtpPacket> packets = farEnd.received.stream().filter(packet -> packet.payloadType() == 8).toList();
            assertThat(packets).as("2 s of voice").hasSizeGreaterThan(90);
            assertThat(packets).as("10 ms of PCMA each, as the offer's a=ptime:10 asks").allSatisfy(packet ->
                    assertThat(packet.payload()).hasSize(80));
            for (int i = 1; i < packets.size(); i++) {
                assertThat(packets.get(i).sequence()).isEqualTo((packets.get(i - 1).sequence() + 1) & 0xffff);
                assertThat(packets.get(i).timestamp()).as("+80 per packet").isEqualTo((packets.get(i - 1).timestamp() + 80) & 0xffffffffL);
            }
            assertEchoCameBackAsRadioFrames(offer.getCallId());
        }
    }

    @Test
    void anInviteWithoutSdpGetsTheOfferInThe200AndTheVoiceGoesWhereTheAnswerInTheAckSays() throws IOException {
        int before = radio.offers.size();
        try (var farEnd = new EchoingRtpEndpoint();
                var pbx = Sipp.start("uac-call-late-offer.xml", kamailio(), FreePorts.udp(), FreePorts.udp(), "-s", "1001",
                        "-key", "rtp_port", String.valueOf(farEnd.port()))) {
            var offer = awaitOffer(ANSWERING, before);
            assertThat(offer.getCodec()).as("the profile's first codec, told to the DM before any answer")
                    .isEqualTo(io.multicell.proto.media.v1.Codec.PCMA);
            assertThat(pbx.awaitExit(30)).as(pbx::log).isZero();
            await().atMost(WITHIN).until(() -> release(offer.getCallId()).isPresent());

            var ok = pbx.trace().stream().filter(m -> m.received() && m.startLine().startsWith("SIP/2.0 200") && m.text().contains("m=audio"))
                    .findFirst().orElseThrow();
            assertThat(ok.text()).as("the offer: the one codec the DM was told, the profile's ptime")
                    .containsPattern("m=audio \\d+ RTP/AVP 8( 101)?\\r?\\n").contains("a=ptime:30").doesNotContain("PCMU");
            List<RtpPacket> packets = farEnd.received.stream().filter(packet -> packet.payloadType() == 8).toList();
            assertThat(packets).as("voice to the address of the ACK's answer").hasSizeGreaterThan(45);
            assertThat(packets).as("20 ms each, as the answer's a=ptime:20 asks").allSatisfy(packet ->
                    assertThat(packet.payload()).hasSize(160));
            assertEchoCameBackAsRadioFrames(offer.getCallId());
            assertThat(release(offer.getCallId()).orElseThrow().getCause()).isEqualTo(ReleaseCause.NORMAL);
        }
    }

    @Test
    void aLateOfferWhoseAckCarriesNoAnswerIsHungUpWithBye() {
        int before = radio.offers.size();
        try (var pbx = Sipp.start("uac-call-late-offer-no-answer.xml", kamailio(), FreePorts.udp(), FreePorts.udp(), "-s", "1001")) {
            var offer = awaitOffer(ANSWERING, before);
            // sipp waits for the gateway's BYE after its ACK without SDP, and answers it.
            assertThat(pbx.awaitExit(30)).as(pbx::log).isZero();
            await().atMost(WITHIN).until(() -> release(offer.getCallId()).isPresent());
            var released = release(offer.getCallId()).orElseThrow();
            assertThat(released.getReason()).isEqualTo("no usable answer in the ACK");
            assertThat(released.getSipStatus()).isEqualTo(488);
        }
    }

    /** The far end echoed the 30 ms packets: the handset got them as 20 ms frames again, each frame intact, in order. */
    private static void assertEchoCameBackAsRadioFrames(String callId) {
        List<VoiceFrame> frames = radio.downlink(callId);
        assertThat(frames).hasSizeGreaterThanOrEqualTo(25);
        for (int i = 0; i < frames.size(); i++) {
            assertThat(frames.get(i).getSequence()).as("downlink sequence").isEqualTo(i);
            assertThat(frames.get(i).getPayload().size()).isEqualTo(FakeRadioSide.FRAME_BYTES);
            assertThat(frames.get(i).getPayload().substring(4).toByteArray()).containsOnly((byte) 0x55);
        }
        List<Integer> indices = frames.stream().map(FakeRadioSide::index).toList();
        assertThat(indices).isSorted().doesNotHaveDuplicates();
        assertThat(indices.get(indices.size() - 1) - indices.get(0)).isEqualTo(indices.size() - 1);
    }

    @Test
    void anOutgoingCallPracksTheReliableRingingOfTheFarEndAndOffersPtime30() {
        int uasPort = FreePorts.udp();
        try (var farEnd = Sipp.start("uas-answer-100rel.xml", "", uasPort, FreePorts.udp(), "-s", "1021", "-rtp_echo")) {
            register("1021", uasPort);
            String callId = "out-" + UUID.randomUUID();
            radio.send(ManagerCallMessage.newBuilder().setPlaceCall(PlaceCall.newBuilder().setCallId(callId).setIpui(ANSWERING)
                    .setDialledNumber("1021").setBearer(radio.bearer())).build());

            // sipp checks Supported: 100rel and a=ptime:30 in the INVITE, and answers only after the PRACK of its 180.
            await().atMost(WITHIN).until(() -> radio.progress.stream()
                    .anyMatch(p -> p.getCallId().equals(callId) && p.getState() == CallState.CONNECTED));
            assertThat(radio.progress.stream().filter(p -> p.getCallId().equals(callId)).map(p -> p.getState()))
                    .containsExactly(CallState.RINGBACK, CallState.CONNECTED);
            await().atMost(WITHIN).until(() -> radio.downlink(callId).size() >= 30);

            radio.send(ManagerCallMessage.newBuilder().setReleased(CallReleased.newBuilder().setCallId(callId)
                    .setCause(ReleaseCause.NORMAL)).build());
            assertThat(farEnd.awaitExit(30)).as(farEnd::log).isZero();
            assertThat(farEnd.trace().stream().filter(m -> m.received() && m.startLine().startsWith("PRACK")).toList())
                    .singleElement().satisfies(prack -> assertThat(prack.text()).containsPattern("RAck: 1 \\d+ INVITE"));
            assertEchoCameBackAsRadioFrames(callId);
        }
    }

    @Test
    void anOutgoingInviteAnswered422IsSentAgainOnceWithTheMinSeTheFarEndAskedFor() {
        int uasPort = FreePorts.udp();
        try (var farEnd = Sipp.start("uas-invite-422.xml", "", uasPort, FreePorts.udp(), "-s", "1022")) {
            register("1022", uasPort);
            String callId = "out-" + UUID.randomUUID();
            radio.send(ManagerCallMessage.newBuilder().setPlaceCall(PlaceCall.newBuilder().setCallId(callId).setIpui(ANSWERING)
                    .setDialledNumber("1022").setBearer(radio.bearer())).build());

            // sipp answers the first INVITE (Session-Expires 1800) with 422 Min-SE: 3600 and takes the second only with
            // Session-Expires and Min-SE 3600.
            await().atMost(WITHIN).until(() -> radio.progress.stream()
                    .anyMatch(p -> p.getCallId().equals(callId) && p.getState() == CallState.CONNECTED));
            radio.send(ManagerCallMessage.newBuilder().setReleased(CallReleased.newBuilder().setCallId(callId)
                    .setCause(ReleaseCause.NORMAL)).build());
            assertThat(farEnd.awaitExit(30)).as(farEnd::log).isZero();
            assertThat(farEnd.trace().stream().filter(m -> m.received() && m.startLine().startsWith("INVITE")).toList())
                    .as("the first INVITE and one more").hasSize(2);
            assertThat(release(callId)).as("connected, released by the DM: nothing comes back").isEmpty();
        }
    }

    private static void register(String user, int uasPort) {
        try (var register = Sipp.start("register.xml", kamailio(), FreePorts.udp(), FreePorts.udp(), "-s", user, "-au", user,
                "-ap", "pw" + user, "-key", "uas_port", String.valueOf(uasPort))) {
            assertThat(register.awaitExit(30)).as(register::log).isZero();
        }
    }

    /** The far end's RTP socket: keeps every packet the gateway sends and echoes it back to where it came from. */
    private static final class EchoingRtpEndpoint implements AutoCloseable {

        final List<RtpPacket> received = new CopyOnWriteArrayList<>();
        private final DatagramSocket socket;
        private final Thread echo;

        EchoingRtpEndpoint() throws IOException {
            socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
            echo = new Thread(this::run, "rtp-echo-" + socket.getLocalPort());
            echo.setDaemon(true);
            echo.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void run() {
            var buffer = new byte[2048];
            while (!socket.isClosed()) {
                var packet = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(packet);
                    RtpPacket.parse(buffer, packet.getLength()).ifPresent(received::add);
                    socket.send(new DatagramPacket(buffer, packet.getLength(), packet.getSocketAddress()));
                } catch (IOException e) {
                    if (!socket.isClosed()) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }

        @Override
        public void close() {
            socket.close();
        }
    }
}
