package io.multicell.base.grpc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import io.multicell.core.access.Pin;
import io.multicell.proto.air.v1.CallAnswer;
import io.multicell.proto.air.v1.CallRelease;
import io.multicell.proto.air.v1.CallSetup;
import io.multicell.proto.air.v1.CallState;
import io.multicell.proto.air.v1.HandsetDownlink;
import io.multicell.proto.air.v1.HandsetUplink;
import io.multicell.proto.air.v1.ReleaseCause;
import io.multicell.proto.manager.v1.AlertHandset;
import io.multicell.proto.manager.v1.Assignment;
import io.multicell.proto.manager.v1.BaseCallEvent;
import io.multicell.proto.manager.v1.BaseStationCommand;
import io.multicell.proto.manager.v1.BaseStationStatus;
import io.multicell.proto.manager.v1.CallProgressCommand;
import io.multicell.proto.manager.v1.ExpectBearer;
import io.multicell.proto.manager.v1.HandoverHandset;
import io.multicell.proto.manager.v1.ReleaseBearer;
import io.multicell.proto.manager.v1.ReleaseCallCommand;
import io.multicell.proto.manager.v1.ResetStatistics;
import io.multicell.proto.media.v1.Codec;
import io.multicell.proto.media.v1.Direction;
import io.multicell.proto.media.v1.RelayOpen;
import io.multicell.proto.media.v1.VoiceFrame;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calls through the whole base: a real gRPC server playing the DM (commands down, BaseCallEvents up), real
 * AirInterface clients playing handsets and real VoiceRelay clients playing the SIP gateway.
 */
@QuarkusTest
@QuarkusTestResource(FakeDectManagerPort.class)
class CallsQuarkusTest {

    // An upper bound only: the build machine may be very busy.
    private static final Duration WITHIN = Duration.ofSeconds(60);

    @ConfigProperty(name = "quarkus.grpc.clients.dect-manager.port")
    int dmPort;

    @ConfigProperty(name = "quarkus.grpc.server.test-port")
    int airPort;

    private FakeDectManager dm;
    private final List<AutoCloseable> peers = new ArrayList<>();

    @BeforeEach
    void startDmInSync() {
        dm = new FakeDectManager(dmPort).start();
        json("/api/v1/base-station"); // warm up REST on this thread, outside of any await
        await().atMost(WITHIN).until(() -> dm.hasStream() && "CONNECTED".equals(json("/api/v1/base-station").get("linkState")));
        dm.send(Assignment.newBuilder().setAssigned(true).setRpn(1).setRfpi("0123456701").setName("Reception")
                .setStatus(BaseStationStatus.SYNC).build());
        await().atMost(WITHIN).until(() -> Boolean.TRUE.equals(json("/api/v1/base-station").get("inService")));
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (AutoCloseable peer : peers) {
            peer.close();
        }
        await().atMost(WITHIN).until(() -> bearers().isEmpty());
        dm.close();
    }

