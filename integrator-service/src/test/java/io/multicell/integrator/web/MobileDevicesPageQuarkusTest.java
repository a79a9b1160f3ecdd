package io.multicell.integrator.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.multicell.integrator.testing.FakeDectManager;
import io.multicell.integrator.testing.FakeSipGateway;
import io.multicell.integrator.testing.IntegratorTestResource;
import io.multicell.integrator.testing.WebProfile;
import io.multicell.integrator.testing.WebSession;
import io.multicell.testing.MulticellTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Settings > Mobile devices > Administration" and "Registration Centre" over real HTTPS and PostgreSQL with a fake DM
 * on real gRPC: the manual's list functions on the Mobile devices list, Add with a broken rule next to its field and
 * nothing saved, Edit, Delete, Export/Import, the registration window, and the user role's share of it.
 */
@QuarkusTest
@TestProfile(WebProfile.class)
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
class MobileDevicesPageQuarkusTest {

    static final String DEVICES = "/api/v1/mobile-devices";
    static final String CENTRE = DEVICES + "/registration-centre";
    static final Pattern ROW = Pattern.compile("<tr data-id=\"([^\"]+)\">(.*?)</tr>", Pattern.DOTALL);
    static final String USER_PASSWORD = "User-Pass-1";

    @ConfigProperty(name = IntegratorTestResource.HTTPS_TEST_PORT)
    int httpsPort;
    @ConfigProperty(name = IntegratorTestResource.DM_PORT)
    int dmPort;
    @ConfigProperty(name = IntegratorTestResource.SIP_PORT)
    int sipPort;

    FakeDectManager dm;
    WebSession admin;

