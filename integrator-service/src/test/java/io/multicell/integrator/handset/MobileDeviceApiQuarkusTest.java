package io.multicell.integrator.handset;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.grpc.Status;
import io.multicell.integrator.testing.FakeDectManager;
import io.multicell.integrator.testing.FakeSipGateway;
import io.multicell.integrator.testing.IntegratorTestResource;
import io.multicell.integrator.testing.TestUsers;
import io.multicell.integrator.testing.TestClock;
import io.multicell.proto.manager.v1.HandsetEntry;
import io.multicell.proto.manager.v1.HandsetPlan;
import io.multicell.proto.manager.v1.RegStatus;
import io.multicell.testing.MulticellTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Mobile devices and Registration Centre API against a real PostgreSQL and a fake DM served over real gRPC. */
@QuarkusTest
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
class MobileDeviceApiQuarkusTest {

    static final String DEVICES = "/api/v1/mobile-devices";
    static final String CENTRE = DEVICES + "/registration-centre";
    static final String BASE_MAC = "7C:2F:80:00:00:02";

    @ConfigProperty(name = IntegratorTestResource.DM_PORT)
    int dmPort;

    @ConfigProperty(name = IntegratorTestResource.SIP_PORT)
    int sipPort;

    @Inject
    DataSource dataSource;

    @Inject
    TestClock clock;

    FakeDectManager dm;

