package io.multicell.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.multicell.core.identity.MacAddress;
import io.multicell.proto.events.v1.HandsetRoamed;
import java.time.Duration;
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
 * Chapter "Mobile devices" and the roaming of "Creating a mini multicell system" over the real cluster:
 * virtual handsets register through a Registration Centre window, lock to the strongest base, roam as they
 * walk, and are refused when they have no right to be there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HandsetsSystemTest {

    private static final String BASE_1 = MacAddress.forInstance(1).value();
    private static final String BASE_2 = MacAddress.forInstance(2).value();
    private static final String BASE_3 = MacAddress.forInstance(3).value();
    private static final String PIN = "1234";
    private static final int LIMIT = 20;
    private static final Duration SETTLE = IntegratorApi.SETTLE;

    private MiniMulticellCluster cluster;
    private IntegratorApi api;
    private HandsetSimulatorApi simulator;

    @BeforeAll
    void startClusterWithThreeBasesOnALine() throws Exception {
        cluster = MiniMulticellCluster.start();
        api = new IntegratorApi(cluster.integratorUrl());
        simulator = new HandsetSimulatorApi(cluster.simulatorUrl());
        api.confirmThreeBasesOnALine(BASE_1, BASE_2, BASE_3);

        for (int slot = 1; slot <= LIMIT; slot++) {
            api.admin().body(Map.of("ipui", "0_" + slot, "pin", PIN, "handsetName", "Wildcard " + slot))
                    .post("/api/v1/mobile-devices").then().statusCode(201);
        }
        api.admin().body(Map.of("duration", Map.of("minutes", 10)))
                .put("/api/v1/mobile-devices/registration-centre").then().statusCode(200);
    }

    @AfterAll
    void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static String ipui(int n) {
        return String.format("00A1B%05X", n);
    }

    private static String handsetId(int n) {
        return String.format("hs%02d", n);
    }

    private List<Map<String, Object>> mobileDevices() {
        return api.admin().get("/api/v1/mobile-devices").then().statusCode(200).extract().jsonPath().getList("");
    }

    private Map<String, Object> mobileDevice(String ipui) {
        return mobileDevices().stream().filter(d -> ipui.equals(d.get("ipui"))).findFirst()
                .orElseThrow(() -> new AssertionError("no mobile device with IPUI " + ipui));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> result(Map<String, Object> handset, String which) {
        Object value = handset.get(which);
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @Test
    @Order(1)
    void handsetWithWrongPinIsRefusedAndListedAsSuch() {
        simulator.create("wrong-pin", "00DEAD0001", 1.0, 1.0);
        simulator.register("wrong-pin", "9999");

        await().atMost(SETTLE).untilAsserted(() -> {
            Map<String, Object> registration = result(simulator.handset("wrong-pin"), "lastRegistrationResult");
            assertThat(registration.get("accepted")).isEqualTo(false);
            assertThat((String) registration.get("reason")).containsIgnoringCase("PIN");
        });
        List<Map<String, Object>> refusals = api.admin().get("/api/v1/mobile-devices/registration-refusals")
                .then().statusCode(200).extract().jsonPath().getList("");
        assertThat(refusals).anySatisfy(r -> {
            assertThat(r.get("ipui")).isEqualTo("00DEAD0001");
            assertThat((String) r.get("reason")).containsIgnoringCase("PIN");
        });
        assertThat(mobileDevices()).noneMatch(d -> "Registered".equals(d.get("regStatus")));
    }

    @Test
    @Order(2)
    void twentyHandsetsRegisterAtOnceInOneWindowAndTheTwentyFirstIsRefusedNamingTheLimit() {
        IntStream.rangeClosed(1, LIMIT + 1).forEach(n -> simulator.create(handsetId(n), ipui(n), 0.5 * n, 2.0));
        IntStream.rangeClosed(1, LIMIT + 1).parallel().forEach(n -> simulator.register(handsetId(n), PIN));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<Map<String, Object>> handsets = IntStream.rangeClosed(1, LIMIT + 1)
                    .mapToObj(n -> simulator.handset(handsetId(n))).toList();
            assertThat(handsets).filteredOn(h -> Boolean.TRUE.equals(h.get("registered"))).hasSize(LIMIT);
            assertThat(handsets).filteredOn(h -> Boolean.FALSE.equals(result(h, "lastRegistrationResult").get("accepted")))
                    .singleElement()
                    .satisfies(h -> assertThat((String) result(h, "lastRegistrationResult").get("reason"))
                            .contains("limit").contains("20"));
        });
        await().atMost(SETTLE).untilAsserted(() ->
                assertThat(mobileDevices()).filteredOn(d -> "Registered".equals(d.get("regStatus"))).hasSize(LIMIT));
        IntegratorApi.assertRefused(api.admin().body(Map.of("ipui", "", "pin", PIN)).post("/api/v1/mobile-devices"), "handsets");
    }

    private String registeredHandset(int preferred) {
        return IntStream.iterate(preferred, n -> n + 1).limit(LIMIT).mapToObj(HandsetsSystemTest::handsetId)
                .filter(id -> Boolean.TRUE.equals(simulator.handset(id).get("registered")))
                .findFirst().orElseThrow();
    }

    @Test
    @Order(3)
    void handsetWalkedAcrossTheBasesRoamsBaseOneTwoThreeInOrderWithoutFlapping() {
        String walker = registeredHandset(1);
        String walkerIpui = (String) simulator.handset(walker).get("ipui");
        Map<String, String> rfpi = Map.of(
                BASE_1, (String) api.baseStation(BASE_1).get("rfpi"),
                BASE_2, (String) api.baseStation(BASE_2).get("rfpi"),
                BASE_3, (String) api.baseStation(BASE_3).get("rfpi"));
        simulator.request().body(Map.of("x", 0.0, "y", 0.0)).put("/api/v1/handsets/{id}/position", walker).then().statusCode(200);
        await().atMost(SETTLE).untilAsserted(() -> {
            Map<String, Object> h = simulator.handset(walker);
            assertThat(h.get("lockedBaseMac")).isEqualTo(BASE_1);
            assertThat(h.get("attached")).isEqualTo(true);
        });

        try (var roaming = new TopicReader(cluster.kafkaBootstrap(), "multicell.roaming.v1")) {
            long before = roaming.poll().stream().filter(r -> walkerIpui.equals(r.key())).count();
            simulator.walk(walker, List.of(new double[] {0, 0}, new double[] {40, 0}), 5.0);

            await().atMost(SETTLE).untilAsserted(() -> {
                Map<String, Object> h = simulator.handset(walker);
                assertThat(h.get("lockedBaseMac")).isEqualTo(BASE_3);
                assertThat(h.get("attached")).isEqualTo(true);
                List<HandsetRoamed> roams = roaming.poll().stream().filter(r -> walkerIpui.equals(r.key()))
                        .skip(before).map(r -> parseRoam(r.value())).toList();
                assertThat(roams).extracting(r -> r.getFromRfpi() + ">" + r.getToRfpi()).containsExactly(
                        rfpi.get(BASE_1) + ">" + rfpi.get(BASE_2),
                        rfpi.get(BASE_2) + ">" + rfpi.get(BASE_3));
            });
        }
        await().atMost(SETTLE).untilAsserted(() ->
                assertThat(mobileDevice(walkerIpui).get("locationBaseMac")).as("DM location").isEqualTo(BASE_3));
    }

    private static HandsetRoamed parseRoam(byte[] value) {
        try {
            return HandsetRoamed.parseFrom(value);
        } catch (Exception e) {
            throw new AssertionError("not a HandsetRoamed", e);
        }
    }

    @Test
    @Order(4)
    void cloneOfARegisteredIpuiWithoutTheKeyCannotAttach() {
        String original = registeredHandset(2);
        String ipui = (String) simulator.handset(original).get("ipui");
        simulator.request().body(Map.of("id", "clone", "ipui", ipui, "position", Map.of("x", 1.0, "y", 3.0)))
                .post("/api/v1/handsets").then().statusCode(201);

        await().atMost(SETTLE).untilAsserted(() -> {
            Map<String, Object> clone = simulator.handset("clone");
            assertThat(clone.get("attached")).isEqualTo(false);
            assertThat(result(clone, "lastAttachResult").get("accepted")).isEqualTo(false);
            assertThat((String) result(clone, "lastAttachResult").get("reason")).containsIgnoringCase("authentication");
        });
        assertThat(simulator.handset(original).get("attached")).as("the real handset stays attached").isEqualTo(true);
    }

    @Test
    @Order(5)
    void deregisteredHandsetCanNoLongerAttach() {
        String leaver = registeredHandset(3);
        String ipui = (String) simulator.handset(leaver).get("ipui");
        Object entryId = mobileDevice(ipui).get("id");
        api.admin().body(Map.of("regStatus", "To deregister")).put("/api/v1/mobile-devices/{id}", entryId).then().statusCode(200);

        await().atMost(SETTLE).untilAsserted(() -> assertThat(simulator.handset(leaver).get("attached")).isEqualTo(false));
        // Walking into another cell makes it try to attach there: refused.
        simulator.request().body(Map.of("x", 20.0, "y", 1.0)).put("/api/v1/handsets/{id}/position", leaver).then().statusCode(200);
        await().atMost(SETTLE).untilAsserted(() -> {
            Map<String, Object> h = simulator.handset(leaver);
            assertThat(h.get("lockedBaseMac")).isEqualTo(BASE_2);
            assertThat(h.get("attached")).isEqualTo(false);
            assertThat(result(h, "lastAttachResult").get("accepted")).isEqualTo(false);
        });
    }

    @Test
    @Order(6)
    void restartingTheDectManagerAndTheIntegratorKeepsEveryHandsetRegisteredAndAttached() {
        long registered = mobileDevices().stream().filter(d -> "Registered".equals(d.get("regStatus"))).count();
        assertThat(registered).isEqualTo(LIMIT - 1);

        cluster.kill("dect-manager");
        cluster.startProcess("dect-manager");
        cluster.awaitReady("dect-manager");
        cluster.restart("integrator");

        await().atMost(SETTLE).untilAsserted(() -> assertThat(mobileDevices())
                .filteredOn(d -> "Registered".equals(d.get("regStatus")))
                .hasSize(LIMIT - 1)
                .allSatisfy(d -> assertThat(d.get("reachable")).as("reachable %s", d.get("ipui")).isEqualTo(true)));
    }

    @Test
    @Order(7)
    void badInputIsRefusedWithTheRuleAndChangesNothing() {
        int entries = mobileDevices().size();
        Map<String, Object> walkerBefore = simulator.handset(registeredHandset(1));

        IntegratorApi.assertRefused(api.admin().body(Map.of("ipui", "", "pin", "12a4")).post("/api/v1/mobile-devices"), "pin");
        IntegratorApi.assertRefused(api.admin().body(Map.of("ipui", "", "pin", "12345")).post("/api/v1/mobile-devices"), "pin");
        IntegratorApi.assertRefused(api.admin().body(Map.of("ipui", "12XY", "pin", PIN)).post("/api/v1/mobile-devices"), "ipui");
        IntegratorApi.assertRefused(api.admin().body(Map.of("duration", Map.of("minutes", -1)))
                .put("/api/v1/mobile-devices/registration-centre"), "duration");
        var outside = simulator.request().body(Map.of("x", 1.0e6, "y", 0.0))
                .put("/api/v1/handsets/{id}/position", walkerBefore.get("id"));
        outside.then().statusCode(400);
        assertThat(outside.jsonPath().getString("field")).contains("x");

        assertThat(mobileDevices()).hasSize(entries);
        assertThat(simulator.handset((String) walkerBefore.get("id")).get("position")).isEqualTo(walkerBefore.get("position"));
    }
}
