package io.multicell.sip.call;

import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
import io.multicell.proto.media.v1.Codec;
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
import io.multicell.sip.media.VoiceSocket;
import io.quarkus.grpc.runtime.GrpcServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.value.registry.ValueRegistry;

/**
 * Calls through the whole gateway: the real Kamailio as PBX, sipp as the far end (caller through Kamailio, or called
 * party registered at Kamailio, echoing RTP), a real gRPC server playing the DM (CallControl) and the base (VoiceRelay
 * control, voice as UDP datagrams).
 */
@QuarkusTest
@WithTestResource(CallsTestResource.class)
class CallsAgainstKamailioQuarkusTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);
    /** Handset of account 1001: answers at once. */
    private static final String ANSWERING = "0123456701";
    /** Handset of account 1002: only rings. */
    private static final String RINGING = "0123456702";

    private static FakeRadioSide radio;

    @Inject
    ValueRegistry runtimeValues;

    @Inject
    VoiceSocket voice;

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
        int kamailio = CallsTestResource.kamailio().port();
        var channel = ManagedChannelBuilder.forAddress("127.0.0.1", runtimeValues.get(GrpcServer.GRPC_SERVER).getPort()).usePlaintext().build();
        try {
            var gateway = SipGatewayGrpc.newBlockingStub(channel).withDeadlineAfter(15, TimeUnit.SECONDS);
            gateway.applySipConfiguration(SipConfiguration.newBuilder().setRevision(1)
                    .setVoip(VoipSettings.newBuilder().setSipPort(5060).setSecureSipPort(5061).setT1Ms(500).setSessionTimerSeconds(1800)
                            .setFailedRegistrationRetrySeconds(300).setSubscriptionTimerSeconds(1800).setSipTos(34).setRtpTos(46))
                    .addProfiles(ProviderProfile.newBuilder().setId(1).setName("Demo PBX").setDomain("127.0.0.1")
                            .setProxyAddress("127.0.0.1").setProxyPort(kamailio).setRegistrationRefreshSeconds(600)
                            .setTransport(Transport.UDP).addAllCodecs(List.of("G722", "PCMA", "PCMU")).setPtimeMs(20))
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

    /** The downlink frames of a call came back from sipp's echo: the base's own test signal, in order, each once. */
    private static void assertEchoedTestSignal(String callId) {
        assertEchoedTestSignal(callId, Codec.PCMA);
    }

    private static void assertEchoedTestSignal(String callId, Codec codec) {
        List<VoiceFrame> frames = radio.downlink(callId);
        assertThat(frames).hasSizeGreaterThanOrEqualTo(25);
        for (int i = 0; i < frames.size(); i++) {
            assertThat(frames.get(i).getSequence()).as("downlink sequence").isEqualTo(i);
            assertThat(frames.get(i).getCodec()).isEqualTo(codec);
            assertThat(frames.get(i).getPayload().size()).isEqualTo(FakeRadioSide.FRAME_BYTES);
        }
        List<Integer> indices = frames.stream().map(FakeRadioSide::index).toList();
        assertThat(indices).as("uplink frames reached the PBX once each, in order, and came back unchanged")
                .isSorted().doesNotHaveDuplicates();
        assertThat(indices.get(indices.size() - 1) - indices.get(0)).isEqualTo(indices.size() - 1);
    }

    @Test
    void incomingCallIsAnsweredVoiceFlowsBothWaysAndByeReleasesIt() {
        int before = radio.offers.size();
        try (var pbx = Sipp.start("uac-call.xml", kamailio(), FreePorts.udp(), FreePorts.udp(), "-s", "1001", "-rtp_echo")) {
            var offer = awaitOffer(ANSWERING, before);
            assertThat(offer.getAccountId()).isEqualTo("hs-1001");
            assertThat(offer.getCallingNumber()).isEqualTo("5550100");
            assertThat(offer.getCallingName()).isEqualTo("PSTN caller");
            assertThat(offer.getCodec()).as("first of the profile's G722, PCMA, PCMU that the offer has").isEqualTo(Codec.PCMA);

            assertThat(pbx.awaitExit(30)).as(pbx::log).isZero();
            await().atMost(WITHIN).until(() -> release(offer.getCallId()).isPresent());
            assertThat(release(offer.getCallId()).orElseThrow().getCause()).isEqualTo(ReleaseCause.NORMAL);
            assertThat(radio.relayOpens).anySatisfy(open -> {
                assertThat(open.getCallId()).isEqualTo(offer.getCallId());
                assertThat(open.getIpui()).isEqualTo(ANSWERING);
                assertThat(open.getUplinkAddress()).as("the gateway's voice socket").isEqualTo("127.0.0.1:" + voice.port());
            });
            assertEchoedTestSignal(offer.getCallId());
            // The base's garbage datagram and its frame for an unknown call were dropped and counted; the call's
            // voice went on.
            assertThat(voice.unparsable()).isPositive();
            assertThat(voice.unroutable()).isPositive();
        }
    }

    @Test
    void anOfferWithG722TakesItFirstInTheProfileOrderAndItsFramesAreRelayedUnchanged() {
        int before = radio.offers.size();
        try (var pbx = Sipp.start("uac-call-g722.xml", kamailio(), FreePorts.udp(), FreePorts.udp(), "-s", "1001", "-rtp_echo")) {
            var offer = awaitOffer(ANSWERING, before);
            assertThat(offer.getCodec()).as("the DM is told: it takes a wideband channel").isEqualTo(Codec.G722);
            assertThat(pbx.awaitExit(30)).as(pbx::log).isZero();
            await().atMost(WITHIN).until(() -> release(offer.getCallId()).isPresent());
            // 160 bytes per 20 ms, as G.711: the base's frames reach the far end and come back unchanged.
            assertEchoedTestSignal(offer.getCallId(), Codec.G722);
        }
    }

    @Test
    void keyPressesGoToTheFarEndAsTelephoneEventsAndTheFarEndsEventsReachTheHandsetAsOneKeyEach() {
        int before = radio.offers.size();
        radio.keyPresses.put(ANSWERING, List.of(1, 11, 5, 0));
        // The far end offers telephone-event (101) and echoes every RTP packet: each key press leaves the gateway as
        // an RFC 4733 event (5 packets) and comes back from the far end as one.
        try (var pbx = Sipp.start("uac-call.xml", kamailio(), FreePorts.udp(), FreePorts.udp(), "-s", "1001", "-rtp_echo")) {
            var offer = awaitOffer(ANSWERING, before);
            assertThat(pbx.awaitExit(30)).as(pbx::log).isZero();
            await().atMost(WITHIN).until(() -> release(offer.getCallId()).isPresent());

            assertThat(radio.keysReceived(offer.getCallId())).as("keys 1 # 5 0 came back from the far end, each once")
                    .containsExactly(1, 11, 5, 0);
            List<VoiceFrame> frames = radio.downlink(offer.getCallId());
            for (int i = 0; i < frames.size(); i++) {
                assertThat(frames.get(i).getSequence()).as("downlink sequence").isEqualTo(i);
            }
            assertThat(frames.stream().filter(frame -> frame.getDtmfEvent() < 0).map(FakeRadioSide::index).toList())
                    .as("the voice around the keys still arrives in order").isSorted().doesNotHaveDuplicates().hasSizeGreaterThan(25);
        }
    }

    @Test
    void withoutTelephoneEventButWithInfoAllowedDigitsTravelBySipInfoBothWays() {
        int before = radio.offers.size();
        radio.keyPresses.put(ANSWERING, List.of(5));
        try (var pbx = Sipp.start("uac-call-info.xml", kamailio(), FreePorts.udp(), FreePorts.udp(), "-s", "1001", "-rtp_echo")) {
            var offer = awaitOffer(ANSWERING, before);
            // sipp checks that key 5 came as INFO application/dtmf-relay "Signal=5"; its own # comes back as a key.
            assertThat(pbx.awaitExit(30)).as(pbx::log).isZero();
            await().atMost(WITHIN).until(() -> release(offer.getCallId()).isPresent());
            assertThat(radio.keysReceived(offer.getCallId())).containsExactly(11);
        }
    }

    @Test
    void theGatewayRefreshesTheSessionByUpdateAtHalfTheInterval() {
        int before = radio.offers.size();
        // sipp checks Session-Expires 90;refresher=uas in the 200 and the UPDATE between 35 and 65 s of the session
        // timer (a second lasts 100 ms here), then hangs up.
        try (var pbx = Sipp.start("uac-call-session-refresh.xml", kamailio(), FreePorts.udp(), FreePorts.udp(), "-s", "1001")) {
            var offer = awaitOffer(ANSWERING, before);
            assertThat(pbx.awaitExit(30)).as(pbx::log).isZero();
            await().atMost(WITHIN).until(() -> release(offer.getCallId()).isPresent());
            assertThat(release(offer.getCallId()).orElseThrow().getReason()).isEqualTo("BYE from the PBX");
        }
    }

    @Test
    void aSessionTheRefresherDoesNotRefreshIsEndedWithByeAsANormalCallEnd() {
        int before = radio.offers.size();
        try (var pbx = Sipp.start("uac-call-session-expires.xml", kamailio(), FreePorts.udp(), FreePorts.udp(), "-s", "1001")) {
            var offer = awaitOffer(ANSWERING, before);
            long offeredAt = System.nanoTime();
            // sipp checks 90;refresher=uac with Require: timer, and that the BYE comes between 50 and 90 s.
            assertThat(pbx.awaitExit(30)).as(pbx::log).isZero();
            await().atMost(WITHIN).until(() -> release(offer.getCallId()).isPresent());
            var released = release(offer.getCallId()).orElseThrow();
            assertThat(released.getCause()).as("a call end for the handset, not a drop").isEqualTo(ReleaseCause.NORMAL);
            assertThat(released.getReason()).isEqualTo("session expired");
            assertThat(Duration.ofNanos(System.nanoTime() - offeredAt)).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(9));
        }
    }

    @Test
    void anAnsweredCallWhoseAckNeverComesIsEndedWithByeAndFreesTheHandsetForTheNextCall() {
        int before = radio.offers.size();
        OfferCall offer;
        try (var pbx = Sipp.start("uac-call-no-ack.xml", kamailio(), FreePorts.udp(), FreePorts.udp(), "-s", "1001")) {
            offer = awaitOffer(ANSWERING, before);
            long offeredAt = System.nanoTime();
            // sipp gets the 200 OK, never acknowledges it, and expects the gateway's BYE through Kamailio.
            assertThat(pbx.awaitExit(30)).as(pbx::log).isZero();
            await().atMost(WITHIN).until(() -> release(offer.getCallId()).isPresent());
            var released = release(offer.getCallId()).orElseThrow();
            assertThat(released.getCause()).as("a call end for the handset").isEqualTo(ReleaseCause.NORMAL);
            assertThat(released.getReason()).isEqualTo("no ACK");
            assertThat(Duration.ofNanos(System.nanoTime() - offeredAt)).as("after the ACK wait of 3 s, not before")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(2900));
        }
        // The DM freed the handset: the next call to it is answered, not 486 Busy Here.
        int next = radio.offers.size();
        try (var pbx = Sipp.start("uac-call.xml", kamailio(), FreePorts.udp(), FreePorts.udp(), "-s", "1001", "-rtp_echo")) {
            var again = awaitOffer(ANSWERING, next);
            assertThat(pbx.awaitExit(30)).as(pbx::log).isZero();
            await().atMost(WITHIN).until(() -> release(again.getCallId()).isPresent());
            assertThat(release(again.getCallId()).orElseThrow().getReason()).isEqualTo("BYE from the PBX");
        }
    }

    @Test
    void aSessionIntervalBelowMinSeIsRefused422AndOffersNothing() {
        int before = radio.offers.size();
        try (var pbx = Sipp.start("uac-invite-422.xml", kamailio(), FreePorts.udp(), FreePorts.udp(), "-s", "1001")) {
            assertThat(pbx.awaitExit(30)).as(pbx::log).isZero();
        }
        assertThat(radio.offers).hasSize(before);
    }

    @Test
    void cancelWhileRingingIsAnswered487AndReleasedAsCancelled() {
        int before = radio.offers.size();
        try (var pbx = Sipp.start("uac-cancel.xml", kamailio(), FreePorts.udp(), FreePorts.udp(), "-s", "1002")) {
            var offer = awaitOffer(RINGING, before);
            assertThat(offer.getCodec()).isEqualTo(Codec.PCMU);

            assertThat(pbx.awaitExit(30)).as(pbx::log).isZero();
            await().atMost(WITHIN).until(() -> release(offer.getCallId()).isPresent());
            var released = release(offer.getCallId()).orElseThrow();
            assertThat(released.getCause()).isEqualTo(ReleaseCause.CANCELLED);
            assertThat(released.getSipStatus()).isEqualTo(487);
            assertThat(pbx.trace().stream().filter(m -> m.received() && m.startLine().startsWith("SIP/2.0 180")).toList())
                    .as("PRACK is off: the caller's Supported: 100rel gets an ordinary 180").isNotEmpty()
                    .allSatisfy(ringing -> assertThat(ringing.text()).doesNotContain("RSeq").doesNotContain("100rel"));
        }
    }

    @Test
    void withPrackOffAnInviteThatRequires100relIsRefused420AndOffersNothing() {
        int before = radio.offers.size();
        // sipp checks the 420 names 100rel in Unsupported.
        try (var pbx = Sipp.start("uac-invite-require-100rel.xml", kamailio(), FreePorts.udp(), FreePorts.udp(), "-s", "1001")) {
            assertThat(pbx.awaitExit(30)).as(pbx::log).isZero();
        }
        assertThat(radio.offers).hasSize(before);
    }

    @Test
    void outgoingCallAuthenticatesAtThePbxRingsConnectsCarriesVoiceAndEndsWithBye() {
        int uasPort = FreePorts.udp();
        try (var farEnd = Sipp.start("uas-answer.xml", "", uasPort, FreePorts.udp(), "-s", "1020", "-rtp_echo")) {
            try (var register = Sipp.start("register.xml", kamailio(), FreePorts.udp(), FreePorts.udp(), "-s", "1020", "-au", "1020",
                    "-ap", "pw1020", "-key", "uas_port", String.valueOf(uasPort))) {
                assertThat(register.awaitExit(30)).as(register::log).isZero();
            }
            String callId = "out-" + UUID.randomUUID();
            // Kamailio challenges every INVITE of a subscriber (407): the call only gets through with credentials.
            radio.send(ManagerCallMessage.newBuilder().setPlaceCall(PlaceCall.newBuilder().setCallId(callId).setIpui(ANSWERING)
                    .setDialledNumber("1020").setBearer(radio.bearer())).build());

            await().atMost(WITHIN).until(() -> radio.progress.stream()
                    .anyMatch(p -> p.getCallId().equals(callId) && p.getState() == CallState.CONNECTED));
            assertThat(radio.progress.stream().filter(p -> p.getCallId().equals(callId)).map(p -> p.getState()))
                    .containsExactly(CallState.RINGBACK, CallState.CONNECTED);
            assertThat(radio.progress.stream().filter(p -> p.getCallId().equals(callId) && p.getState() == CallState.CONNECTED)
                    .findFirst().orElseThrow().getCodec()).isEqualTo(Codec.PCMA);
            await().atMost(WITHIN).until(() -> radio.downlink(callId).size() >= 30);

            radio.send(ManagerCallMessage.newBuilder().setReleased(CallReleased.newBuilder().setCallId(callId)
                    .setCause(ReleaseCause.NORMAL)).build());
            assertThat(farEnd.awaitExit(30)).as(farEnd::log).isZero();
            assertEchoedTestSignal(callId);
            assertThat(release(callId)).as("the DM released it; nothing comes back").isEmpty();
        }
        await().atMost(WITHIN).untilAsserted(() -> assertThat(given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .extract().asString())
                .containsPattern("multicell_sip_calls_total\\{direction=\"outgoing\",?} [1-9]")
                .containsPattern("multicell_sip_calls_active 0\\.0"));
    }

    @Test
    void aBrokenDmLinkEndsRingingCallsWith503AndTheGatewayDialsAgain() {
        int before = radio.offers.size();
        try (var pbx = Sipp.start("uac-ring-503.xml", kamailio(), FreePorts.udp(), FreePorts.udp(), "-s", "1002")) {
            awaitOffer(RINGING, before);
            radio.close(); // the DM goes away while the handset rings

            assertThat(pbx.awaitExit(30)).as(pbx::log).isZero();
        }
        radio = new FakeRadioSide(CallsTestResource.radioPort()).start();
        radio.answering.add(ANSWERING);
        await().atMost(WITHIN).until(() -> radio.connected() && !radio.hellos.isEmpty());
        assertThat(radio.hellos.get(0).getActiveCallIdsList()).as("no call survived the break").isEmpty();
    }

    @Test
    void outgoingCallFromAHandsetWithoutAccountIsReleasedAsNetworkFailure() {
        radio.send(ManagerCallMessage.newBuilder().setPlaceCall(PlaceCall.newBuilder().setCallId("no-account").setIpui("0123456799")
                .setDialledNumber("1020").setBearer(radio.bearer())).build());

        await().atMost(WITHIN).until(() -> release("no-account").isPresent());
        assertThat(release("no-account").orElseThrow().getCause()).isEqualTo(ReleaseCause.NETWORK_FAILURE);
    }

    @Test
    void garbageUnknownUsersAndRequestsWithoutCallIdLeaveTheGatewayServing() throws IOException {
        try (var socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(1000);
            send(socket, "\u0000\u0001garbage that is no SIP at all\r\n\r\n");
            send(socket, invite(socket.getLocalPort(), "1001", false));
            Optional<String> noCallId = receive(socket);
            noCallId.ifPresent(answer -> assertThat(answer).startsWith("SIP/2.0 400"));

            send(socket, invite(socket.getLocalPort(), "9999", true));
            assertThat(receiveFinal(socket)).startsWith("SIP/2.0 404");
        }

        incomingCallIsAnsweredVoiceFlowsBothWaysAndByeReleasesIt();
    }

    private static String invite(int localPort, String user, boolean withCallId) {
        return "INVITE sip:" + user + "@127.0.0.1:" + CallsTestResource.sipPort() + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + localPort + ";branch=z9hG4bK" + UUID.randomUUID() + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:5550100@pstn.invalid>;tag=" + UUID.randomUUID() + "\r\n"
                + "To: <sip:" + user + "@127.0.0.1>\r\n"
                + (withCallId ? "Call-ID: " + UUID.randomUUID() + "\r\n" : "")
                + "CSeq: 1 INVITE\r\n"
                + "Contact: <sip:5550100@127.0.0.1:" + localPort + ">\r\n"
                + "Content-Length: 0\r\n\r\n";
    }

    private static void send(DatagramSocket socket, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), CallsTestResource.sipPort()));
    }

    private static Optional<String> receive(DatagramSocket socket) throws IOException {
        var packet = new DatagramPacket(new byte[4096], 4096);
        try {
            socket.receive(packet);
            return Optional.of(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.ISO_8859_1));
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        }
    }

    private static String receiveFinal(DatagramSocket socket) throws IOException {
        for (int i = 0; i < 5; i++) {
            var answer = receive(socket).orElseThrow(() -> new AssertionError("no answer from the gateway"));
            if (!answer.startsWith("SIP/2.0 1")) {
                return answer;
            }
        }
        throw new AssertionError("no final answer");
    }
}
