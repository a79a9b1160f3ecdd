package io.multicell.integrator.sip;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.grpc.Status;
import io.multicell.integrator.testing.FakeDectManager;
import io.multicell.integrator.testing.FakeSipGateway;
import io.multicell.integrator.testing.IntegratorTestResource;
import io.multicell.integrator.testing.TestUsers;
import io.multicell.proto.sip.v1.OutboundProxyMode;
import io.multicell.proto.sip.v1.ProviderProfile;
import io.multicell.proto.sip.v1.RegistrationState;
import io.multicell.proto.sip.v1.SipAccount;
import io.multicell.proto.sip.v1.Transport;
import io.multicell.testing.MulticellTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Provider profiles, Telephony settings and the handsets' VoIP accounts against a real PostgreSQL, a fake DM and a
 * fake SIP gateway served over real gRPC: what is refused, what reaches the gateway, and what the SIP column shows.
 */
@QuarkusTest
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
class SipConfigurationApiQuarkusTest {

    static final String PROFILES = "/api/v1/provider-profiles";
    static final String VOIP = "/api/v1/telephony/voip";
    static final String AUDIO = "/api/v1/telephony/audio";
    static final String CALL_SETTINGS = "/api/v1/telephony/call-settings";
    static final String DEVICES = "/api/v1/mobile-devices";

    @ConfigProperty(name = IntegratorTestResource.DM_PORT)
    int dmPort;

    @ConfigProperty(name = IntegratorTestResource.SIP_PORT)
    int sipPort;

    @Inject
    DataSource dataSource;

    FakeDectManager dm;
    FakeSipGateway sip;