    // Plain Jackson mapping, no GPath: each GPath expression compiles a Groovy script, slow on a busy machine.
    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String path) {
        return given().get(path).then().statusCode(200).extract().as(Map.class);
    }

    private static long statistic(String name) {
        return ((Number) json("/api/v1/base-station/statistics").get(name)).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> bearers() {
        return given().get("/api/v1/base-station/bearers").then().statusCode(200).extract().as(List.class);
    }

    private static Map<String, Object> bearer(String callId) {
        return bearers().stream().filter(b -> callId.equals(b.get("callId"))).findFirst().orElse(Map.of());
    }

    private static boolean relays(String callId, int count) {
        return Integer.valueOf(count).equals(bearer(callId).get("relays"));
    }

    private AirHandset handset(String ipui) {
        var handset = new AirHandset(airPort, ipui);
        peers.add(handset);
        return handset;
    }

    private RelayGateway gateway() {
        var gateway = new RelayGateway(airPort);
        peers.add(gateway);
        return gateway;
    }

    private AirHandset attachedHandset(String ipui) {
        dm.pins.put(ipui, Pin.parse("1234"));
        var handset = handset(ipui).lock();
        var registration = handset.register("1234");
        assertThat(handset.attach(registration.uak()).getAccepted()).isTrue();
        return handset;
    }

    /** The simulator's test signal: frame i carries i big-endian in its first four bytes. */
    private static VoiceFrame frame(String callId, long sequence) {
        byte[] payload = new byte[160];
        ByteBuffer.wrap(payload).putInt((int) sequence);
        payload[159] = (byte) 0xD5;
        return VoiceFrame.newBuilder().setCallId(callId).setSequence(sequence).setCodec(Codec.PCMA)
                .setPayload(ByteString.copyFrom(payload)).setDtmfEvent(-1).build();
    }

    private BaseCallEvent awaitEvent(String callId, BaseCallEvent.EventCase kind) {
        await().atMost(WITHIN).until(() -> dm.eventsOf(callId).stream().anyMatch(e -> e.getEventCase() == kind));
        return dm.eventsOf(callId).stream().filter(e -> e.getEventCase() == kind).findFirst().orElseThrow();
    }

    private void alertHere(String callId, String ipui) {
        dm.sendCommand(BaseStationCommand.newBuilder().setAlertHandset(AlertHandset.newBuilder().setCallId(callId)
                .setIpui(ipui).setCallingNumber("+4930123").setCallingName("Reception").setCodec(Codec.PCMA)));
    }

    private void expectBearer(String callId, String ipui) {
        dm.sendCommand(BaseStationCommand.newBuilder().setExpectBearer(ExpectBearer.newBuilder().setCallId(callId)
                .setIpui(ipui).setCodec(Codec.PCMA)));
    }

    private static long heartbeatConn(FakeDectManager dm) {
        return dm.heartbeatReports.get(dm.heartbeatReports.size() - 1).getMacConnections();
    }

    @Test
    void anIncomingCallRingsAnswersAndCarriesVoiceBothWaysUnchanged() {
        var handset = attachedHandset("00C0000001");

        alertHere("in-1", "00C0000001");
        var incoming = handset.nextSignal().getIncomingCall();
        assertThat(incoming.getCallId()).isEqualTo("in-1");
        assertThat(incoming.getCallingNumber()).isEqualTo("+4930123");
        assertThat(incoming.getBearerAirEndpoint()).as("the call rings on this stream").isEmpty();
        assertThat(awaitEvent("in-1", BaseCallEvent.EventCase.ALERTING).getIpui()).isEqualTo("00C0000001");

        handset.send(HandsetUplink.newBuilder().setCallAnswer(CallAnswer.newBuilder().setCallId("in-1")).build());
        awaitEvent("in-1", BaseCallEvent.EventCase.ANSWERED);
        var gateway = gateway().open("in-1", "00C0000001");
        dm.sendCommand(BaseStationCommand.newBuilder().setCallProgress(CallProgressCommand.newBuilder()
                .setCallId("in-1").setIpui("00C0000001").setState(CallState.CONNECTED).setCodec(Codec.PCMA)));
        assertThat(handset.nextSignal().getCallProgress().getState()).isEqualTo(CallState.CONNECTED);
        await().atMost(WITHIN).until(() -> relays("in-1", 1));

        var downlink = IntStream.range(0, 100).mapToObj(i -> frame("in-1", i)).toList();
        var uplink = IntStream.range(0, 100).mapToObj(i -> frame("in-1", 1000 + i)).toList();
        downlink.forEach(gateway::send);
        uplink.forEach(handset::sendFrame);

        assertThat(IntStream.range(0, 100).mapToObj(i -> handset.nextFrame()).toList())
                .containsExactlyElementsOf(downlink);
        assertThat(IntStream.range(0, 100).mapToObj(i -> gateway.next()).toList()).containsExactlyElementsOf(uplink);
        assertThat(bearer("in-1")).containsEntry("state", "CARRIED").containsEntry("stream", "LOCK");

        dm.sendCommand(BaseStationCommand.newBuilder().setReleaseCall(ReleaseCallCommand.newBuilder()
                .setCallId("in-1").setIpui("00C0000001").setCause(ReleaseCause.NORMAL).setReason("far end hung up")));
        var release = handset.nextSignal().getCallRelease();
        assertThat(release.getCause()).isEqualTo(ReleaseCause.NORMAL);
        assertThat(release.getReason()).isEqualTo("far end hung up");
        await().atMost(WITHIN).until(() -> gateway.ended != null);
        assertThat(gateway.ended.getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(statistic("activeBearers")).isZero();
    }

    @Test
    void voiceFromStrangersAndGarbageIsDroppedAndTheCallsVoiceGoesOn() throws Exception {
        var handset = attachedHandset("00C0000006");
        assertThat(handset.basePort).as("VoicePath answers the Lock").isPositive();
        assertThat(handset.beforeVoicePath).as("VoicePath is the first downlink").isZero();
        alertHere("drop-1", "00C0000006");
        handset.nextSignal();
        awaitEvent("drop-1", BaseCallEvent.EventCase.ALERTING);
        var gateway = gateway().open("drop-1", "00C0000006");
        await().atMost(WITHIN).until(() -> relays("drop-1", 1) && gateway.basePort > 0);
        assertThat(gateway.basePort).as("one voice socket per base").isEqualTo(handset.basePort);
        long droppedBefore = metric("multicell_base_voice_datagrams_dropped_total");

        try (var stranger = new VoiceEnd()) {
            stranger.send(handset.basePort, Direction.DOWNLINK, frame("drop-1", 1));
            stranger.send(handset.basePort, Direction.UPLINK, frame("drop-1", 2));
            stranger.sendRaw(handset.basePort, new byte[] {(byte) 0xff, 1, 2, 3});
            gateway.voice.send(handset.basePort, Direction.DOWNLINK, frame("no-such-call", 3));
            gateway.send(frame("drop-1", 4));
            handset.sendFrame(frame("drop-1", 5));

            assertThat(handset.nextFrame()).as("only the gateway leg speaks down").isEqualTo(frame("drop-1", 4));
            assertThat(gateway.next()).as("only the handset speaks up").isEqualTo(frame("drop-1", 5));
            assertThat(handset.voice.poll(300)).isNull();
            assertThat(gateway.voice.poll(0)).isNull();
            assertThat(stranger.poll(0)).isNull();
        }
        await().atMost(WITHIN).until(() -> metric("multicell_base_voice_datagrams_dropped_total") >= droppedBefore + 4);
    }

    @Test
    void aRelayOpenWithoutAVoiceAddressIsRefusedNamingTheField() {
        var handset = attachedHandset("00C0000007");
        alertHere("bad-1", "00C0000007");
        handset.nextSignal();
        awaitEvent("bad-1", BaseCallEvent.EventCase.ALERTING);

        var gateway = gateway().open(RelayOpen.newBuilder().setCallId("bad-1").setIpui("00C0000007")
                .setUplinkAddress("127.0.0.1:0").build());

        await().atMost(WITHIN).until(() -> gateway.ended != null);
        assertThat(gateway.ended.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(gateway.ended.getDescription()).isEqualTo("open.uplink_address: port must be 1..65535");
        assertThat(gateway.basePort).isZero();
        assertThat(relays("bad-1", 0)).isTrue();
    }

    private static long metric(String name) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith(name + "{")).mapToLong(l -> (long) Double.parseDouble(
                l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void anOutgoingCallIsReportedAndItsProgressReachesTheHandset() {
        var handset = attachedHandset("00C0000002");

        handset.send(HandsetUplink.newBuilder().setCallSetup(CallSetup.newBuilder().setCallId("out-1")
                .setDialledNumber("0301234").addHeard(io.multicell.proto.air.v1.BaseHeard.newBuilder()
                        .setBaseMac("7C:2F:80:00:00:03").setRssiDbm(-71))).build());
        var setup = awaitEvent("out-1", BaseCallEvent.EventCase.SETUP).getSetup();
        assertThat(setup.getDialledNumber()).isEqualTo("0301234");
        assertThat(setup.getHeard(0).getBaseMac()).isEqualTo("7C:2F:80:00:00:03");

        dm.sendCommand(BaseStationCommand.newBuilder().setCallProgress(CallProgressCommand.newBuilder()
                .setCallId("out-1").setIpui("00C0000002").setState(CallState.PROCEEDING).setCodec(Codec.PCMA)));
        assertThat(handset.nextSignal().getCallProgress().getState()).isEqualTo(CallState.PROCEEDING);
        await().atMost(WITHIN).until(() -> statistic("activeBearers") == 1);

        handset.send(HandsetUplink.newBuilder().setCallRelease(CallRelease.newBuilder().setCallId("out-1")
                .setCause(ReleaseCause.NORMAL)).build());
        assertThat(awaitEvent("out-1", BaseCallEvent.EventCase.RELEASED).getReleased().getCause())
                .isEqualTo(ReleaseCause.NORMAL);
        await().atMost(WITHIN).until(() -> statistic("activeBearers") == 0);
    }

    @Test
    void aBearerLockWithAnUnexpectedCallIdIsRefused() {
        var handset = handset("00C0000003").lockBearer("nobody-expects-this");

        var result = handset.next().getLocationResult();
        assertThat(result.getAccepted()).isFalse();
        assertThat(result.getReason()).isEqualTo("no bearer expected for this call and handset");
        await().atMost(WITHIN).until(() -> handset.ended != null);
        assertThat(awaitEvent("nobody-expects-this", BaseCallEvent.EventCase.BEARER_REFUSED).getIpui())
                .isEqualTo("00C0000003");
    }

    @Test
    void theSecondBearerOfAHandoverGetsTheGatewaysFramesAndIsReleasedWithBearerReleased() {
        // This base is the handover target: the gateway already streams the call (to the old base) from sequence 500.
        expectBearer("ho-1", "00C0000004");
        await().atMost(WITHIN).until(() -> !bearer("ho-1").isEmpty());
        long connBefore = statistic("conn");

        var bearer = handset("00C0000004").lockBearer("ho-1");
        assertThat(awaitEvent("ho-1", BaseCallEvent.EventCase.BEARER_ARRIVED).getBearerArrived().getRssiDbm())
                .isEqualTo(-52.0);
        assertThat(statistic("conn")).isEqualTo(connBefore + 1);
        var gateway = gateway().open("ho-1", "00C0000004");
        await().atMost(WITHIN).until(() -> relays("ho-1", 1));

        var downlink = IntStream.range(500, 550).mapToObj(i -> frame("ho-1", i)).toList();
        downlink.forEach(gateway::send);
        assertThat(IntStream.range(0, 50).mapToObj(i -> bearer.nextFrame()).toList())
                .containsExactlyElementsOf(downlink);
        bearer.sendFrame(frame("ho-1", 77));
        assertThat(gateway.next()).isEqualTo(frame("ho-1", 77));

        // ... and later the old bearer of the next handover: HandoverCommand, then BearerReleased.
        dm.sendCommand(BaseStationCommand.newBuilder().setHandover(HandoverHandset.newBuilder().setCallId("ho-1")
                .setIpui("00C0000004").setTargetBaseMac("7C:2F:80:00:00:03").setTargetAirEndpoint("127.0.0.1:9093")));
        HandsetDownlink command = bearer.nextSignal();
        assertThat(command.getHandoverCommand().getTargetAirEndpoint()).isEqualTo("127.0.0.1:9093");
        dm.sendCommand(BaseStationCommand.newBuilder().setReleaseBearer(ReleaseBearer.newBuilder().setCallId("ho-1")
                .setIpui("00C0000004")));
        assertThat(bearer.nextSignal().getBearerReleased().getCallId()).isEqualTo("ho-1");
        await().atMost(WITHIN).until(() -> gateway.ended != null);
        assertThat(gateway.ended.getCode()).isEqualTo(Status.Code.NOT_FOUND);

        bearer.close();
        await().atMost(WITHIN).until(() -> statistic("lockedHandsets") == 0);
        assertThat(dm.eventsOf("ho-1")).noneMatch(e -> e.getEventCase() == BaseCallEvent.EventCase.BEARER_LOST);
    }

    @Test
    void aHandsetStreamThatBreaksMidCallIsReportedAsBearerLost() {
        var handset = attachedHandset("00C0000005");
        alertHere("lost-1", "00C0000005");
        handset.nextSignal();
        awaitEvent("lost-1", BaseCallEvent.EventCase.ALERTING);
        var gateway = gateway().open("lost-1", "00C0000005");
        await().atMost(WITHIN).until(() -> relays("lost-1", 1));

        handset.breakStream();

        assertThat(awaitEvent("lost-1", BaseCallEvent.EventCase.BEARER_LOST).getIpui()).isEqualTo("00C0000005");
        await().atMost(WITHIN).until(() -> dm.detached.stream().anyMatch(d -> d.getIpui().equals("00C0000005")));
        await().atMost(WITHIN).until(() -> gateway.ended != null);
        assertThat(gateway.ended.getCode()).isEqualTo(Status.Code.NOT_FOUND);
    }

    @Test
    void aRelayForACallNotExpectedHereWaitsForItAndIsNotFoundWhenTheCallIsReleased() {
        // A handover's leg may come before the DM's ExpectBearer: it waits rather than failing the handover.
        var gateway = gateway().open("no-such-call", "00C0000006");
        await().during(Duration.ofMillis(300)).atMost(WITHIN).until(() -> gateway.ended == null);
        assertThat(gateway.basePort).as("not accepted: no bearer here").isZero();

        dm.sendCommand(BaseStationCommand.newBuilder().setReleaseCall(ReleaseCallCommand.newBuilder()
                .setCallId("no-such-call").setIpui("00C0000006").setCause(ReleaseCause.NORMAL).setReason("far end hung up")));

        await().atMost(WITHIN).until(() -> gateway.ended != null);
        assertThat(gateway.ended.getCode()).isEqualTo(Status.Code.NOT_FOUND);
    }

    @Test
    void heartbeatsCarryConnAndActiveBearersAndAResetZeroesConn() {
        attachedHandset("00C0000007");
        expectBearer("conn-1", "00C0000008");
        handset("00C0000008").lockBearer("conn-1");
        awaitEvent("conn-1", BaseCallEvent.EventCase.BEARER_ARRIVED);
        long conn = statistic("conn");
        assertThat(conn).isGreaterThanOrEqualTo(2);
        int seen = dm.heartbeatReports.size();
        await().atMost(WITHIN).until(() -> dm.heartbeatReports.size() > seen + 1);
        var heartbeat = dm.heartbeatReports.get(dm.heartbeatReports.size() - 1);
        assertThat(heartbeat.getMacConnections()).isEqualTo(conn);
        assertThat(heartbeat.getActiveBearers()).isEqualTo(1);

        dm.sendCommand(BaseStationCommand.newBuilder().setResetStatistics(ResetStatistics.getDefaultInstance()));

        await().atMost(WITHIN).until(() -> statistic("conn") == 0);
        int afterReset = dm.heartbeatReports.size();
        await().atMost(WITHIN).until(() -> dm.heartbeatReports.size() > afterReset + 1);
        assertThat(heartbeatConn(dm)).isZero();
        assertThat(dm.heartbeatReports.get(dm.heartbeatReports.size() - 1).getActiveBearers()).isEqualTo(1);
        attachedHandset("00C0000009");
        await().atMost(WITHIN).until(() -> statistic("conn") == 1);
    }
}
