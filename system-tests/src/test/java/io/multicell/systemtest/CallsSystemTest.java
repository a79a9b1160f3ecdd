package io.multicell.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.multicell.core.identity.MacAddress;
import io.multicell.proto.events.v1.HandoverCompleted;
import io.multicell.testing.sip.KamailioProcess;
import io.multicell.testing.sip.SippProcess;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * "Making calls" / "Accepting calls" and the handover of "Creating a mini multicell system" over the real cluster and
 * real SIP peers: Kamailio from Debian as the PBX, sipp as far-end caller and callee (echoing the handset's voice, so
 * the handset checks what comes back frame by frame), virtual handsets with one SIP account each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CallsSystemTest {

    private static final String BASE_1 = MacAddress.forInstance(1).value();
    private static final String BASE_2 = MacAddress.forInstance(2).value();
    private static final String BASE_3 = MacAddress.forInstance(3).value();
    private static final String PIN = "4321";
    /** Handsets 1..HANDSETS get SIP accounts 1001.. of the Kamailio configuration (password pw + number). */
    private static final int HANDSETS = 10;
    /** A subscriber of the Kamailio configuration that sipp registers as the far-end callee. */
    private static final String CALLEE = "1030";
    private static final Duration SETTLE = IntegratorApi.SETTLE;
    private static final Duration SIPP_END = Duration.ofSeconds(60);

    private KamailioProcess kamailio;
    private MiniMulticellCluster cluster;
    private IntegratorApi api;
    private HandsetSimulatorApi simulator;
    private final List<SippProcess> sipps = new ArrayList<>();

    @BeforeAll
    void startPbxAndClusterWithAccounts() throws Exception {
        kamailio = KamailioProcess.start(freeUdpPort());
        cluster = MiniMulticellCluster.start();
        api = new IntegratorApi(cluster.integratorUrl());
        simulator = new HandsetSimulatorApi(cluster.simulatorUrl());

        api.confirmThreeBasesOnALine(BASE_1, BASE_2, BASE_3);

        api.admin().body(Map.of("name", "Kamailio", "domain", "127.0.0.1", "proxyAddress", "127.0.0.1",
                        "proxyPort", kamailio.port(), "codecs", List.of("PCMA", "PCMU")))
                .put("/api/v1/provider-profiles/1").then().statusCode(200);
        for (int n = 1; n <= HANDSETS; n++) {
            String number = Integer.toString(1000 + n);
            api.admin().body(Map.of("ipui", ipui(n), "pin", PIN, "handsetName", "Handset " + n,
                            "voipAccount", Map.of("providerProfileId", 1, "authenticationName", number, "password", "pw" + number,
                                    "username", number, "displayName", "Handset " + n)))
                    .post("/api/v1/mobile-devices").then().statusCode(201);
        }
        api.admin().body(Map.of("duration", Map.of("minutes", 10)))
                .put("/api/v1/mobile-devices/registration-centre").then().statusCode(200);
        // All next to base 1, answering at once unless a test says otherwise.
        IntStream.rangeClosed(1, HANDSETS).forEach(n -> {
            simulator.create(handsetId(n), ipui(n), 1.0 + 0.2 * n, 1.0);
            simulator.answerMode(handsetId(n), "AUTO");
        });
        IntStream.rangeClosed(1, HANDSETS).parallel().forEach(n -> simulator.register(handsetId(n), PIN));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> IntStream.rangeClosed(1, HANDSETS).forEach(n ->
                assertThat(simulator.handset(handsetId(n)).get("state")).as(handsetId(n)).isEqualTo("ATTACHED")));
    }

    @AfterAll
    void stopEverything() {
        sipps.forEach(SippProcess::close);
        if (cluster != null) {
            cluster.close();
        }
        if (kamailio != null) {
            kamailio.close();
        }
    }

    private static String ipui(int n) {
        return String.format("00C0FFE%03X", n);
    }

    private static String handsetId(int n) {
        return String.format("caller%02d", n);
    }

    private static String number(int n) {
        return Integer.toString(1000 + n);
    }

    private static int freeUdpPort() throws IOException {
        try (var socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private SippProcess sipp(SippProcess.Options options) {
        SippProcess sipp = options.start();
        sipps.add(sipp);
        return sipp;
    }

    private Map<String, Object> mobileDevice(String ipui) {
        List<Map<String, Object>> devices = api.admin().get("/api/v1/mobile-devices").then().statusCode(200)
                .extract().jsonPath().getList("");
        return devices.stream().filter(d -> ipui.equals(d.get("ipui"))).findFirst()
                .orElseThrow(() -> new AssertionError("no mobile device with IPUI " + ipui));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    private static long count(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The handset's voice came back from the far end complete and unchanged (the far end echoes it). */
    private static void assertVoiceEchoedIntact(Map<String, Object> call) {
        Map<String, Object> media = map(call, "media");
        assertThat(count(media, "framesSent")).as("frames sent %s", media).isGreaterThan(20);
        assertThat(count(media, "echoedFrames")).as("frames echoed back %s", media).isGreaterThan(20);
        assertThat(count(media, "echoLost")).as("echoed frames missing %s", media).isZero();
        assertThat(count(media, "contentErrors")).as("frames changed on the way %s", media).isZero();
        assertThat(count(media, "lost")).as("downlink sequence gaps %s", media).isZero();
    }

    @Test
    @Order(1)
    void everyHandsetsAccountRegistersAtThePbxWithDigestAuthentication() {
        await().atMost(SETTLE.multipliedBy(2)).untilAsserted(() -> IntStream.rangeClosed(1, HANDSETS).forEach(n ->
                assertThat(map(mobileDevice(ipui(n)), "sip").get("state")).as(number(n)).isEqualTo("Registered")));
        IntStream.rangeClosed(1, HANDSETS).forEach(n ->
                assertThat(kamailio.acceptedRegisters(number(n))).as(number(n)).isPositive());
    }

    @Test
    @Order(2)
    void farEndCallsAHandsetWhichRingsAnswersAndHearsTheFarEnd() {
        SippProcess caller = sipp(SippProcess.scenario("uac-call-echo.xml").remote("127.0.0.1", kamailio.port())
                .service(number(1)).localPort(freePort()).media(freePort(), true).pause(Duration.ofSeconds(3)).calls(1));

        await().atMost(SETTLE).untilAsserted(() ->
                assertThat(simulator.currentCall(handsetId(1)).get("state")).isEqualTo("CONNECTED"));
        assertThat(caller.awaitExit(SIPP_END)).as(caller.output()).isEqualTo(SippProcess.ALL_CALLS_SUCCEEDED);

        await().atMost(SETTLE).untilAsserted(() -> {
            Map<String, Object> call = simulator.currentCall(handsetId(1));
            assertThat(call.get("state")).isEqualTo("RELEASED");
            assertThat(call.get("direction")).isEqualTo("INCOMING");
            assertVoiceEchoedIntact(call);
        });
        await().atMost(SETTLE).untilAsserted(() -> assertThat(api.admin().get("/api/v1/calls").then().statusCode(200)
                .extract().jsonPath().getList("")).isEmpty());
    }

    @Test
    @Order(3)
    void handsetCallsAFarEndCalleeThroughThePbxAndHangsUp() {
        int calleePort = freePort();
        SippProcess callee = sipp(SippProcess.scenario("uas-answer-echo.xml").localPort(calleePort).media(freePort(), true).calls(1));
        SippProcess registration = sipp(SippProcess.scenario("register-contact.xml").remote("127.0.0.1", kamailio.port())
                .service(CALLEE).credentials(CALLEE, "pw" + CALLEE).key("contact_port", Integer.toString(calleePort))
                .localPort(freePort()).calls(1));
        assertThat(registration.awaitExit(SIPP_END)).as(registration.output()).isEqualTo(SippProcess.ALL_CALLS_SUCCEEDED);

        simulator.dial(handsetId(2), CALLEE);
        await().atMost(SETTLE).untilAsserted(() ->
                assertThat(simulator.currentCall(handsetId(2)).get("state")).isEqualTo("CONNECTED"));
        await().atMost(SETTLE).untilAsserted(() ->
                assertThat(count(map(simulator.currentCall(handsetId(2)), "media"), "echoedFrames")).isGreaterThan(50));
        simulator.hangUp(handsetId(2));

        assertThat(callee.awaitExit(SIPP_END)).as(callee.output()).isEqualTo(SippProcess.ALL_CALLS_SUCCEEDED);
        Map<String, Object> call = simulator.currentCall(handsetId(2));
        assertThat(call.get("state")).isEqualTo("RELEASED");
        assertThat(call.get("direction")).isEqualTo("OUTGOING");
        assertVoiceEchoedIntact(call);
    }

    @Test
    @Order(4)
    void callerCancelsWhileTheHandsetRingsAndTheHandsetStopsRinging() {
        simulator.answerMode(handsetId(3), "MANUAL");
        SippProcess caller = sipp(SippProcess.scenario("uac-cancel.xml").remote("127.0.0.1", kamailio.port())
                .service(number(3)).localPort(freePort()).media(freePort(), false).pause(Duration.ofSeconds(1)).calls(1));

        await().atMost(SETTLE).untilAsserted(() ->
                assertThat(simulator.currentCall(handsetId(3)).get("state")).isEqualTo("RINGING"));
        assertThat(caller.awaitExit(SIPP_END)).as("sipp got 487 after its CANCEL: " + caller.output())
                .isEqualTo(SippProcess.ALL_CALLS_SUCCEEDED);
        await().atMost(SETTLE).untilAsserted(() -> {
            Map<String, Object> call = simulator.currentCall(handsetId(3));
            assertThat(call.get("state")).isEqualTo("RELEASED");
            assertThat(call.get("releaseCause")).isEqualTo("CANCELLED");
        });
        simulator.answerMode(handsetId(3), "AUTO");
    }

    @Test
    @Order(5)
    void handsetWalkingBaseOneTwoThreeInACallIsHandedOverTwiceWithoutLosingAFrame() {
        try (var handovers = new TopicReader(cluster.kafkaBootstrap(), "multicell.handover.v1")) {
            handOverTwice(handovers);
        } finally {
            // Back next to base 1 even when an assertion failed, so the later tests start from the plan they expect.
            simulator.hangUpIfInCall(handsetId(4));
            simulator.moveTo(handsetId(4), 2.0, 1.0);
        }
    }

    private void handOverTwice(TopicReader handovers) {
        String walker = handsetId(4);
        SippProcess caller = sipp(SippProcess.scenario("uac-call-until-bye.xml").remote("127.0.0.1", kamailio.port())
                .service(number(4)).localPort(freePort()).media(freePort(), true).calls(1));
        await().atMost(SETTLE).untilAsserted(() -> assertThat(simulator.currentCall(walker).get("state")).isEqualTo("CONNECTED"));

        simulator.walk(walker, List.of(new double[] {2.0, 1.0}, new double[] {40.0, 1.0}), 4.0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(count(simulator.currentCall(walker), "handovers")).isEqualTo(2));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(count(map(simulator.currentCall(walker), "media"), "echoedFrames")).isGreaterThan(100));
        simulator.hangUp(walker);
        assertThat(caller.awaitExit(SIPP_END)).as(caller.output()).isEqualTo(SippProcess.ALL_CALLS_SUCCEEDED);

        Map<String, Object> call = simulator.currentCall(walker);
        assertVoiceEchoedIntact(call);
        var events = new ArrayList<HandoverCompleted>();
        await().atMost(SETTLE).untilAsserted(() -> {
            events.clear();
            for (var record : handovers.poll()) {
                if (ipui(4).equals(record.key())) {
                    events.add(HandoverCompleted.parseFrom(record.value()));
                }
            }
            assertThat(events).hasSize(2);
        });
        assertThat(events).extracting(HandoverCompleted::getFromBaseMac, HandoverCompleted::getToBaseMac)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BASE_1, BASE_2), org.assertj.core.groups.Tuple.tuple(BASE_2, BASE_3));
        assertThat(events).allSatisfy(e -> assertThat(e.getDuration().getSeconds()).isZero());

        Map<String, Map<String, Object>> statistics = baseStatistics();
        assertThat(count(statistics.get(BASE_1), "hoRelease")).isGreaterThanOrEqualTo(1);
        assertThat(count(statistics.get(BASE_2), "hoSetup")).isGreaterThanOrEqualTo(1);
        assertThat(count(statistics.get(BASE_2), "hoRelease")).isGreaterThanOrEqualTo(1);
        assertThat(count(statistics.get(BASE_3), "hoSetup")).isGreaterThanOrEqualTo(1);
    }

    @Test
    @Order(6)
    void handsetLeavingCoverageMidCallIsDroppedCleanlyAndCountedAsACallDrop() {
        String leaver = handsetId(5);
        SippProcess caller = sipp(SippProcess.scenario("uac-call-until-bye.xml").remote("127.0.0.1", kamailio.port())
                .service(number(5)).localPort(freePort()).media(freePort(), true).calls(1));
        await().atMost(SETTLE).untilAsserted(() -> assertThat(simulator.currentCall(leaver).get("state")).isEqualTo("CONNECTED"));
        long dropsBefore = count(baseStatistics().get(BASE_1), "callDrops");

        simulator.moveTo(leaver, 3000.0, 0.0); // far beyond every base's range

        assertThat(caller.awaitExit(SIPP_END)).as("the PBX side got a BYE: " + caller.output())
                .isEqualTo(SippProcess.ALL_CALLS_SUCCEEDED);
        Map<String, Object> call = simulator.currentCall(leaver);
        assertThat(call.get("state")).isEqualTo("RELEASED");
        assertThat(call.get("releaseCause")).isEqualTo("LINK_LOST");
        await().atMost(SETTLE).untilAsserted(() ->
                assertThat(count(baseStatistics().get(BASE_1), "callDrops")).isEqualTo(dropsBefore + 1));

        simulator.moveTo(leaver, 2.0, 1.0);
        await().atMost(SETTLE).untilAsserted(() -> assertThat(simulator.handset(leaver).get("state")).isEqualTo("ATTACHED"));
    }

    @Test
    @Order(7)
    void ninthCallOnAFullBaseGoesThroughANeighbourAndWithoutOneTheCallIsRefusedAsBusy() {
        // Handsets 1..9 next to base 1 (they also hear base 2, 20 m away); handset 10 where only base 1 reaches.
        simulator.moveTo(handsetId(10), -145.0, 0.0);
        await().atMost(SETTLE).untilAsserted(() -> IntStream.rangeClosed(1, 10).forEach(n -> {
            Map<String, Object> handset = simulator.handset(handsetId(n));
            assertThat(handset.get("state")).as(handsetId(n)).isEqualTo("ATTACHED");
            assertThat(MacAddress.parse((String) handset.get("lockedBaseMac")).value()).as(handsetId(n)).isEqualTo(BASE_1);
        }));
        var callers = new ArrayList<SippProcess>();
        for (int n = 1; n <= 9; n++) {
            final int handset = n;
            callers.add(sipp(SippProcess.scenario("uac-call-until-bye.xml").remote("127.0.0.1", kamailio.port())
                    .service(number(n)).localPort(freePort()).media(freePort(), true).calls(1)));
            // one at a time, so that the ninth is the one that finds base 1 full
            await().atMost(SETTLE).untilAsserted(() ->
                    assertThat(simulator.currentCall(handsetId(handset)).get("state")).isEqualTo("CONNECTED"));
        }
        List<Map<String, Object>> calls = api.admin().get("/api/v1/calls").then().statusCode(200).extract().jsonPath().getList("");
        assertThat(calls).hasSize(9);
        assertThat(calls).filteredOn(c -> bearers(c).equals(List.of(BASE_1))).hasSize(8);
        assertThat(calls).filteredOn(c -> c.get("ipui").equals(ipui(9))).singleElement()
                .satisfies(c -> assertThat(bearers(c)).containsExactly(BASE_2));
        long busyBefore = count(baseStatistics().get(BASE_1), "busy");
        assertThat(busyBefore).as("base 1 was full for the ninth call").isPositive();

        SippProcess refused = sipp(SippProcess.scenario("uac-call-busy.xml").remote("127.0.0.1", kamailio.port())
                .service(number(10)).localPort(freePort()).media(freePort(), false).calls(1));
        assertThat(refused.awaitExit(SIPP_END)).as("486 for the call no base can carry: " + refused.output())
                .isEqualTo(SippProcess.ALL_CALLS_SUCCEEDED);
        assertThat(count(baseStatistics().get(BASE_1), "busy")).isEqualTo(busyBefore + 1);
        assertThat(count(baseStatistics().get(BASE_1), "calls")).isEqualTo(8);

        IntStream.rangeClosed(1, 9).forEach(n -> simulator.hangUp(handsetId(n)));
        callers.forEach(c -> assertThat(c.awaitExit(SIPP_END)).as(c.output()).isEqualTo(SippProcess.ALL_CALLS_SUCCEEDED));
        simulator.moveTo(handsetId(10), 3.0, 1.0);
    }

    @Test
    @Order(8)
    void garbageAtTheSipPortAndInvalidProfileValuesChangeNothingAndCallsStillWork() throws Exception {
        int sipPort = cluster.ports.sipSignalling();
        try (var socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            byte[] garbage = "\u0000\u0001 this is not SIP at all \r\n\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] noCallId = ("INVITE sip:1001@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:9;branch=z9hG4bKx\r\n"
                    + "From: <sip:x@127.0.0.1>;tag=1\r\nTo: <sip:1001@127.0.0.1>\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] huge = new byte[64 * 1024 - 100];
            java.util.Arrays.fill(huge, (byte) 'A');
            for (byte[] datagram : List.of(garbage, noCallId, huge)) {
                socket.send(new java.net.DatagramPacket(datagram, datagram.length, InetAddress.getLoopbackAddress(), sipPort));
            }
        }
        Map<String, Object> before = api.admin().get("/api/v1/provider-profiles/1").then().statusCode(200).extract().jsonPath().getMap("");
        IntegratorApi.assertRefused(api.admin().body(Map.of("proxyPort", 0)).put("/api/v1/provider-profiles/1"), "proxyPort");
        IntegratorApi.assertRefused(api.admin().body(Map.of("proxyPort", 70000)).put("/api/v1/provider-profiles/1"), "proxyPort");
        IntegratorApi.assertRefused(api.admin().body(Map.of("registrationRefreshSeconds", 0)).put("/api/v1/provider-profiles/1"),
                "registrationRefreshSeconds");
        IntegratorApi.assertRefused(api.admin().body(Map.of("codecs", List.of("PCMA", "OPUS"))).put("/api/v1/provider-profiles/1"), "codecs");
        IntegratorApi.assertRefused(api.admin().body(Map.of("name", "N".repeat(75))).put("/api/v1/provider-profiles/1"), "name");
        assertThat(api.admin().get("/api/v1/provider-profiles/1").then().statusCode(200).extract().jsonPath().getMap(""))
                .isEqualTo(before);

        SippProcess caller = sipp(SippProcess.scenario("uac-call-echo.xml").remote("127.0.0.1", kamailio.port())
                .service(number(6)).localPort(freePort()).media(freePort(), true).pause(Duration.ofSeconds(2)).calls(1));
        assertThat(caller.awaitExit(SIPP_END)).as(caller.output()).isEqualTo(SippProcess.ALL_CALLS_SUCCEEDED);
        await().atMost(SETTLE).untilAsserted(() -> assertVoiceEchoedIntact(simulator.currentCall(handsetId(6))));
    }

    @Test
    @Order(9)
    void pbxRestartedWhileTheAccountsRefreshEveryAccountIsRegisteredAgainWithinTheRetryTimer() {
        // Short timers so the test sees a refresh fail and the retry within a minute: refresh 20 s (REGISTER again
        // at 80 %), T1 100 ms (a REGISTER nobody answers fails after 64 × T1 = 6.4 s), retry 10 s.
        api.admin().body(Map.of("t1Ms", 100, "failedRegistrationRetrySeconds", 10)).put("/api/v1/telephony/voip")
                .then().statusCode(200);
        api.admin().body(Map.of("registrationRefreshSeconds", 20)).put("/api/v1/provider-profiles/1").then().statusCode(200);
        await().atMost(SETTLE).untilAsserted(() -> IntStream.rangeClosed(1, HANDSETS).forEach(n ->
                assertThat(map(mobileDevice(ipui(n)), "sip").get("state")).as(number(n)).isEqualTo("Registered")));

        kamailio.stop();
        // Each account's refresh fails in its own time (and its retries fail too while the PBX is away).
        var seenFailed = new java.util.HashSet<String>();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            IntStream.rangeClosed(1, HANDSETS).filter(n -> "Failed".equals(map(mobileDevice(ipui(n)), "sip").get("state")))
                    .forEach(n -> seenFailed.add(number(n)));
            assertThat(seenFailed).hasSize(HANDSETS);
        });
        kamailio.startAgain(); // an empty location table: every binding is gone

        await().atMost(Duration.ofSeconds(10 + 5)).untilAsserted(() -> IntStream.rangeClosed(1, HANDSETS).forEach(n -> {
            assertThat(map(mobileDevice(ipui(n)), "sip").get("state")).as(number(n)).isEqualTo("Registered");
            assertThat(kamailio.acceptedRegisters(number(n))).as("%s registered at the restarted PBX", number(n)).isPositive();
        }));
        SippProcess caller = sipp(SippProcess.scenario("uac-call-echo.xml").remote("127.0.0.1", kamailio.port())
                .service(number(7)).localPort(freePort()).media(freePort(), true).pause(Duration.ofSeconds(1)).calls(1));
        assertThat(caller.awaitExit(SIPP_END)).as(caller.output()).isEqualTo(SippProcess.ALL_CALLS_SUCCEEDED);
    }

    @Test
    @Order(10)
    void theAreaCodeOfTheCallSettingsIsPutInFrontOfWhatTheHandsetDials() {
        // Local prefix "1" and local area code "0": a handset that dials 30 calls 1030 (the far-end callee).
        api.admin().body(Map.of("localPrefix", "1", "localAreaCode", "0", "useAreaCode", "LOCAL")).put("/api/v1/telephony/call-settings")
                .then().statusCode(200);
        int calleePort = freePort();
        SippProcess callee = sipp(SippProcess.scenario("uas-answer-echo.xml").localPort(calleePort).media(freePort(), true).calls(1));
        SippProcess registration = sipp(SippProcess.scenario("register-contact.xml").remote("127.0.0.1", kamailio.port())
                .service(CALLEE).credentials(CALLEE, "pw" + CALLEE).key("contact_port", Integer.toString(calleePort))
                .localPort(freePort()).calls(1));
        assertThat(registration.awaitExit(SIPP_END)).as(registration.output()).isEqualTo(SippProcess.ALL_CALLS_SUCCEEDED);

        simulator.dial(handsetId(8), "30");
        await().atMost(SETTLE).untilAsserted(() -> assertThat(simulator.currentCall(handsetId(8)).get("state")).isEqualTo("CONNECTED"));
        simulator.hangUp(handsetId(8));
        assertThat(callee.awaitExit(SIPP_END)).as("the callee 1030 was called: " + callee.output())
                .isEqualTo(SippProcess.ALL_CALLS_SUCCEEDED);
        api.admin().body(Map.of("useAreaCode", "NEVER")).put("/api/v1/telephony/call-settings").then().statusCode(200);
    }

    @Test
    @Order(11)
    void keysPressedOnAHandsetReachTheFarEndAsTelephoneEventsAndItsEventsComeBackAsDigits() {
        // The far end offers telephone-event and echoes RTP: every key leaves the gateway as an RFC 2833 event and
        // the far end's copy of it reaches the handset as one digit.
        SippProcess caller = sipp(SippProcess.scenario("uac-call-echo.xml").remote("127.0.0.1", kamailio.port())
                .service(number(2)).localPort(freePort()).media(freePort(), true).pause(Duration.ofSeconds(3)).calls(1));
        await().atMost(SETTLE).untilAsserted(() -> assertThat(simulator.currentCall(handsetId(2)).get("state")).isEqualTo("CONNECTED"));
        simulator.pressKeys(handsetId(2), "1#5*0");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(simulator.currentCall(handsetId(2)).get("keysReceived")).isEqualTo("1#5*0"));
        assertThat(caller.awaitExit(SIPP_END)).as(caller.output()).isEqualTo(SippProcess.ALL_CALLS_SUCCEEDED);
        Map<String, Object> call = simulator.currentCall(handsetId(2));
        assertThat(call.get("keysSent")).isEqualTo("1#5*0");
        assertVoiceEchoedIntact(call);
    }

    @Test
    @Order(12)
    void aWrongPasswordShowsFailedAndTheAccountIsTriedAgainOnlyAtTheFailedRegistrationRetryTimer() {
        // The retry timer is 10 s since test 9. Handset 10's account gets a password Kamailio does not know.
        Map<String, Object> device = mobileDevice(ipui(10));
        api.admin().body(Map.of("voipAccount", Map.of("providerProfileId", 1, "authenticationName", number(10),
                        "password", "not-the-password", "username", number(10), "displayName", "Handset 10")))
                .put("/api/v1/mobile-devices/{id}", device.get("id")).then().statusCode(200);
        await().atMost(SETTLE.plusSeconds(10)).untilAsserted(() -> {
            Map<String, Object> sip = map(mobileDevice(ipui(10)), "sip");
            assertThat(sip.get("state")).isEqualTo("Failed");
            assertThat(sip.get("lastStatusCode")).isEqualTo(403);
        });
        long rounds = kamailio.authenticatedRegisters(number(10));
        // Nothing more reaches the PBX while the retry timer runs, then exactly one more round comes.
        await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(9)).pollInterval(Duration.ofMillis(500))
                .until(() -> kamailio.authenticatedRegisters(number(10)) == rounds);
        await().atMost(Duration.ofSeconds(5)).until(() -> kamailio.authenticatedRegisters(number(10)) == rounds + 1);
        assertThat(map(mobileDevice(ipui(10)), "sip").get("state")).isEqualTo("Failed");

        api.admin().body(Map.of("voipAccount", Map.of("providerProfileId", 1, "authenticationName", number(10),
                        "password", "pw" + number(10), "username", number(10), "displayName", "Handset 10")))
                .put("/api/v1/mobile-devices/{id}", device.get("id")).then().statusCode(200);
        await().atMost(SETTLE.plusSeconds(10)).untilAsserted(() ->
                assertThat(map(mobileDevice(ipui(10)), "sip").get("state")).isEqualTo("Registered"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> bearers(Map<String, Object> call) {
        return ((List<String>) call.get("bearerBaseMacs")).stream().map(mac -> MacAddress.parse(mac).value()).toList();
    }

    private Map<String, Map<String, Object>> baseStatistics() {
        List<Map<String, Object>> rows = api.admin().get("/api/v1/statistics/base-stations").then().statusCode(200)
                .extract().jsonPath().getList("");
        var byMac = new java.util.HashMap<String, Map<String, Object>>();
        rows.forEach(row -> byMac.put(MacAddress.parse((String) row.get("mac")).value(), row));
        return byMac;
    }

    private static int freePort() {
        try {
            return freeUdpPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