    @BeforeEach
    void startFromAnEmptyList() throws SQLException {
        TestUsers.activateUserRole(); // off on a fresh database, as the manual says
        dm = FakeDectManager.runningOn(dmPort);
        // The SIP gateway is up as in a real system; these tests do not touch VoIP accounts, so it is never required.
        FakeSipGateway.runningOn(sipPort);
        awaitDmConnected();
        clock.reset();
        List<String> ids = admin().get(DEVICES).then().statusCode(200).extract().path("id");
        if (!ids.isEmpty()) {
            admin().queryParam("id", ids).delete(DEVICES).then().statusCode(204);
        }
        admin().post(CENTRE + "/close").then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> dm.handsetPlan().getRevision() == storedRevision());
        dm.reset();
    }

    @AfterEach
    void backToSystemTime() {
        clock.reset();
    }

    @Test
    void anEntryIsAddedWithItsPinAndPushedToTheDm() throws SQLException {
        long revision = storedRevision();

        String id = admin().body(Map.of("ipui", "0_1", "pin", "0042", "handsetName", "Reception", "internalNumber", "21", "dnd", true))
                .post(DEVICES).then()
                .statusCode(201)
                .header("Location", containsString(DEVICES + "/"))
                .body("ipui", equalTo("0_1"))
                .body("regStatus", equalTo("To register"))
                .body("regStatusCode", equalTo("TO_REGISTER"))
                .body("pin", equalTo("0042"))
                .body("handsetName", equalTo("Reception"))
                .body("internalName", equalTo(""))
                .body("internalNumber", equalTo("21"))
                .body("dnd", equalTo(true))
                .body("location", equalTo(FakeDectManager.NAME))
                .body("dmConnected", equalTo(true))
                .body("reachable", equalTo(false))
                .body("type", nullValue())
                .extract().path("id");

        HandsetPlan sent = dm.handsetPlan();
        assertThat(sent.getRevision()).isEqualTo(revision + 1);
        assertThat(sent.getMaxHandsets()).isEqualTo(20);
        assertThat(sent.getEntriesList()).singleElement().satisfies(e -> {
            assertThat(e.getEntryId()).isEqualTo(id);
            assertThat(e.getIpui()).isEqualTo("0_1");
            assertThat(e.getPin()).isEqualTo("0042");
            assertThat(e.getRequestedStatus()).isEqualTo(RegStatus.TO_REGISTER);
        });
        assertThat(storedRevision()).isEqualTo(revision + 1);
        assertThat(storedEntry(id)).hasValueSatisfying(row -> {
            assertThat(row.get("pin")).isEqualTo("0042");
            assertThat(row.get("requested_status")).isEqualTo("TO_REGISTER");
            assertThat(row.get("handset_name")).isEqualTo("Reception");
        });
        admin().get(DEVICES + "/" + id).then().statusCode(200).body("handsetName", equalTo("Reception"));
        admin().get(DEVICES).then().statusCode(200).body("id", equalTo(List.of(id)));

        String generated = admin().body(Map.of("generatePin", true)).post(DEVICES).then().statusCode(201)
                .body("ipui", equalTo(""))
                .body("pin", matchesPattern("[0-9]{4}"))
                .extract().path("pin");
        assertThat(dm.handsetPlan().getEntriesList()).extracting(HandsetEntry::getPin).containsExactly("0042", generated);
    }

    @Test
    void aTwentyFirstEntryIsRefusedNamingTheLimit() throws SQLException {
        for (int i = 1; i <= 20; i++) {
            admin().body(Map.of("ipui", "0_" + i, "pin", "1111")).post(DEVICES).then().statusCode(201);
        }
        long revision = storedRevision();
        int plans = dm.handsetPlansReceived().size();

        refused(admin().body(Map.of("ipui", "0_21", "pin", "1111")).post(DEVICES), "handsets")
                .body("rule", equalTo("the system allows at most 20 handsets"));

        admin().get(DEVICES).then().body("$", hasSize(20));
        admin().get(CENTRE).then().body("total", equalTo(20)).body("toRegister", equalTo(20));
        assertThat(storedRevision()).isEqualTo(revision);
        assertThat(dm.handsetPlansReceived()).hasSize(plans);
        assertThat(dm.handsetPlan().getEntriesCount()).isEqualTo(20);
    }

    @Test
    void badInputIsRefusedWithTheFieldAndChangesNothing() throws SQLException {
        String id = create(Map.of("ipui", "0123456789", "pin", "1234", "handsetName", "Anna", "internalNumber", "21"));
        create(Map.of("ipui", "0_1", "pin", "5555", "internalNumber", "22"));
        admin().body(Map.of("startTime", "2099-01-01 10:00")).put(CENTRE).then().statusCode(200);
        List<Map<String, Object>> listBefore = admin().get(DEVICES).then().extract().path("$");
        Map<String, Object> centreBefore = centreWithoutClock();
        long revision = storedRevision();
        int plans = dm.handsetPlansReceived().size();

        refused(admin().body(Map.of("ipui", "0_2", "pin", "12a4")).post(DEVICES), "pin");
        refused(admin().body(Map.of("ipui", "0_2", "pin", "12345")).post(DEVICES), "pin");
        refused(admin().body(Map.of("ipui", "0_2", "pin", "1234", "generatePin", true)).post(DEVICES), "pin");
        refused(admin().body(Map.of("ipui", "12345", "pin", "1234")).post(DEVICES), "ipui");
        refused(admin().body(Map.of("ipui", "0ABCDEFGHI", "pin", "1234")).post(DEVICES), "ipui");
        refused(admin().body(Map.of("ipui", "0123456789", "pin", "1234")).post(DEVICES), "ipui")
                .body("rule", containsString("already used"));
        refused(admin().body(Map.of("ipui", "0_1", "pin", "1234")).post(DEVICES), "ipui");
        refused(admin().body(Map.of("internalNumber", "21")).post(DEVICES), "internalNumber");
        refused(admin().body(Map.of("internalNumber", "2a")).post(DEVICES), "internalNumber");
        refused(admin().body(Map.of("handsetName", "x".repeat(33))).post(DEVICES), "handsetName")
                .body("rule", equalTo("must be at most 32 characters"));
        refused(admin().body(Map.of("regStatus", "Registered")).post(DEVICES), "regStatus");
        refused(admin().body(Map.of("regStatus", "Flying")).post(DEVICES), "regStatus");
        refused(admin().body(Map.of("dnd", "sometimes")).post(DEVICES), "dnd");
        refused(admin().body(Map.of("pin", "12a4")).put(DEVICES + "/" + id), "pin");
        refused(admin().body(Map.of("regStatus", "To deregister")).put(DEVICES + "/" + id), "regStatus")
                .body("rule", equalTo("cannot change from To register to To deregister; allowed: Not registered"));
        refused(admin().body(Map.of("internalNumber", "22")).put(DEVICES + "/" + id), "internalNumber");
        refused(admin().body(Map.of("pin", "9999")).put(DEVICES + "/no-such-entry"), 404, "id");
        refused(admin().body(Map.of("duration", Map.of("minutes", -1))).put(CENTRE), "duration.minutes");
        refused(admin().body(Map.of("duration", Map.of("days", 0, "hours", 0, "minutes", 0, "seconds", 0))).put(CENTRE), "duration");
        refused(admin().body(Map.of("startTime", "tomorrow")).put(CENTRE), "startTime");
        refused(admin().body(Map.of("startTime", "2030-13-01 10:00")).put(CENTRE), "startTime");
        refused(admin().body(Map.of("startTime", "2020-01-01 10:00")).put(CENTRE), "startTime");

        admin().get(DEVICES).then().statusCode(200).body("$", equalTo(listBefore));
        assertThat(centreWithoutClock()).isEqualTo(centreBefore);
        assertThat(storedRevision()).isEqualTo(revision);
        assertThat(dm.handsetPlansReceived()).hasSize(plans);
    }

    @Test
    void theWindowReachesTheDmWithItsTimestampsAndOpensByTheClock() {
        Instant before = Instant.parse("2030-01-02T08:00:00Z");
        clock.set(before);
        dm.judgeWindowBy(clock::instant);
        create(Map.of("ipui", "0_1", "pin", "1111"));
        create(Map.of("ipui", "0_2", "pin", "1111", "regStatus", "Not registered"));

        // 10:00 in Berlin (the test profile's time zone) is 09:00 UTC.
        admin().body(Map.of("startTime", "2030-01-02 10:00", "duration", Map.of("hours", 1, "minutes", 30))).put(CENTRE).then()
                .statusCode(200)
                .body("currentTime", equalTo("2030-01-02T08:00:00Z"))
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("startTime", equalTo("2030-01-02 10:00"))
                .body("duration.days", equalTo(0))
                .body("duration.hours", equalTo(1))
                .body("duration.minutes", equalTo(30))
                .body("duration.seconds", equalTo(0))
                .body("opensAt", equalTo("2030-01-02T09:00:00Z"))
                .body("closesAt", equalTo("2030-01-02T10:30:00Z"))
                .body("open", equalTo(false))
                .body("readyToRegister", equalTo(false))
                .body("toRegister", equalTo(1))
                .body("registering", equalTo(0))
                .body("total", equalTo(2))
                .body("dectManagers", equalTo(1));
        HandsetPlan sent = dm.handsetPlan();
        assertThat(sent.getWindow().getOpensAt().getSeconds()).isEqualTo(Instant.parse("2030-01-02T09:00:00Z").getEpochSecond());
        assertThat(sent.getWindow().getClosesAt().getSeconds()).isEqualTo(Instant.parse("2030-01-02T10:30:00Z").getEpochSecond());
        assertThat(sent.getEntriesList()).extracting(HandsetEntry::getPin).containsExactly("1111", "1111");

        clock.set(Instant.parse("2030-01-02T09:00:00Z"));
        admin().get(CENTRE).then().statusCode(200).body("open", equalTo(true)).body("readyToRegister", equalTo(true));
        clock.set(Instant.parse("2030-01-02T10:30:00Z"));
        admin().get(CENTRE).then().statusCode(200).body("open", equalTo(false)).body("readyToRegister", equalTo(false));

        user().post(CENTRE + "/close").then().statusCode(200)
                .body("open", equalTo(false))
                .body("startTime", nullValue())
                .body("opensAt", nullValue())
                .body("closesAt", nullValue())
                .body("duration.minutes", equalTo(3))
                .body("duration.hours", equalTo(0));
        assertThat(dm.handsetPlan().hasWindow()).isFalse();

        // Without a start time: at once, for the default 3 minutes.
        clock.set(Instant.parse("2030-01-03T12:00:00Z"));
        admin().put(CENTRE).then().statusCode(200)
                .body("open", equalTo(true))
                .body("startTime", nullValue())
                .body("opensAt", equalTo("2030-01-03T12:00:00Z"))
                .body("closesAt", equalTo("2030-01-03T12:03:00Z"))
                .body("readyToRegister", equalTo(true));
        assertThat(dm.handsetPlan().getWindow().getClosesAt().getSeconds()).isEqualTo(Instant.parse("2030-01-03T12:03:00Z").getEpochSecond());
        assertThat(dm.handsetPlan().getEntriesCount()).isEqualTo(2);
    }

    @Test
    void theLiveStatusFromTheDmIsShownWithTheManualsLabels() {
        String registered = create(Map.of("ipui", "0_1", "pin", "1111", "handsetName", "Anna"));
        String registering = create(Map.of("ipui", "0123456789", "pin", "2222"));
        String idle = create(Map.of("pin", "3333", "regStatus", "NOT_REGISTERED"));
        dm.register(registered, new FakeDectManager.Bound("0ABCDEF123", "S700H PRO", "2.10", true, BASE_MAC, "1A2B3C4D02"));
        dm.startRegistering(registering);

        admin().get(DEVICES).then().statusCode(200)
                .body("id", equalTo(List.of(registered, registering, idle)))
                .body("regStatus", equalTo(List.of("Registered", "Registering", "Not registered")))
                .body("regStatusCode", equalTo(List.of("REGISTERED", "REGISTERING", "NOT_REGISTERED")))
                .body("ipui", equalTo(List.of("0ABCDEF123", "0123456789", "")))
                .body("reachable", equalTo(List.of(true, false, false)))
                .body("[0].type", equalTo("S700H PRO"))
                .body("[0].firmware", equalTo("2.10"))
                .body("[0].locationBaseMac", equalTo(BASE_MAC))
                .body("[0].locationRfpi", equalTo("1A2B3C4D02"))
                .body("[0].location", equalTo("DM1"));
        user().get(CENTRE).then().statusCode(200)
                .body("toRegister", equalTo(0)).body("registering", equalTo(1)).body("total", equalTo(3));

        // Registered → only To deregister; the registered IPUI stays.
        refused(admin().body(Map.of("regStatus", "Not registered")).put(DEVICES + "/" + registered), "regStatus")
                .body("rule", containsString("allowed: To deregister"));
        refused(admin().body(Map.of("ipui", "0_5")).put(DEVICES + "/" + registered), "ipui")
                .body("rule", equalTo("cannot be changed once the handset is registered"));
        refused(admin().body(Map.of("ipui", "0ABCDEF123")).post(DEVICES), "ipui");
        // Sending back what the list shows is no change of IPUI or status.
        admin().body(Map.of("ipui", "0ABCDEF123", "regStatus", "Registered", "handsetName", "Anna B.")).put(DEVICES + "/" + registered)
                .then().statusCode(200).body("handsetName", equalTo("Anna B.")).body("regStatus", equalTo("Registered"));

        // In registration → Not registered cancels.
        admin().body(Map.of("regStatus", "Not registered")).put(DEVICES + "/" + registering).then().statusCode(200)
                .body("regStatus", equalTo("Not registered"));
        assertThat(requested(registering)).isEqualTo(RegStatus.NOT_REGISTERED);
        // The registration the DM reported is now asked to be kept, not offered again.
        assertThat(requested(registered)).isEqualTo(RegStatus.REGISTERED);

        // Registered → To deregister; once the DM has de-registered it, the entry leaves the list (the manual).
        admin().body(Map.of("regStatus", "To deregister")).put(DEVICES + "/" + registered).then().statusCode(200);
        assertThat(dm.handsetPlansReceived()).extracting(p -> p.getEntriesList().stream()
                        .filter(e -> e.getEntryId().equals(registered)).map(HandsetEntry::getRequestedStatus).findFirst().orElse(null))
                .contains(RegStatus.TO_DEREGISTER);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                admin().get(DEVICES + "/" + registered).then().statusCode(404).body("field", equalTo("id")));
        admin().get(DEVICES).then().body("id", equalTo(List.of(registering, idle)));
    }

    @Test
    void copyTakesTheSettingsWithoutPersonalDataAndReplaceRetiresTheOldHandset() {
        String anna = create(Map.of("ipui", "0123456789", "pin", "1234", "handsetName", "Anna", "internalName", "Anna",
                "internalNumber", "21", "dnd", true));

        admin().post(DEVICES + "/" + anna + "/copy").then().statusCode(201)
                .header("Location", not(endsWith(anna)))
                .body("id", not(equalTo(anna)))
                .body("ipui", equalTo(""))
                .body("handsetName", equalTo(""))
                .body("internalName", equalTo(""))
                .body("internalNumber", equalTo(""))
                .body("dnd", equalTo(true))
                .body("regStatus", equalTo("To register"))
                .body("pin", matchesPattern("[0-9]{4}"));
        admin().body(Map.of("ipui", "0_3", "pin", "4321")).post(DEVICES + "/" + anna + "/copy").then().statusCode(201)
                .body("ipui", equalTo("0_3")).body("pin", equalTo("4321"));

        refused(admin().post(DEVICES + "/" + anna + "/replace"), "regStatus");

        dm.deregisterAtOnce(false);
        dm.register(anna, new FakeDectManager.Bound("0123456789", "S700H PRO", "2.10", true, BASE_MAC, "1A2B3C4D02"));
        String replacement = admin().post(DEVICES + "/" + anna + "/replace").then().statusCode(201)
                .body("ipui", equalTo(""))
                .body("handsetName", equalTo("Anna"))
                .body("internalName", equalTo("Anna"))
                .body("internalNumber", equalTo("21"))
                .body("dnd", equalTo(true))
                .body("regStatus", equalTo("To register"))
                .extract().path("id");

        admin().get(DEVICES + "/" + anna).then().statusCode(200)
                .body("regStatus", equalTo("To deregister"))
                .body("regStatusCode", equalTo("TO_DEREGISTER"))
                .body("internalNumber", equalTo(""));
        assertThat(requested(anna)).isEqualTo(RegStatus.TO_DEREGISTER);
        assertThat(requested(replacement)).isEqualTo(RegStatus.TO_REGISTER);
        refused(admin().body(Map.of("regStatus", "Registered")).put(DEVICES + "/" + anna), "regStatus");

        dm.completeDeregistrations();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> admin().get(DEVICES + "/" + anna).then().statusCode(404));
    }

    @Test
    void severalEntriesAreDeletedAllOrNothing() {
        String a = create(Map.of("pin", "1111"));
        String b = create(Map.of("pin", "2222"));
        String c = create(Map.of("pin", "3333"));

        refused(admin().queryParam("id", a, "no-such-entry").delete(DEVICES), 404, "id");
        refused(admin().delete(DEVICES), "id");
        admin().get(DEVICES).then().body("id", equalTo(List.of(a, b, c)));

        admin().queryParam("id", a, c).delete(DEVICES).then().statusCode(204);
        admin().delete(DEVICES + "/" + b).then().statusCode(204);
        admin().delete(DEVICES + "/" + b).then().statusCode(404);

        admin().get(DEVICES).then().body("$", hasSize(0));
        assertThat(dm.handsetPlan().getEntriesList()).isEmpty();
    }

    @Test
    void exportedEntriesCanBeImportedAgainAndABadFileImportsNothing() {
        String a = create(Map.of("ipui", "0123456789", "pin", "1234", "handsetName", "Anna", "internalNumber", "21"));
        create(Map.of("ipui", "0_1", "pin", "5678", "regStatus", "Not registered", "dnd", true));

        admin().body(Map.of("ids", List.of(a))).post(DEVICES + "/export").then().statusCode(200)
                .body("mobileDevices.ipui", equalTo(List.of("0123456789")));
        refused(admin().body(Map.of("ids", List.of("nope"))).post(DEVICES + "/export"), 404, "ids[0]");
        Map<String, Object> document = admin().body(Map.of()).post(DEVICES + "/export").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .body("format", equalTo("multicell-mobile-devices/v1"))
                .body("exportedAt", notNullValue())
                .body("mobileDevices.ipui", equalTo(List.of("0123456789", "0_1")))
                .body("mobileDevices.pin", equalTo(List.of("1234", "5678")))
                .extract().as(Map.class);
        List<String> ids = admin().get(DEVICES).then().extract().path("id");
        admin().queryParam("id", ids).delete(DEVICES).then().statusCode(204);
        int plans = dm.handsetPlansReceived().size();

        var bad = new HashMap<>(document);
        var devices = new ArrayList<Map<String, Object>>((List<Map<String, Object>>) document.get("mobileDevices"));
        devices.add(Map.of("ipui", "0_2", "pin", "12a4"));
        bad.put("mobileDevices", devices);
        refused(admin().body(bad).post(DEVICES + "/import"), "mobileDevices[2].pin");
        refused(admin().body(Map.of("format", "something-else", "mobileDevices", List.of())).post(DEVICES + "/import"), "format");
        admin().get(DEVICES).then().body("$", hasSize(0));
        assertThat(dm.handsetPlansReceived()).hasSize(plans);

        admin().body(document).post(DEVICES + "/import").then().statusCode(200).body("imported", equalTo(2));
        admin().get(DEVICES).then().statusCode(200)
                .body("ipui", equalTo(List.of("0123456789", "0_1")))
                .body("pin", equalTo(List.of("1234", "5678")))
                .body("regStatus", equalTo(List.of("To register", "Not registered")))
                .body("handsetName", equalTo(List.of("Anna", "")))
                .body("internalNumber", equalTo(List.of("21", "")))
                .body("dnd", equalTo(List.of(false, true)));
        // The same file again updates the entries whose IPUI is listed instead of adding them twice.
        admin().body(document).post(DEVICES + "/import").then().statusCode(200);
        admin().get(DEVICES).then().body("$", hasSize(2));
    }

    @Test
    void refusedRegistrationsAreListedNewestFirst() {
        dm.refuse("0000000001", Instant.parse("2030-01-02T09:00:01Z"), "wrong PIN");
        dm.refuse("0000000021", Instant.parse("2030-01-02T09:00:05Z"), "the system allows at most 20 handsets");

        user().get(DEVICES + "/registration-refusals").then().statusCode(200)
                .body("ipui", equalTo(List.of("0000000021", "0000000001")))
                .body("reason", equalTo(List.of("the system allows at most 20 handsets", "wrong PIN")))
                .body("at", equalTo(List.of("2030-01-02T09:00:05Z", "2030-01-02T09:00:01Z")));
    }

    @Test
    void whenTheDmIsDownChangesAnswer503AndTheListShowsTheRequestedStatus() throws Exception {
        String id = create(Map.of("ipui", "0_1", "pin", "1111", "regStatus", "Not registered", "handsetName", "Desk"));
        long revision = storedRevision();

        dm.stop();
        try {
            admin().get(DEVICES).then().statusCode(200)
                    .body("[0].regStatus", equalTo("Not registered"))
                    .body("[0].dmConnected", equalTo(false))
                    .body("[0].reachable", equalTo(false))
                    .body("[0].location", equalTo("DM1"));
            admin().get(CENTRE).then().statusCode(200).body("dmConnected", equalTo(false)).body("readyToRegister", equalTo(false))
                    .body("total", equalTo(1));
            unreachable(admin().body(Map.of("pin", "2222")).post(DEVICES));
            unreachable(admin().body(Map.of("regStatus", "To register")).put(DEVICES + "/" + id));
            unreachable(admin().delete(DEVICES + "/" + id));
            unreachable(admin().put(CENTRE));
            unreachable(admin().get(DEVICES + "/registration-refusals"));
        } finally {
            dm.start();
        }
        awaitDmConnected();

        assertThat(storedRevision()).isEqualTo(revision);
        admin().get(DEVICES + "/" + id).then().statusCode(200).body("regStatus", equalTo("Not registered")).body("handsetName", equalTo("Desk"));
        admin().get(DEVICES).then().body("$", hasSize(1));
    }

    @Test
    void aDmRefusalIsABadRequestAndChangesNothing() {
        dm.rejectNextHandsetPlan(Status.INVALID_ARGUMENT.withDescription("entries[0].pin: is not accepted"));

        refused(admin().body(Map.of("pin", "1234")).post(DEVICES), "entries[0].pin").body("rule", equalTo("is not accepted"));

        admin().get(DEVICES).then().body("$", hasSize(0));
    }

    @Test
    void aDmThatLostItsHandsetPlanGetsItBack() {
        String id = create(Map.of("ipui", "0_1", "pin", "1111"));

        dm.forgetHandsetPlan();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(dm.handsetPlan().getRevision()).isEqualTo(storedRevision()).isPositive();
            assertThat(dm.handsetPlan().getEntriesList()).extracting(e -> e.getEntryId() + "/" + e.getPin()).containsExactly(id + "/1111");
        });
    }

    @Test
    void everyUserMayAdministerMobileDevicesButOnlyWhenSignedIn() {
        given().get(DEVICES).then().statusCode(401);
        given().get(CENTRE).then().statusCode(401);

        String id = user().body(Map.of("pin", "1234")).post(DEVICES).then().statusCode(201).extract().path("id");
        user().get(DEVICES).then().statusCode(200).body("id", equalTo(List.of(id)));
        user().body(Map.of("dnd", true)).put(DEVICES + "/" + id).then().statusCode(200).body("dnd", equalTo(true));
        user().put(CENTRE).then().statusCode(200).body("open", equalTo(true));
        user().post(DEVICES + "/generate-pin").then().statusCode(200).body("pin", matchesPattern("[0-9]{4}"));

        // Bodiless actions need no Content-Type either.
        RequestSpecification bare = given().auth().preemptive().basic("user", "user");
        bare.post(DEVICES + "/" + id + "/copy").then().statusCode(201);
        given().auth().preemptive().basic("user", "user").put(CENTRE).then().statusCode(200).body("open", equalTo(true));
        given().auth().preemptive().basic("user", "user").post(CENTRE + "/close").then().statusCode(200).body("open", equalTo(false));
        given().auth().preemptive().basic("user", "user").post(DEVICES + "/generate-pin").then().statusCode(200);
    }

    @Test
    void changesAreCountedAndEntriesGauged() {
        create(Map.of("pin", "1234"));
        create(Map.of("pin", "5678"));
        admin().body(Map.of("pin", "12a4")).post(DEVICES).then().statusCode(400);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics)
                .containsPattern("multicell_integrator_api_changes_total\\{[^}]*operation=\"handset-create\"[^}]*result=\"applied\"[^}]*} [1-9]")
                .containsPattern("multicell_integrator_api_changes_total\\{[^}]*operation=\"handset-create\"[^}]*result=\"invalid\"[^}]*} [1-9]")
                .containsPattern("multicell_integrator_handset_entries(\\{[^}]*})? 2\\.0");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMobileDeviceOperationsAreDocumented() {
        Map<String, Object> document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().as(Map.class);
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");

        assertThat(paths).containsKeys(DEVICES, DEVICES + "/{id}", DEVICES + "/{id}/copy", DEVICES + "/{id}/replace",
                DEVICES + "/export", DEVICES + "/import", DEVICES + "/registration-refusals", DEVICES + "/generate-pin",
                CENTRE, CENTRE + "/close");
    }

    // --- helpers ---

    static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin").contentType(ContentType.JSON);
    }

    static RequestSpecification user() {
        return given().auth().preemptive().basic("user", "user").contentType(ContentType.JSON);
    }

    static String create(Map<String, ?> body) {
        return admin().body(body).post(DEVICES).then().statusCode(201).extract().path("id");
    }

    static io.restassured.response.ValidatableResponse refused(Response response, String field) {
        return refused(response, 400, field);
    }

    static io.restassured.response.ValidatableResponse refused(Response response, int status, String field) {
        return response.then().statusCode(status).body("field", equalTo(field)).body("rule", notNullValue()).body("message", notNullValue());
    }

    static void unreachable(Response response) {
        response.then().statusCode(503).body("message", equalTo("DECT manager not reachable"));
    }

    Map<String, Object> centreWithoutClock() {
        Map<String, Object> centre = new HashMap<>(admin().get(CENTRE).then().statusCode(200).extract().<Map<String, Object>>path("$"));
        centre.remove("currentTime");
        return centre;
    }

    RegStatus requested(String entryId) {
        return dm.handsetPlan().getEntriesList().stream().filter(e -> e.getEntryId().equals(entryId))
                .map(HandsetEntry::getRequestedStatus).findFirst().orElseThrow();
    }

    static void awaitDmConnected() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                user().get("/api/v1/dect-manager").then().extract().<Boolean>path("connected"));
    }

    long storedRevision() throws SQLException {
        try (var c = dataSource.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT revision FROM integrator.handset_plan_revision")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    Optional<Map<String, Object>> storedEntry(String id) throws SQLException {
        try (var c = dataSource.getConnection();
             var st = c.prepareStatement("SELECT ipui_pattern, pin, requested_status, handset_name FROM integrator.handset_entry WHERE id = ?")) {
            st.setString(1, id);
            try (var rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(Map.of("ipui", rs.getString(1), "pin", rs.getString(2), "requested_status", rs.getString(3),
                        "handset_name", rs.getString(4)));
            }
        }
    }
}