    @BeforeEach
    void emptyListWithTheDmConnectedAndTheAdminLoggedIn() {
        admin = WebSession.admin(httpsPort);
        dm = FakeDectManager.runningOn(dmPort);
        FakeSipGateway.runningOn(sipPort);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                api().get("/api/v1/dect-manager").then().extract().<Boolean>path("connected"));
        List<String> ids = api().get(DEVICES).then().statusCode(200).extract().path("id");
        if (!ids.isEmpty()) {
            api().queryParam("id", ids).delete(DEVICES).then().statusCode(204);
        }
        api().post(CENTRE + "/close").then().statusCode(200);
    }

    @Test
    void theListFiltersSortsHidesColumnsAndPagesOnTheServerAndShowsRegisteredHandsets() {
        for (int n = 1; n <= 12; n++) {
            add(Map.of("ipui", "0_" + n, "pin", "1234", "handsetName", String.format("Desk %02d", n)));
        }
        String reception = add(Map.of("ipui", "0279A7C1D2", "pin", "4321", "handsetName", "Reception"));
        dm.register(reception, new FakeDectManager.Bound("0279A7C1D2", "S700H PRO", "1.2.3", true, "7C:2F:80:00:00:01", "1A2B3C4D08"));

        String page = admin.open(Menu.MOBILE_DEVICES).then().statusCode(200).extract().asString();
        assertThat(page).contains("data-menu=\"" + Menu.MOBILE_DEVICES + "\"").contains("13 entries, page 1 of 2")
                .contains(">IPUI<").contains(">DECT<").contains(">SIP<").contains(">Username<").contains(">Display name<")
                .contains(">Internal nr<").contains(">PIN<");
        assertThat(rows(page)).hasSize(10);

        // Paging: the second page holds the rest.
        assertThat(rows(list(Map.of("page", "2")))).hasSize(3);
        // Entries per page.
        assertThat(rows(list(Map.of("pageSize", "25")))).hasSize(13);
        admin.request().queryParam("pageSize", "7").get(Menu.MOBILE_DEVICES + "/list").then().statusCode(400)
                .body("field", equalTo("pageSize"));
        // Filter in any column, and in one column only.
        assertThat(rows(list(Map.of("search", "desk 05")))).singleElement().satisfies(r -> assertThat(r).contains("Desk 05"));
        assertThat(rows(list(Map.of("search", "S700H")))).singleElement().satisfies(r -> assertThat(r).contains("Reception"));
        assertThat(rows(list(Map.of("search", "S700H", "searchIn", "handsetName")))).isEmpty();
        // Sort by a column, down.
        List<String> sorted = rows(list(Map.of("sort", "handsetName", "dir", "desc")));
        assertThat(sorted.get(0)).contains("Reception");
        assertThat(sorted.get(1)).contains("Desk 12");
        // Hide a column: its header and its cells are gone; IPUI cannot be hidden.
        String hidden = list(Map.of("hide", "pin", "search", "Reception"));
        assertThat(hidden).doesNotContain(">PIN<").doesNotContain("4321");
        assertThat(list(Map.of("hide", "ipui"))).contains(">IPUI<");

        // The DECT manager's live state: the registered handset with its IPUI, type and firmware.
        String registered = rows(list(Map.of("search", "Reception"))).get(0);
        assertThat(registered).contains("<td>0279A7C1D2</td>").contains("<td>Registered</td>").contains("<td>S700H PRO</td>")
                .contains("<td>1.2.3</td>").contains("<td>" + FakeDectManager.NAME + "</td>").contains("<td>Not registered</td>");
        assertThat(rows(list(Map.of("search", "Desk 01")))).first().asString().contains("<td>To register</td>");
        // A selection survives the refresh of the list.
        assertThat(list(Map.of("search", "Reception", "id", reception))).contains("value=\"" + reception + "\" aria-label=\"select\" checked");
    }

    @Test
    void addShowsABrokenRuleNextToItsFieldAndSavesNothingThenAddsEditsAndDeletes() {
        String add = admin.open(Menu.MOBILE_DEVICES + "/new").then().statusCode(200).extract().asString();
        assertThat(add).contains("id=\"help-ipui\"").contains("id=\"help-voipAccount.authenticationName\"")
                .contains("max. 74 characters, no spaces allowed").contains("Generate random PIN")
                .containsPattern("id=\"pin\" name=\"pin\" value=\"[0-9]{4}\"")
                .contains("<option value=\"To register\" selected>To register</option>");
        Map<String, String> form = VoipPageQuarkusTest.formOf(add);

        // A name longer than 32 characters: the rule next to the field, the typed value kept, nothing added.
        form.put("handsetName", "A".repeat(33));
        String refused = admin.post(Menu.MOBILE_DEVICES + "/new", form).then().statusCode(200).extract().asString();
        assertThat(refused).contains("id=\"handsetName-rule\">must be at most 32 characters").contains("value=\"" + "A".repeat(33) + "\"");
        // A username with a space.
        form.put("handsetName", "Anna");
        form.put("voipAccount.username", "anna smith");
        assertThat(admin.post(Menu.MOBILE_DEVICES + "/new", form).asString())
                .contains("id=\"voipAccount.username-rule\">must not contain spaces");
        form.put("voipAccount.username", "1001");
        form.put("pin", "12a4");
        assertThat(admin.post(Menu.MOBILE_DEVICES + "/new", form).asString()).contains("id=\"pin-rule\">must be exactly 4 digits");
        api().get(DEVICES).then().body("size()", equalTo(0));

        // Generate random PIN: a new PIN in the field, nothing stored.
        assertThat(admin.request().post(Menu.MOBILE_DEVICES + "/generate-pin").then().statusCode(200).extract().asString())
                .matches("<input type=\"text\" id=\"pin\" name=\"pin\" value=\"[0-9]{4}\">");

        // Register now: added as the API adds, and the browser is sent back to the list.
        form.put("pin", "2468");
        form.put("ipui", "0_1");
        form.put("voipAccount.displayName", "Anna Smith");
        var created = admin.post(Menu.MOBILE_DEVICES + "/new", form).then().statusCode(200).extract();
        assertThat(created.header("HX-Redirect")).isEqualTo(Menu.MOBILE_DEVICES + "?notice=added");
        String id = api().get(DEVICES).then().body("size()", equalTo(1)).body("[0].handsetName", equalTo("Anna"))
                .body("[0].pin", equalTo("2468")).body("[0].ipui", equalTo("0_1")).body("[0].regStatus", equalTo("To register"))
                .body("[0].voipAccount.username", equalTo("1001")).body("[0].voipAccount.displayName", equalTo("Anna Smith"))
                .extract().path("[0].id");
        assertThat(admin.open(Menu.MOBILE_DEVICES + "?notice=added").asString()).contains("Handset entry added.")
                .contains("<td>Anna</td>");

        // Edit: Set saves like PUT; RegStatus offers what the manual allows from To register.
        String edit = admin.open(Menu.MOBILE_DEVICES + "/" + id).then().statusCode(200).extract().asString();
        assertThat(edit).contains("value=\"Anna\"").contains("<option value=\"Not registered\">Not registered</option>")
                .doesNotContain("<option value=\"Registered\"");
        Map<String, String> change = VoipPageQuarkusTest.formOf(edit);
        change.put("handsetName", "Anna (2nd floor)");
        change.put("regStatus", "Not registered");
        assertThat(admin.post(Menu.MOBILE_DEVICES + "/" + id, change).asString()).contains("Saved.").contains("value=\"Anna (2nd floor)\"");
        api().get(DEVICES + "/" + id).then().body("handsetName", equalTo("Anna (2nd floor)")).body("regStatus", equalTo("Not registered"));

        // Another session renames it meanwhile: this page's Set overwrites nothing and says what changed.
        Map<String, String> stale = VoipPageQuarkusTest.formOf(admin.open(Menu.MOBILE_DEVICES + "/" + id).asString());
        api().contentType("application/json").body(Map.of("handsetName", "Reception")).put(DEVICES + "/" + id).then().statusCode(200);
        stale.put("voipAccount.displayName", "Anna S.");
        assertThat(admin.post(Menu.MOBILE_DEVICES + "/" + id, stale).asString()).contains("id=\"conflicts\"")
                .contains("<td>Handset name</td><td>Anna (2nd floor)</td><td>Reception</td>").doesNotContain("Saved.");
        api().get(DEVICES + "/" + id).then().body("handsetName", equalTo("Reception")).body("voipAccount.displayName", equalTo("Anna Smith"));

        // Delete needs a selection; with one, the entry is gone.
        admin.open(Menu.MOBILE_DEVICES);
        assertThat(admin.post(Menu.MOBILE_DEVICES + "/delete", Map.of()).asString())
                .contains("Select the handsets to delete");
        api().get(DEVICES).then().body("size()", equalTo(1));
        assertThat(admin.post(Menu.MOBILE_DEVICES + "/delete", Map.of("id", id)).asString()).contains("1 handset deleted.")
                .contains("0 entries");
        api().get(DEVICES).then().body("size()", equalTo(0));
    }

    @Test
    void exportedHandsetsAreImportedAgainAndABrokenFileImportsNothing() {
        String desk = add(Map.of("ipui", "0_1", "pin", "1111", "handsetName", "Desk"));
        add(Map.of("ipui", "0_2", "pin", "2222", "handsetName", "Lab"));
        admin.open(Menu.MOBILE_DEVICES);

        var exported = admin.request().queryParam("id", desk).get(Menu.MOBILE_DEVICES + "/export").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"mobile-devices.json\"").extract();
        assertThat(exported.<List<String>>path("mobileDevices.handsetName")).containsExactly("Desk");
        byte[] file = exported.asByteArray();
        api().queryParam("id", desk).delete(DEVICES).then().statusCode(204);

        String imported = admin.request().multiPart("file", "mobile-devices.json", file, "application/json")
                .post(Menu.MOBILE_DEVICES + "/import").then().statusCode(200).extract().asString();
        assertThat(imported).contains("1 handsets imported from mobile-devices.json.").contains("<td>Desk</td>");
        api().get(DEVICES).then().body("size()", equalTo(2));

        String broken = new String(file, StandardCharsets.UTF_8).replace("\"1111\"", "\"11\"");
        assertThat(admin.request().multiPart("file", "broken.json", broken.getBytes(StandardCharsets.UTF_8), "application/json")
                .post(Menu.MOBILE_DEVICES + "/import").asString())
                .contains("Not imported: mobileDevices[0].pin must be exactly 4 digits; nothing changed.");
        assertThat(admin.request().multiPart("file", "notes.txt", "hello".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post(Menu.MOBILE_DEVICES + "/import").asString()).contains("Not imported: notes.txt is not an export file");
        api().get(DEVICES).then().body("size()", equalTo(2));
    }

    @Test
    void theRegistrationCentreOpensAndClosesTheWindowAndShowsBrokenRulesNextToTheirFields() {
        add(Map.of("ipui", "0_1", "pin", "1234", "handsetName", "Desk"));
        String refused = add(Map.of("ipui", "0_2", "pin", "1234", "handsetName", "Lab"));
        dm.refuse("00DEAD0001", java.time.Instant.parse("2026-05-04T08:00:00Z"), "wrong PIN");
        dm.startRegistering(refused);

        String page = admin.open(Menu.REGISTRATION_CENTRE).then().statusCode(200).extract().asString();
        assertThat(page).contains("data-menu=\"" + Menu.REGISTRATION_CENTRE + "\"").contains("id=\"window-state\">closed")
                .contains("id=\"count-to-register\">1").contains("id=\"count-registering\">1").contains("id=\"count-total\">2")
                .contains("id=\"dect-managers\">1").contains("<td>00DEAD0001</td>").contains("wrong PIN")
                .contains("name=\"duration.minutes\" value=\"3\"");

        Map<String, String> window = Map.of("startTime", "", "duration.days", "0", "duration.hours", "0",
                "duration.minutes", "x", "duration.seconds", "0");
        assertThat(admin.post(Menu.REGISTRATION_CENTRE + "/start", window).asString())
                .contains("id=\"duration.minutes-rule\">must be a whole number");
        assertThat(admin.post(Menu.REGISTRATION_CENTRE + "/start", Map.of("startTime", "", "duration.days", "0", "duration.hours", "0",
                "duration.minutes", "0", "duration.seconds", "0")).asString()).contains("id=\"duration-rule\">must be longer than 0 seconds");
        assertThat(admin.post(Menu.REGISTRATION_CENTRE + "/start", Map.of("startTime", "tomorrow", "duration.minutes", "5")).asString())
                .contains("id=\"startTime-rule\">must be a date and time YYYY-MM-DD HH:mm").contains("value=\"tomorrow\"");
        api().get(CENTRE).then().body("open", equalTo(false));

        String started = admin.post(Menu.REGISTRATION_CENTRE + "/start", Map.of("startTime", "", "duration.days", "0",
                "duration.hours", "0", "duration.minutes", "5", "duration.seconds", "0")).then().statusCode(200).extract().asString();
        assertThat(started).contains("The registration window is open until").contains("hx-swap-oob=\"true\"")
                .contains("id=\"window-state\">open until");
        api().get(CENTRE).then().body("open", equalTo(true)).body("duration.minutes", equalTo(5));

        assertThat(admin.post(Menu.REGISTRATION_CENTRE + "/close", Map.of()).asString())
                .contains("The registration window is closed").contains("id=\"window-state\">closed");
        api().get(CENTRE).then().body("open", equalTo(false)).body("duration.minutes", equalTo(3));
    }

    @Test
    void theUserRoleRegistersHandsetsAsTheManualAllowsButReachesNoAdminSetting() {
        api().contentType("application/json").body(Map.of("active", true)).put("/api/v1/users/user/activation").then().statusCode(200);
        api().contentType("application/json").body(Map.of("newPassword", USER_PASSWORD, "repeatPassword", USER_PASSWORD))
                .put("/api/v1/users/user/password").then().statusCode(200);
        WebSession user = WebSession.login(httpsPort, "user", USER_PASSWORD);

        String list = user.open(Menu.MOBILE_DEVICES).then().statusCode(200).extract().asString();
        assertThat(list).contains("data-menu=\"" + Menu.MOBILE_DEVICES + "\"").contains("data-menu=\"" + Menu.REGISTRATION_CENTRE + "\"")
                .doesNotContain("data-menu=\"" + Menu.BASE_STATIONS + "\"").doesNotContain("data-menu=\"" + Menu.TELEPHONY_VOIP + "\"");
        Map<String, String> form = VoipPageQuarkusTest.formOf(user.open(Menu.MOBILE_DEVICES + "/new").asString());
        form.put("handsetName", "Visitor");
        user.post(Menu.MOBILE_DEVICES + "/new", form).then().statusCode(200).header("HX-Redirect", Menu.MOBILE_DEVICES + "?notice=added");
        api().get(DEVICES).then().body("handsetName", equalTo(List.of("Visitor")));

        user.open(Menu.REGISTRATION_CENTRE).then().statusCode(200);
        assertThat(user.post(Menu.REGISTRATION_CENTRE + "/start", Map.of("duration.minutes", "2")).asString())
                .contains("The registration window is open until");
        api().get(CENTRE).then().body("open", equalTo(true));

        // The settings the manual keeps for the admin stay closed to the user, by URL too.
        user.open(Menu.TELEPHONY_VOIP).then().statusCode(403);
        user.open(Menu.BASE_STATIONS).then().statusCode(403);
        user.open(Menu.NETWORK_IP_LAN).then().statusCode(403);
        user.open(Menu.SYSTEM_DATE_AND_TIME).then().statusCode(403);
        user.open(Menu.SYSTEM_DECT_SETTINGS).then().statusCode(403);
    }

    private String add(Map<String, Object> entry) {
        return api().contentType("application/json").body(entry).post(DEVICES).then().statusCode(201).extract().path("id");
    }

    private String list(Map<String, String> query) {
        return admin.request().queryParams(query).get(Menu.MOBILE_DEVICES + "/list").then().statusCode(200).extract().asString();
    }

    /** The rows of the Mobile devices list (their cells' HTML). */
    static List<String> rows(String html) {
        int table = html.indexOf("id=\"mobile-devices\"");
        Matcher row = ROW.matcher(html.substring(Math.max(table, 0)));
        var rows = new java.util.ArrayList<String>();
        while (row.find()) {
            rows.add(row.group(2));
        }
        return rows;
    }

    private static RequestSpecification api() {
        return given().auth().preemptive().basic("admin", WebSession.ADMIN_PASSWORD);
    }
}