    @BeforeEach
    void startFromFactorySettings() throws SQLException {
        TestUsers.activateUserRole(); // off on a fresh database, as the manual says
        dm = FakeDectManager.runningOn(dmPort);
        sip = FakeSipGateway.runningOn(sipPort);
        awaitConnected();
        List<String> ids = admin().get(DEVICES).then().statusCode(200).extract().path("id");
        if (!ids.isEmpty()) {
            admin().queryParam("id", ids).delete(DEVICES).then().statusCode(204);
        }
        for (int id = 1; id <= 20; id++) {
            // Delete resets every field, also of a profile changed without a domain (not "configured").
            admin().delete(PROFILES + "/" + id).then().statusCode(204);
        }
        admin().body(Map.of("sipPort", 5060, "secureSipPort", 5061, "t1Ms", 500, "sessionTimerSeconds", 1800,
                "failedRegistrationRetrySeconds", 300, "subscriptionTimerSeconds", 1800, "prack", false, "sipTos", 34, "rtpTos", 46))
                .put(VOIP).then().statusCode(200);
        admin().body(Map.of("g722Enabled", false)).put(AUDIO).then().statusCode(200);
        admin().body(Map.of("transferByRKey", false, "transferOnHook", false, "transferTarget", "AOR", "accessCode", "",
                "accessCodeUse", "NEVER", "internationalPrefix", "00", "internationalAreaCode", "", "localPrefix", "0",
                "localAreaCode", "", "useAreaCode", "NEVER")).put(CALL_SETTINGS).then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> sip.configuration().getRevision() == storedRevision() && storedRevision() > 0);
        dm.reset();
        sip.reset();
    }

    @Test
    void thereAreTwentyProfilesNamedIp1ToIp20AndUnusedOnesAreNotConfigured() {
        admin().get(PROFILES).then().statusCode(200)
                .body("$", hasSize(20))
                .body("id", equalTo(range(1, 20)))
                .body("[0].name", equalTo("IP1"))
                .body("[19].name", equalTo("IP20"))
                .body("configured", not(org.hamcrest.Matchers.hasItem(true)))
                .body("[4].domain", equalTo(""))
                .body("[4].domainLabel", equalTo("Not configured"))
                .body("[4].proxyPort", equalTo(5060))
                .body("[4].registrationRefreshSeconds", equalTo(600))
                .body("[4].transport", equalTo("UDP"))
                .body("[4].codecs", equalTo(List.of("G722", "PCMA", "PCMU", "G729A")))
                .body("[4].ptimeMs", equalTo(20))
                .body("[4].connectionRingtones", hasSize(7));
        admin().get(PROFILES + "/20").then().statusCode(200).body("name", equalTo("IP20"));
        refused(admin().get(PROFILES + "/21"), 404, "id");
        refused(admin().get(PROFILES + "/0"), 404, "id");
        refused(admin().get(PROFILES + "/first"), 404, "id");
        refused(admin().body(Map.of("domain", "pbx.example.com")).put(PROFILES + "/21"), 404, "id");
    }

    @Test
    void invalidProfileValuesAreRefusedWithTheRuleAndNeitherPushedNorStored() throws SQLException {
        configureProfile(1, Map.of("domain", "pbx.example.com"));
        sip.reset();
        Map<String, Object> before = admin().get(PROFILES + "/1").then().extract().path("$");
        long revision = storedRevision();

        refused(admin().body(Map.of("proxyPort", 0)).put(PROFILES + "/1"), "proxyPort").body("rule", equalTo("must be 1..65535"));
        refused(admin().body(Map.of("proxyPort", 70000)).put(PROFILES + "/1"), "proxyPort").body("rule", equalTo("must be 1..65535"));
        refused(admin().body(Map.of("registrationRefreshSeconds", 0)).put(PROFILES + "/1"), "registrationRefreshSeconds")
                .body("rule", equalTo("must be 1..99999 seconds (1-5 digits, > 0)"));
        refused(admin().body(Map.of("codecs", List.of("PCMA", "G711"))).put(PROFILES + "/1"), "codecs[1]")
                .body("rule", equalTo("must be one of G722, PCMA, PCMU, G729A"));
        refused(admin().body(Map.of("name", "n".repeat(75))).put(PROFILES + "/1"), "name")
                .body("rule", equalTo("must be at most 74 characters"));
        refused(admin().body(Map.of("proxyAddress", "sip proxy.example.com")).put(PROFILES + "/1"), "proxyAddress")
                .body("rule", equalTo("must be at most 74 characters of 0-9 a-z A-Z - . _"));
        refused(admin().body(Map.of("domain", "pbx example.com")).put(PROFILES + "/1"), "domain");
        refused(admin().body(Map.of("ptimeMs", 25)).put(PROFILES + "/1"), "ptimeMs").body("rule", equalTo("must be 10, 20 or 30"));
        refused(admin().body(Map.of("transport", "SCTP")).put(PROFILES + "/1"), "transport");
        refused(admin().body(Map.of("sips", true)).put(PROFILES + "/1"), "sips").body("rule", equalTo("only with transport TLS"));
        refused(admin().body(Map.of("failoverPort", 70000)).put(PROFILES + "/1"), "failoverPort");
        refused(admin().body(Map.of("proxyPort", "fifty")).put(PROFILES + "/1"), "proxyPort");
        // A valid field does not sneak in next to an invalid one.
        refused(admin().body(Map.of("csta", true, "outboundProxyPort", 0)).put(PROFILES + "/1"), "outboundProxyPort");

        admin().get(PROFILES + "/1").then().statusCode(200).body("$", equalTo(before));
        assertThat(sip.received()).isEmpty();
        assertThat(storedRevision()).isEqualTo(revision);
    }

    @Test
    void aProfileAndAHandsetsAccountReachTheGatewayWithTheirFields() throws SQLException {
        admin().body(Map.ofEntries(
                        Map.entry("name", "Kamailio"), Map.entry("domain", "pbx.example.com"), Map.entry("proxyAddress", "127.0.0.1"),
                        Map.entry("proxyPort", 5070), Map.entry("registrationRefreshSeconds", 120), Map.entry("transport", "UDP"),
                        Map.entry("failoverEnabled", true), Map.entry("failoverServer", "backup.example.com"), Map.entry("failoverPort", 5080),
                        Map.entry("outboundProxyMode", "Always"), Map.entry("outboundProxyAddress", "outbound.example.com"),
                        Map.entry("outboundProxyPort", 5090), Map.entry("codecs", List.of("PCMU", "G.722", "PCMA")), Map.entry("ptimeMs", 30),
                        Map.entry("deregisterDetachedHandsets", true), Map.entry("csta", true), Map.entry("dtmfSendMode", "RFC 2833")))
                .put(PROFILES + "/2").then().statusCode(200)
                .body("name", equalTo("Kamailio"))
                .body("configured", equalTo(true))
                .body("domainLabel", equalTo("pbx.example.com"))
                .body("codecs", equalTo(List.of("PCMU", "G722", "PCMA")))
                .body("availableCodecs", equalTo(List.of("G729A")))
                .body("dtmfSendMode", equalTo("RFC2833"))
                .body("csta", equalTo(true));

        assertThat(sip.configuration().getRevision()).isEqualTo(storedRevision());
        ProviderProfile sent = sip.configuration().getProfilesList().stream().filter(p -> p.getId() == 2).findFirst().orElseThrow();
        assertThat(sip.configuration().getProfilesList()).extracting(ProviderProfile::getId).containsExactly(2);
        assertThat(sent.getName()).isEqualTo("Kamailio");
        assertThat(sent.getDomain()).isEqualTo("pbx.example.com");
        assertThat(sent.getProxyAddress()).isEqualTo("127.0.0.1");
        assertThat(sent.getProxyPort()).isEqualTo(5070);
        assertThat(sent.getRegistrationRefreshSeconds()).isEqualTo(120);
        assertThat(sent.getTransport()).isEqualTo(Transport.UDP);
        assertThat(sent.getFailoverServer()).isEqualTo("backup.example.com");
        assertThat(sent.getFailoverPort()).isEqualTo(5080);
        assertThat(sent.getOutboundProxyMode()).isEqualTo(OutboundProxyMode.ALWAYS);
        assertThat(sent.getOutboundProxyAddress()).isEqualTo("outbound.example.com");
        assertThat(sent.getOutboundProxyPort()).isEqualTo(5090);
        // G.722 is off on the Audio page: the gateway does not offer it.
        assertThat(sent.getCodecsList()).containsExactly("PCMU", "PCMA");
        assertThat(sent.getPtimeMs()).isEqualTo(30);
        assertThat(sent.getDeregisterDetachedHandsets()).isTrue();

        admin().body(Map.of("g722Enabled", true)).put(AUDIO).then().statusCode(200)
                .body("g722Enabled", equalTo(true)).body("callsPerBaseStation", equalTo(5));
        assertThat(sip.configuration().getProfiles(0).getCodecsList()).containsExactly("PCMU", "G722", "PCMA");

        String id = admin().body(Map.of("ipui", "0123456789", "pin", "1234", "voipAccount", Map.of("providerProfileId", 2,
                        "authenticationName", "auth1001", "password", "pw1001", "username", "1001", "displayName", "Reception desk")))
                .post(DEVICES).then().statusCode(201)
                .body("voipAccount.providerProfileId", equalTo(2))
                .body("voipAccount.authenticationName", equalTo("auth1001"))
                .body("voipAccount.username", equalTo("1001"))
                .body("voipAccount.displayName", equalTo("Reception desk"))
                .body("voipAccount.passwordSet", equalTo(true))
                .body("voipAccount", not(hasKey("password")))
                .body("sipGatewayConnected", equalTo(true))
                .extract().path("id");

        assertThat(sip.configuration().getRevision()).isEqualTo(storedRevision());
        assertThat(sip.configuration().getAccountsList()).singleElement().satisfies(a -> {
            assertThat(a.getAccountId()).isEqualTo(id);
            assertThat(a.getProfileId()).isEqualTo(2);
            assertThat(a.getAuthenticationName()).isEqualTo("auth1001");
            assertThat(a.getPassword()).isEqualTo("pw1001");
            assertThat(a.getUsername()).isEqualTo("1001");
            assertThat(a.getDisplayName()).isEqualTo("Reception desk");
            assertThat(a.getIpui()).isEqualTo("0123456789");
        });
        assertThat(dm.handsetPlan().getEntriesList()).extracting(e -> e.getEntryId()).containsExactly(id);
        String body = admin().get(DEVICES + "/" + id).then().statusCode(200).extract().asString();
        assertThat(body).doesNotContain("pw1001");
        admin().get(PROFILES + "/2").then().body("usedByHandsets", equalTo(1));

        // Only the account changes: the DM is not bothered, the gateway gets it with the password kept.
        int dmPlans = dm.handsetPlansReceived().size();
        admin().body(Map.of("voipAccount", Map.of("displayName", "Front desk"))).put(DEVICES + "/" + id).then().statusCode(200)
                .body("voipAccount.displayName", equalTo("Front desk")).body("voipAccount.passwordSet", equalTo(true));
        assertThat(dm.handsetPlansReceived()).hasSize(dmPlans);
        assertThat(sip.configuration().getAccounts(0).getDisplayName()).isEqualTo("Front desk");
        assertThat(sip.configuration().getAccounts(0).getPassword()).isEqualTo("pw1001");

        // A field the gateway does not act on is stored without a push.
        int pushes = sip.received().size();
        admin().body(Map.of("holdSignalling", "sendonly", "callCompletionOnCode", "*37#")).put(PROFILES + "/2").then().statusCode(200)
                .body("holdSignalling", equalTo("SENDONLY")).body("callCompletionOnCode", equalTo("*37#"));
        assertThat(sip.received()).hasSize(pushes);

        // Provider 0 = none: the account leaves the gateway.
        admin().body(Map.of("voipAccount", Map.of("providerProfileId", 0))).put(DEVICES + "/" + id).then().statusCode(200)
                .body("voipAccount.providerProfileId", nullValue())
                .body("sip.state", equalTo("Not registered"));
        assertThat(sip.configuration().getAccountsList()).isEmpty();
    }

    @Test
    void accountRulesAreCheckedAndARefusedAccountChangesNothing() throws SQLException {
        configureProfile(1, Map.of("domain", "pbx.example.com"));
        String id = create(Map.of("pin", "1234", "voipAccount", account(1, "1001")));
        sip.reset();
        long revision = storedRevision();
        int dmPlans = dm.handsetPlansReceived().size();
        List<Map<String, Object>> before = admin().get(DEVICES).then().extract().path("$");

        refused(admin().body(Map.of("pin", "1111", "voipAccount", account(3, "1002"))).post(DEVICES), "voipAccount.providerProfileId")
                .body("rule", equalTo("must be a configured provider profile (IP3 has no domain)"));
        refused(admin().body(Map.of("voipAccount", Map.of("providerProfileId", 21))).put(DEVICES + "/" + id), "voipAccount.providerProfileId")
                .body("rule", equalTo("must be 1..20 (0: none)"));
        refused(admin().body(Map.of("voipAccount", Map.of("username", "10 01"))).put(DEVICES + "/" + id), "voipAccount.username")
                .body("rule", equalTo("must not contain spaces"));
        refused(admin().body(Map.of("voipAccount", Map.of("authenticationName", "a".repeat(75)))).put(DEVICES + "/" + id),
                "voipAccount.authenticationName").body("rule", equalTo("must be at most 74 characters"));
        refused(admin().body(Map.of("voipAccount", Map.of("password", "p".repeat(75)))).put(DEVICES + "/" + id), "voipAccount.password");
        refused(admin().body(Map.of("voipAccount", Map.of("displayName", "d".repeat(75)))).put(DEVICES + "/" + id), "voipAccount.displayName");
        // A used profile keeps what its accounts need.
        refused(admin().body(Map.of("domain", "")).put(PROFILES + "/1"), "domain")
                .body("rule", equalTo("is required: 1 handset(s) use IP1"));
        refused(admin().body(Map.of("codecs", List.of("G722"))).put(PROFILES + "/1"), "codecs");
        refused(admin().delete(PROFILES + "/1"), 409, "id");

        admin().get(DEVICES).then().body("$", equalTo(before));
        assertThat(sip.received()).isEmpty();
        assertThat(dm.handsetPlansReceived()).hasSize(dmPlans);
        assertThat(storedRevision()).isEqualTo(revision);
    }

    @Test
    void whenTheGatewayIsDownSipChangesAnswer503AndNothingChanges() throws Exception {
        configureProfile(1, Map.of("domain", "pbx.example.com"));
        String id = create(Map.of("pin", "1234", "handsetName", "Desk", "voipAccount", account(1, "1001")));
        long revision = storedRevision();
        Map<String, Object> profileBefore = admin().get(PROFILES + "/1").then().extract().path("$");
        Map<String, Object> voipBefore = admin().get(VOIP).then().extract().path("$");
        int dmPlans = dm.handsetPlansReceived().size();

        sip.stop();
        try {
            admin().get(DEVICES).then().statusCode(200)
                    .body("[0].sip.state", equalTo("Not registered"))
                    .body("[0].sipGatewayConnected", equalTo(false))
                    .body("[0].dmConnected", equalTo(true));
            user().get("/api/v1/sip-gateway").then().statusCode(200).body("connected", equalTo(false))
                    .body("configurationRevision", equalTo((int) revision)).body("gatewayRevision", nullValue());
            unreachable(admin().body(Map.of("domain", "pbx2.example.com")).put(PROFILES + "/1"));
            unreachable(admin().body(Map.of("sipPort", 5070)).put(VOIP));
            unreachable(admin().body(Map.of("g722Enabled", true)).put(AUDIO));
            unreachable(admin().body(Map.of("voipAccount", Map.of("username", "1002"))).put(DEVICES + "/" + id));
            unreachable(admin().body(Map.of("pin", "5555", "voipAccount", account(1, "1003"))).post(DEVICES));
            unreachable(admin().delete(DEVICES + "/" + id));
            unreachable(admin().body(Map.of("accessCode", "0", "accessCodeUse", "ALWAYS")).put(CALL_SETTINGS));
            // What the gateway does not act on needs no gateway.
            admin().body(Map.of("handsetName", "Front")).put(DEVICES + "/" + id).then().statusCode(200);
            admin().body(Map.of("csta", true)).put(PROFILES + "/2").then().statusCode(200);
        } finally {
            sip.start();
        }
        awaitConnected();

        assertThat(storedRevision()).isEqualTo(revision);
        admin().get(PROFILES + "/1").then().body("$", equalTo(profileBefore));
        admin().get(VOIP).then().body("$", equalTo(voipBefore));
        admin().get(AUDIO).then().body("g722Enabled", equalTo(false));
        admin().get(DEVICES).then().body("$", hasSize(1))
                .body("[0].voipAccount.username", equalTo("1001"))
                .body("[0].handsetName", equalTo("Front"));
        // The 503 answers sent the DM nothing either; the accepted rename did.
        assertThat(dm.handsetPlansReceived()).hasSize(dmPlans + 1);
        assertThat(sip.configuration().getAccounts(0).getUsername()).isEqualTo("1001");
    }

    @Test
    void theSipColumnShowsWhatTheGatewayReports() {
        configureProfile(1, Map.of("domain", "pbx.example.com"));
        String withAccount = create(Map.of("pin", "1234", "voipAccount", account(1, "1001")));
        String without = create(Map.of("pin", "5678"));

        sip.report(withAccount, RegistrationState.REGISTERED, 200, "OK", "127.0.0.1:5060");
        admin().get(DEVICES + "/" + withAccount).then().statusCode(200)
                .body("sip.state", equalTo("Registered"))
                .body("sip.stateCode", equalTo("REGISTERED"))
                .body("sip.lastStatusCode", equalTo(200))
                .body("sip.reason", equalTo("OK"))
                .body("sip.registrar", equalTo("127.0.0.1:5060"))
                .body("sipGatewayConnected", equalTo(true));
        admin().get(DEVICES + "/" + without).then().body("sip.state", equalTo("Not registered")).body("sip.lastStatusCode", nullValue());
        user().get("/api/v1/sip-gateway").then().body("connected", equalTo(true)).body("accounts", equalTo(1)).body("registered", equalTo(1));

        sip.report(withAccount, RegistrationState.FAILED, 403, "Forbidden", "127.0.0.1:5060");
        admin().get(DEVICES).then().statusCode(200)
                .body("find { it.id == '" + withAccount + "' }.sip.state", equalTo("Failed"))
                .body("find { it.id == '" + withAccount + "' }.sip.lastStatusCode", equalTo(403))
                .body("find { it.id == '" + withAccount + "' }.sip.reason", equalTo("Forbidden"));

        sip.report(withAccount, RegistrationState.REGISTERING, 0, "", "");
        admin().get(DEVICES + "/" + withAccount).then().body("sip.state", equalTo("Registering")).body("sip.lastStatusCode", nullValue());
    }

    @Test
    void aRestartedGatewayGetsTheWholeConfigurationBackAndRegisteredIpuisFollow() throws SQLException {
        configureProfile(1, Map.of("domain", "pbx.example.com"));
        String id = create(Map.of("ipui", "0_1", "pin", "1234", "voipAccount", account(1, "1001")));
        assertThat(sip.configuration().getAccounts(0).getIpui()).isEmpty();

        dm.register(id, new FakeDectManager.Bound("0A1B2C3D4E", "S700H PRO", "1.2", true, "7C:2F:80:00:00:01", "1A2B3C4D01"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(sip.configuration().getAccountsList()).extracting(SipAccount::getIpui).containsExactly("0A1B2C3D4E"));

        sip.forget();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(sip.configuration().getRevision()).isEqualTo(storedRevision()).isPositive();
            assertThat(sip.configuration().getProfilesList()).extracting(ProviderProfile::getDomain).containsExactly("pbx.example.com");
            assertThat(sip.configuration().getAccountsList()).extracting(SipAccount::getAccountId, SipAccount::getPassword, SipAccount::getIpui)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(id, "pw1001", "0A1B2C3D4E"));
        });
    }

    @Test
    void aReplacedHandsetHandsItsAccountOnAndCopiesKeepOnlyTheProvider() {
        configureProfile(1, Map.of("domain", "pbx.example.com"));
        String old = create(Map.of("pin", "1234", "handsetName", "Anna", "voipAccount", account(1, "1001")));
        dm.register(old, new FakeDectManager.Bound("0A1B2C3D4E", "S700H PRO", "1.2", true, "7C:2F:80:00:00:01", "1A2B3C4D01"));
        // The old entry stays listed (To deregister) while this test looks at it.
        dm.deregisterAtOnce(false);

        String replacement = admin().post(DEVICES + "/" + old + "/replace").then().statusCode(201)
                .body("voipAccount.username", equalTo("1001")).body("voipAccount.passwordSet", equalTo(true))
                .extract().path("id");
        admin().get(DEVICES + "/" + old).then().body("voipAccount.providerProfileId", nullValue());
        assertThat(sip.configuration().getAccountsList()).extracting(SipAccount::getAccountId, SipAccount::getPassword)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(replacement, "pw1001"));

        String copy = admin().post(DEVICES + "/" + replacement + "/copy").then().statusCode(201)
                .body("voipAccount.providerProfileId", equalTo(1)).body("voipAccount.username", equalTo(""))
                .body("voipAccount.passwordSet", equalTo(false))
                .extract().path("id");
        assertThat(sip.configuration().getAccountsList()).extracting(SipAccount::getAccountId).containsExactly(replacement, copy);

        // The export carries the account without its password.
        admin().body(Map.of("ids", List.of(replacement))).post(DEVICES + "/export").then().statusCode(200)
                .body("mobileDevices[0].voipAccount.username", equalTo("1001"))
                .body("mobileDevices[0].voipAccount.providerProfileId", equalTo(1))
                .body("mobileDevices[0].voipAccount", not(hasKey("password")));
    }

    @Test
    void aGatewayRefusalIsABadRequestAndChangesNothing() throws SQLException {
        configureProfile(1, Map.of("domain", "pbx.example.com"));
        long revision = storedRevision();
        sip.rejectNext(Status.INVALID_ARGUMENT.withDescription("profiles[id=1].proxy_port: 1..65535 (was 0)"));

        refused(admin().body(Map.of("proxyPort", 5080)).put(PROFILES + "/1"), "profiles[id=1].proxy_port")
                .body("rule", equalTo("1..65535 (was 0)"));

        admin().get(PROFILES + "/1").then().body("proxyPort", equalTo(5060));
        assertThat(storedRevision()).isEqualTo(revision);
    }

    @Test
    void voipAndCallSettingsAreValidatedAndPushed() throws SQLException {
        admin().get(VOIP).then().statusCode(200)
                .body("sipPort", equalTo(5060)).body("secureSipPort", equalTo(5061)).body("t1Ms", equalTo(500))
                .body("sessionTimerSeconds", equalTo(1800)).body("failedRegistrationRetrySeconds", equalTo(300))
                .body("subscriptionTimerSeconds", equalTo(1800)).body("prack", equalTo(false))
                .body("sipTos", equalTo(34)).body("rtpTos", equalTo(46));
        admin().get(AUDIO).then().statusCode(200).body("g722Enabled", equalTo(false)).body("callsPerBaseStation", equalTo(8));
        long revision = storedRevision();

        refused(admin().body(Map.of("sessionTimerSeconds", 89)).put(VOIP), "sessionTimerSeconds")
                .body("rule", equalTo("must be 90..9999 seconds (max. 4 digits, min. 90)"));
        refused(admin().body(Map.of("failedRegistrationRetrySeconds", 9)).put(VOIP), "failedRegistrationRetrySeconds");
        refused(admin().body(Map.of("sipPort", 0)).put(VOIP), "sipPort");
        refused(admin().body(Map.of("sipTos", 64)).put(VOIP), "sipTos").body("rule", equalTo("must be 0..63"));
        assertThat(sip.received()).isEmpty();
        assertThat(storedRevision()).isEqualTo(revision);

        admin().body(Map.of("sipPort", 5070, "failedRegistrationRetrySeconds", 10, "prack", true, "rtpTos", 40)).put(VOIP).then()
                .statusCode(200).body("sipPort", equalTo(5070)).body("secureSipPort", equalTo(5061)).body("prack", equalTo(true));
        assertThat(storedRevision()).isEqualTo(revision + 1);
        assertThat(sip.configuration().getRevision()).isEqualTo(revision + 1);
        assertThat(sip.configuration().getVoip().getSipPort()).isEqualTo(5070);
        assertThat(sip.configuration().getVoip().getFailedRegistrationRetrySeconds()).isEqualTo(10);
        assertThat(sip.configuration().getVoip().getPrack()).isTrue();
        assertThat(sip.configuration().getVoip().getRtpTos()).isEqualTo(40);
        assertThat(sip.configuration().getVoip().getSipTos()).isEqualTo(34);

        refused(admin().body(Map.of("accessCode", "1234")).put(CALL_SETTINGS), "accessCode")
                .body("rule", equalTo("must be at most 3 of 0-9 * R # P"));
        refused(admin().body(Map.of("useAreaCode", "LOCAL")).put(CALL_SETTINGS), "localAreaCode");
        refused(admin().body(Map.of("localAreaCode", "123456789")).put(CALL_SETTINGS), "localAreaCode");
        int pushes = sip.received().size();
        admin().body(Map.of("accessCode", "0", "accessCodeUse", "Always", "internationalAreaCode", "44", "localAreaCode", "207",
                        "useAreaCode", "For local and national calls", "transferByRKey", true))
                .put(CALL_SETTINGS).then().statusCode(200)
                .body("accessCode", equalTo("0")).body("accessCodeUse", equalTo("ALWAYS"))
                .body("useAreaCode", equalTo("LOCAL_AND_NATIONAL")).body("localPrefix", equalTo("0"))
                .body("transferByRKey", equalTo(true)).body("transferTarget", equalTo("AOR"));
        admin().get(CALL_SETTINGS).then().body("localAreaCode", equalTo("207")).body("internationalPrefix", equalTo("00"));
        // The dialling rules reach the gateway, which applies them to what handsets dial.
        assertThat(sip.received()).hasSize(pushes + 1);
        assertThat(sip.configuration().getRevision()).isEqualTo(revision + 2);
        assertThat(sip.configuration().getDial().getAccessCode()).isEqualTo("0");
        assertThat(sip.configuration().getDial().getAccessCodeUse()).isEqualTo(io.multicell.proto.sip.v1.AccessCodeUse.ACCESS_CODE_ALWAYS);
        assertThat(sip.configuration().getDial().getLocalAreaCode()).isEqualTo("207");
        assertThat(sip.configuration().getDial().getUseAreaCode())
                .isEqualTo(io.multicell.proto.sip.v1.AreaCodeUse.AREA_CODE_LOCAL_AND_NATIONAL);
    }

    @Test
    void profilesAndTelephonyAreForTheAdminOnly() {
        given().get(PROFILES).then().statusCode(401);
        user().get(PROFILES).then().statusCode(403);
        user().body(Map.of("domain", "x")).put(PROFILES + "/1").then().statusCode(403);
        user().get(VOIP).then().statusCode(403);
        user().get(AUDIO).then().statusCode(403);
        user().body(Map.of("accessCode", "0")).put(CALL_SETTINGS).then().statusCode(403);
        // The handset's own VoIP account is on the Mobile devices page, which users may edit too.
        configureProfile(1, Map.of("domain", "pbx.example.com"));
        user().body(Map.of("pin", "1234", "voipAccount", account(1, "1001"))).post(DEVICES).then().statusCode(201);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOperationsAreDocumented() {
        Map<String, Object> document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().as(Map.class);
        assertThat((Map<String, Object>) document.get("paths")).containsKeys(PROFILES, PROFILES + "/{id}", VOIP, AUDIO, CALL_SETTINGS,
                "/api/v1/sip-gateway");
    }

    // --- helpers ---

    static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin").contentType(ContentType.JSON);
    }

    static RequestSpecification user() {
        return given().auth().preemptive().basic("user", "user").contentType(ContentType.JSON);
    }

    static void configureProfile(int id, Map<String, ?> fields) {
        admin().body(fields).put(PROFILES + "/" + id).then().statusCode(200).body("configured", equalTo(true));
    }

    static Map<String, Object> account(int profile, String number) {
        var account = new HashMap<String, Object>();
        account.put("providerProfileId", profile);
        account.put("authenticationName", number);
        account.put("password", "pw" + number);
        account.put("username", number);
        account.put("displayName", "Handset " + number);
        return account;
    }

    static String create(Map<String, ?> body) {
        return admin().body(body).post(DEVICES).then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse refused(Response response, String field) {
        return refused(response, 400, field);
    }

    static ValidatableResponse refused(Response response, int status, String field) {
        return response.then().statusCode(status).body("field", equalTo(field)).body("rule", notNullValue()).body("message", notNullValue());
    }

    static void unreachable(Response response) {
        response.then().statusCode(503).body("message", equalTo("SIP gateway not reachable"));
    }

    static void awaitConnected() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                user().get("/api/v1/dect-manager").then().extract().<Boolean>path("connected")
                        && user().get("/api/v1/sip-gateway").then().extract().<Boolean>path("connected"));
    }

    static List<Integer> range(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }

    long storedRevision() throws SQLException {
        try (var c = dataSource.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT revision FROM integrator.sip_configuration_revision")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
