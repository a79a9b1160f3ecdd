package io.multicell.integrator.backup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.multicell.integrator.testing.FakeDectManager;
import io.multicell.integrator.testing.FakeSipGateway;
import io.multicell.integrator.testing.IntegratorTestResource;
import io.multicell.integrator.testing.TestUsers;
import io.multicell.testing.MulticellTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Save and restore over real PostgreSQL, with the fake DM and SIP gateway over real gRPC: a saved file brings back
 * every part as it was and reaches both peers; a file with one bad value is refused naming it and changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
class SaveAndRestoreApiQuarkusTest {

    static final String CONFIGURATION = "/api/v1/system/configuration";
    static final String BASES = "/api/v1/base-stations";
    static final String DEVICES = "/api/v1/mobile-devices";
    static final String PROFILES = "/api/v1/provider-profiles";
    static final String VOIP = "/api/v1/telephony/voip";
    static final String CALL_SETTINGS = "/api/v1/telephony/call-settings";
    static final String IP_LAN = "/api/v1/network/ip-lan";
    static final String DATE_AND_TIME = "/api/v1/system/date-and-time";
    static final String DECT_SETTINGS = "/api/v1/system/dect-settings";
    static final String MAC1 = "7C:2F:80:00:00:01";
    static final String MAC2 = "7C:2F:80:00:00:02";
    static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = IntegratorTestResource.DM_PORT)
    int dmPort;
    @ConfigProperty(name = IntegratorTestResource.SIP_PORT)
    int sipPort;

    FakeDectManager dm;
    FakeSipGateway sip;

    @BeforeEach
    void startFromFactorySettings() {
        TestUsers.activateUserRole();
        dm = FakeDectManager.runningOn(dmPort);
        sip = FakeSipGateway.runningOn(sipPort);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                admin().get("/api/v1/dect-manager").then().extract().<Boolean>path("connected")
                        && admin().get("/api/v1/sip-gateway").then().extract().<Boolean>path("connected"));
        List<String> ids = admin().get(DEVICES).then().statusCode(200).extract().path("id");
        if (!ids.isEmpty()) {
            admin().queryParam("id", ids).delete(DEVICES).then().statusCode(204);
        }
        for (int id = 1; id <= 20; id++) {
            admin().delete(PROFILES + "/" + id).then().statusCode(204);
        }
        List<String> confirmed = admin().get(BASES).then().statusCode(200).extract().path("connected.mac");
        if (!confirmed.isEmpty()) {
            admin().queryParam("mac", confirmed).delete(BASES).then().statusCode(204);
        }
        admin().body(Map.of("enabled", true)).put(BASES + "/led-display").then().statusCode(200);
        admin().body(Map.of("t1Ms", 500)).put(VOIP).then().statusCode(200);
        admin().body(Map.of("accessCode", "", "accessCodeUse", "NEVER")).put(CALL_SETTINGS).then().statusCode(200);
        dm.reset();
        sip.reset();
    }

    @Test
    void aSavedFileRestoresEveryPartAsSavedAndTheDmAndTheSipGatewayGetIt() throws Exception {
        dm.announce(MAC1, 1, 1, true);
        dm.announce(MAC2, 8, 1, false);
        admin().body(Map.of("mac", MAC1, "name", "Hall", "cluster", 1, "syncLevel", 1)).post(BASES).then().statusCode(201);
        admin().body(Map.of("mac", MAC2, "name", "Reception", "cluster", 1, "syncLevel", 2, "syncSlave", "LAN",
                "reducedTxPower", true)).post(BASES).then().statusCode(201);
        admin().body(Map.of("enabled", false)).put(BASES + "/led-display").then().statusCode(200);
        admin().body(Map.of("name", "Company PBX", "domain", "pbx.example.com", "proxyPort", 5070, "codecs", List.of("PCMU", "PCMA")))
                .put(PROFILES + "/3").then().statusCode(200);
        admin().body(Map.of("t1Ms", 600)).put(VOIP).then().statusCode(200);
        admin().body(Map.of("accessCode", "0", "accessCodeUse", "ALWAYS")).put(CALL_SETTINGS).then().statusCode(200);
        String anna = admin().body(Map.of("ipui", "0_1", "pin", "4711", "handsetName", "Anna", "internalNumber", "21",
                        "voipAccount", Map.of("providerProfileId", 3, "authenticationName", "auth1001", "password", "pw1001",
                                "username", "1001", "displayName", "Anna D.")))
                .post(DEVICES).then().statusCode(201).extract().path("id");
        String bert = admin().body(Map.of("ipui", "0_2", "pin", "1234", "handsetName", "Bert", "regStatus", "Not registered"))
                .post(DEVICES).then().statusCode(201).extract().path("id");

        String file = admin().get(CONFIGURATION).then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment; filename=\""))
                .header("Content-Disposition", containsString("_device-settings.json"))
                .body("format", equalTo("multicell-configuration/v1"))
                .body("system.pari", equalTo(FakeDectManager.PARI))
                .body("baseStations.connected", hasSize(2))
                .body("mobileDevices.entries.id", equalTo(List.of(anna, bert)))
                .extract().asString();
        assertThat(file).as("the file carries what a restore needs, the SIP password too").contains("pw1001")
                .doesNotContain("passwordHash").doesNotContain("\"admin\"");
        Map<String, Object> profileSaved = admin().get(PROFILES + "/3").then().extract().path("$");
        Map<String, Object> annaSaved = admin().get(DEVICES + "/" + anna).then().extract().path("$");

        // Everything changes after the save.
        admin().queryParam("mac", MAC2).delete(BASES).then().statusCode(204);
        admin().body(Map.of("name", "Renamed")).put(BASES + "/" + MAC1).then().statusCode(200);
        admin().body(Map.of("enabled", true)).put(BASES + "/led-display").then().statusCode(200);
        admin().queryParam("id", List.of(anna, bert)).delete(DEVICES).then().statusCode(204);
        admin().delete(PROFILES + "/3").then().statusCode(204);
        admin().body(Map.of("domain", "other.example.com")).put(PROFILES + "/4").then().statusCode(200);
        String carl = admin().body(Map.of("ipui", "0_3", "pin", "9999", "handsetName", "Carl")).post(DEVICES).then().statusCode(201)
                .extract().path("id");
        admin().body(Map.of("t1Ms", 700)).put(VOIP).then().statusCode(200);
        admin().body(Map.of("accessCodeUse", "NEVER")).put(CALL_SETTINGS).then().statusCode(200);
        dm.reset();
        sip.reset();

        admin().body(file).put(CONFIGURATION).then().statusCode(200)
                .body("baseStations", equalTo(2)).body("providerProfiles", equalTo(1)).body("mobileDevices", equalTo(2))
                .body("dectManager", equalTo("applied")).body("sipGateway", equalTo("applied"));

        // The configuration of record as saved ...
        admin().get(BASES).then().body("connected.mac", equalTo(List.of(MAC1, MAC2)))
                .body("connected.name", equalTo(List.of("Hall", "Reception")))
                .body("connected[1].syncSlave", equalTo("LAN"))
                .body("connected[1].reducedTxPower", equalTo(true));
        admin().get(BASES + "/led-display").then().body("enabled", equalTo(false));
        admin().get(PROFILES + "/3").then().body("$", equalTo(profileSaved));
        admin().get(PROFILES + "/4").then().body("configured", equalTo(false));
        admin().get(VOIP).then().body("t1Ms", equalTo(600));
        admin().get(CALL_SETTINGS).then().body("accessCode", equalTo("0")).body("accessCodeUse", equalTo("ALWAYS"));
        admin().get(DEVICES).then().body("id", equalTo(List.of(anna, bert))).body("[1].regStatusCode", equalTo("NOT_REGISTERED"));
        admin().get(DEVICES + "/" + anna).then().body("$", equalTo(annaSaved));
        admin().get(DEVICES + "/" + carl).then().statusCode(404);

        // ... and on the peers.
        assertThat(dm.plan().getBaseStationsList()).extracting(b -> b.getMac() + "=" + b.getName())
                .containsExactly(MAC1 + "=Hall", MAC2 + "=Reception");
        assertThat(dm.ledDisplay()).isFalse();
        assertThat(dm.handsetPlan().getEntriesList()).extracting(e -> e.getEntryId() + "/" + e.getPin())
                .containsExactly(anna + "/4711", bert + "/1234");
        assertThat(sip.configuration().getVoip().getT1Ms()).isEqualTo(600);
        assertThat(sip.configuration().getProfilesList()).extracting(p -> p.getId() + "=" + p.getDomain())
                .containsExactly("3=pbx.example.com");
        assertThat(sip.configuration().getAccountsList()).singleElement().satisfies(a -> {
            assertThat(a.getAccountId()).isEqualTo(anna);
            assertThat(a.getPassword()).isEqualTo("pw1001");
            assertThat(a.getUsername()).isEqualTo("1001");
        });
        // The reconciler finds nothing left to repair.
        long plansBefore = dm.plansReceived().size();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> dm.plansReceived().size() == plansBefore);
    }

    @Test
    void aFileWithOneBadValueIsRefusedNamingItAndChangesNothing() throws Exception {
        dm.announce(MAC1, 1, 1, true);
        admin().body(Map.of("mac", MAC1, "name", "Hall", "cluster", 1, "syncLevel", 1)).post(BASES).then().statusCode(201);
        admin().body(Map.of("domain", "pbx.example.com")).put(PROFILES + "/1").then().statusCode(200);
        admin().body(Map.of("ipui", "0_1", "pin", "4711", "handsetName", "Anna",
                "voipAccount", Map.of("providerProfileId", 1, "username", "1001", "password", "pw"))).post(DEVICES).then().statusCode(201);
        String saved = admin().get(CONFIGURATION).then().statusCode(200).extract().asString();
        // A change after the save, which a refused restore must leave alone.
        admin().body(Map.of("name", "Renamed")).put(BASES + "/" + MAC1).then().statusCode(200);
        dm.reset();
        sip.reset();

        refused(edit(saved, f -> ((ObjectNode) f.at("/telephony/voip")).put("sipPort", 70000)),
                "telephony.voip.sipPort", "must be 1..65535");
        refused(edit(saved, f -> ((ObjectNode) f.at("/mobileDevices/entries/0")).put("pin", "47a1")),
                "mobileDevices.entries[0].pin", "must be exactly 4 digits");
        refused(edit(saved, f -> ((ObjectNode) f.at("/baseStations/connected/0")).put("syncLevel", 11)),
                "baseStations.connected[0].syncLevel", null);
        refused(edit(saved, f -> ((ObjectNode) f.at("/providerProfiles/0/settings")).put("domain", "")),
                "mobileDevices.entries[0].voipAccount.providerProfileId", "must be a configured provider profile");
        refused(edit(saved, f -> ((ObjectNode) f).put("format", "multicell-configuration/v0")), "format", "must be multicell-configuration/v1");
        refused(edit(saved, f -> ((ObjectNode) f.at("/telephony/voip")).put("t1Ms", "fast")), "telephony.voip.t1Ms", "must be a whole number");

        admin().get(BASES).then().body("connected.name", equalTo(List.of("Renamed")));
        admin().get(DEVICES).then().body("$", hasSize(1));
        assertThat(dm.plansReceived()).as("nothing pushed to the DM").isEmpty();
        assertThat(dm.handsetPlansReceived()).isEmpty();
        assertThat(sip.received()).as("nothing pushed to the SIP gateway").isEmpty();
    }

    @Test
    void ipLanDateAndTimeAndDectSettingsAreRestoredAndAFileSavedWithoutThemKeepsTheCurrentOnes() throws Exception {
        admin().body(Map.of("ipAddressType", "STATIC", "ipAddress", "10.1.2.3", "subnetMask", "255.255.255.0",
                "standardGateway", "10.1.2.1", "vlanTagging", true, "vlanIdentifier", 42)).put(IP_LAN).then().statusCode(200);
        admin().body(Map.of("timeServers", "ntp.example.com", "timeZone", "UTC", "automaticDaylightSaving", false))
                .put(DATE_AND_TIME).then().statusCode(200);
        admin().body(Map.of("ecoDectRadiationPower", "LIMITED_RANGE", "earlyEncryptionAndReKeying", true))
                .put(DECT_SETTINGS).then().statusCode(200);
        String file = admin().get(CONFIGURATION).then().statusCode(200)
                .body("network.ipAddress", equalTo("10.1.2.3"))
                .body("dateAndTime.timeZone", equalTo("UTC"))
                .body("dectSettings.ecoDectRadiationPower", equalTo("LIMITED_RANGE"))
                .extract().asString();
        assertThat(JSON.readTree(file).get("dectSettings").has("dectRadioBand"))
                .as("the radio band has one place in the file: setup.dectRadioBand").isFalse();

        admin().body(Map.of("ipAddressType", "DHCP", "vlanTagging", false)).put(IP_LAN).then().statusCode(200);
        admin().body(Map.of("timeZone", "Europe/Berlin")).put(DATE_AND_TIME).then().statusCode(200);
        admin().body(Map.of("ecoDectRadiationPower", "MAXIMUM_RANGE", "dectEncryption", false, "earlyEncryptionAndReKeying", false))
                .put(DECT_SETTINGS).then().statusCode(200);
        admin().body(file).put(CONFIGURATION).then().statusCode(200);
        admin().get(IP_LAN).then().body("ipAddressType", equalTo("STATIC")).body("ipAddress", equalTo("10.1.2.3"))
                .body("vlanTagging", equalTo(true)).body("vlanIdentifier", equalTo(42));
        admin().get(DATE_AND_TIME).then().body("timeServers", equalTo("ntp.example.com")).body("timeZone", equalTo("UTC"))
                .body("automaticDaylightSaving", equalTo(false));
        admin().get(DECT_SETTINGS).then().body("ecoDectRadiationPower", equalTo("LIMITED_RANGE"))
                .body("dectEncryption", equalTo(true)).body("earlyEncryptionAndReKeying", equalTo(true));

        // A file of the shape saved before these parts were in it: the rest is restored, these settings stay as they are.
        admin().body(Map.of("vlanIdentifier", 7)).put(IP_LAN).then().statusCode(200);
        admin().body(Map.of("timeZone", "Europe/Paris")).put(DATE_AND_TIME).then().statusCode(200);
        admin().body(Map.of("dectEncryption", false, "earlyEncryptionAndReKeying", false)).put(DECT_SETTINGS).then().statusCode(200);
        admin().body(Map.of("t1Ms", 900)).put(VOIP).then().statusCode(200);
        String oldShape = edit(file, f -> ((ObjectNode) f).remove(List.of("network", "dateAndTime", "dectSettings")));
        admin().body(oldShape).put(CONFIGURATION).then().statusCode(200);
        admin().get(VOIP).then().body("t1Ms", equalTo(500));
        admin().get(IP_LAN).then().body("vlanIdentifier", equalTo(7)).body("ipAddress", equalTo("10.1.2.3"));
        admin().get(DATE_AND_TIME).then().body("timeZone", equalTo("Europe/Paris"));
        admin().get(DECT_SETTINGS).then().body("dectEncryption", equalTo(false)).body("ecoDectRadiationPower", equalTo("LIMITED_RANGE"));

        // A broken value in one of them is refused with its path, and nothing else of the file is restored either.
        refused(edit(file, f -> ((ObjectNode) f.at("/network")).put("vlanIdentifier", 5000)), "network.vlanIdentifier", "must be");
        refused(edit(file, f -> ((ObjectNode) f.at("/dateAndTime")).put("timeZone", "Mars/Olympus")), "dateAndTime.timeZone", "must be");
        refused(edit(file, f -> ((ObjectNode) f.at("/dectSettings")).put("ecoDectRadiationPower", "LOUD")),
                "dectSettings.ecoDectRadiationPower", "must be");
        admin().get(IP_LAN).then().body("vlanIdentifier", equalTo(7));
        admin().get(VOIP).then().body("t1Ms", equalTo(500));

        admin().body(Map.of("ipAddressType", "DHCP", "vlanTagging", false, "vlanIdentifier", 1)).put(IP_LAN).then().statusCode(200);
        admin().body(Map.of("timeServers", "europe.pool.ntp.org,pool.ntp.org", "timeZone", "Europe/Berlin",
                "automaticDaylightSaving", true)).put(DATE_AND_TIME).then().statusCode(200);
        admin().body(Map.of("ecoDectRadiationPower", "MAXIMUM_RANGE", "dectEncryption", true)).put(DECT_SETTINGS).then().statusCode(200);
    }

    @Test
    void theUserRoleMaySaveButNotRestore() {
        String file = user().get(CONFIGURATION).then().statusCode(200).extract().asString();
        user().body(file).put(CONFIGURATION).then().statusCode(403);
        user().body(file).post(CONFIGURATION).then().statusCode(403);
        given().get(CONFIGURATION).then().statusCode(401);
    }

    private static void refused(String file, String field, String rule) {
        var answer = admin().body(file).put(CONFIGURATION).then().statusCode(400).body("field", equalTo(field));
        if (rule != null) {
            answer.body("rule", startsWith(rule));
        }
    }

    private static String edit(String file, java.util.function.Consumer<JsonNode> change) throws Exception {
        JsonNode tree = JSON.readTree(file);
        change.accept(tree);
        return JSON.writeValueAsString(tree);
    }

    static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin").contentType(ContentType.JSON);
    }

    static RequestSpecification user() {
        return given().auth().preemptive().basic("user", "user").contentType(ContentType.JSON);
    }
}
