package io.multicell.integrator.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.multicell.integrator.testing.FakeDectManager;
import io.multicell.integrator.testing.FakeSipGateway;
import io.multicell.integrator.testing.IntegratorTestResource;
import io.multicell.integrator.testing.PageForm;
import io.multicell.integrator.testing.WebProfile;
import io.multicell.integrator.testing.WebSession;
import io.multicell.testing.MulticellTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Settings > Base stations > Administration" over real HTTPS and PostgreSQL with a DM (fake, real gRPC): the data page
 * saves with the API's rules (a broken one next to its field, nothing saved; another session's change reported), Delete
 * after a Yes, Reboot, Add of a pending base on its data page, Export of the marked bases re-imported, a broken file
 * refused naming its entry and rule, the LED display, and the list's marks surviving the refresh.
 */
@QuarkusTest
@TestProfile(WebProfile.class)
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
class BaseStationsPageQuarkusTest {

    static final String PAGE = Menu.BASE_STATIONS;
    static final String BASES = "/api/v1/base-stations";
    static final String LOCAL = "7C:2F:80:00:00:01";
    static final String HALL = "7C:2F:80:00:00:02";
    static final String STAIRS = "7C:2F:80:00:00:03";

    @ConfigProperty(name = "quarkus.http.test-ssl-port")
    int httpsPort;
    @ConfigProperty(name = IntegratorTestResource.DM_PORT)
    int dmPort;
    @ConfigProperty(name = IntegratorTestResource.SIP_PORT)
    int sipPort;

    FakeDectManager dm;
    WebSession admin;

    @BeforeEach
    void theLocalBaseAsSyncMasterAndHallConnectedStairsPending() {
        admin = WebSession.admin(httpsPort);
        dm = FakeDectManager.runningOn(dmPort);
        FakeSipGateway.runningOn(sipPort);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                api().get("/api/v1/dect-manager").then().extract().<Boolean>path("connected"));
        List<String> confirmed = api().get(BASES).then().statusCode(200).extract().path("connected.mac");
        if (!confirmed.isEmpty()) {
            api().queryParam("mac", confirmed).delete(BASES).then().statusCode(204);
        }
        dm.reset();
        dm.announce(LOCAL, 0, 0, true);
        dm.announce(HALL, 20, 5, false);
        dm.announce(STAIRS, 40, 0, false);
        api().contentType("application/json").body(Map.of("mac", LOCAL, "cluster", 1, "syncLevel", 1)).post(BASES).then().statusCode(201);
        api().contentType("application/json").body(Map.of("mac", HALL, "name", "Hall", "syncLevel", 2, "syncSlave", "DECT"))
                .post(BASES).then().statusCode(201);
    }

    @Test
    void theListShowsTheManualsColumnsWithEditMarksExportImportAndTheLedDisplay() {
        String page = admin.open(PAGE).then().statusCode(200).extract().asString();
        assertThat(page).contains("<tr data-mac=\"" + HALL + "\"><td><input type=\"checkbox\" name=\"mac\" value=\"" + HALL + "\"")
                .contains("<td data-column=\"name\">Hall</td><td data-column=\"mac\">" + HALL + "</td>")
                .contains("<a class=\"edit\" href=\"" + PAGE + "/" + HALL + "\">Edit</a>")
                .contains(">Base station</a>").contains(">FW</a>")
                .contains("id=\"delete\"").contains("hx-confirm=\"Delete the marked base stations?")
                .contains("id=\"export\"").contains("id=\"import-form\"").contains("<option>DM1</option>")
                .contains("id=\"led-yes\" checked")
                .contains("<a class=\"add\" href=\"" + PAGE + "/pending/" + STAIRS + "\">");

        // A refresh keeps the marks it is sent, so a mark survives the polling.
        assertThat(admin.request().queryParam("mac", HALL).get(PAGE + "/lists").asString())
                .contains("value=\"" + HALL + "\" class=\"base-mark\" form=\"base-selection\" aria-label=\"mark\" checked")
                .doesNotContain("value=\"" + LOCAL + "\" class=\"base-mark\" form=\"base-selection\" aria-label=\"mark\" checked");
    }

    @Test
    void editSavesTheNameAndPositionAndTheApiAndTheListShowThem() {
        String html = admin.open(PAGE + "/" + HALL).then().statusCode(200).extract().asString();
        assertThat(html).contains("hx-post=\"" + PAGE + "/" + HALL + "\"")
                .contains("<output id=\"mac\">" + HALL + "</output>")
                .contains("<output id=\"dmName\">DM1</output>")
                .contains("<output id=\"syncLevelLabel\">2</output>")
                .contains("id=\"name\" name=\"name\" value=\"Hall\"")
                .contains("id=\"help-name\"").contains("max. 32 characters")
                .contains("data-menu=\"" + PAGE + "\"")
                .contains("id=\"delete-base\"").contains("id=\"reboot-base\"");
        Map<String, Object> form = new HashMap<>(PageForm.of(html));
        form.put("name", "Reception");
        form.put("position.x", "12.5");
        form.put("reducedTxPower", "true");

        String saved = admin.post(PAGE + "/" + HALL, form).then().statusCode(200).extract().asString();

        assertThat(saved).contains("Saved.").contains("value=\"Reception\"");
        api().get(BASES + "/" + HALL).then().body("name", equalTo("Reception")).body("position.x", equalTo(12.5f))
                .body("position.y", equalTo(5.0f)).body("reducedTxPower", equalTo(true))
                .body("syncLevel", equalTo(2)).body("syncSlave", equalTo("DECT"));
        assertThat(dm.plan().getBaseStationsList()).anySatisfy(b -> {
            assertThat(b.getMac()).isEqualTo(HALL);
            assertThat(b.getName()).isEqualTo("Reception");
        });
        assertThat(admin.request().get(PAGE + "/lists").asString()).contains("<td data-column=\"name\">Reception</td>");
    }

    @Test
    void aBrokenRuleIsShownNextToItsFieldAndNothingIsSaved() {
        String html = admin.open(PAGE + "/" + HALL).asString();
        Map<String, Object> form = new HashMap<>(PageForm.of(html));
        int plans = dm.plansReceived().size();

        form.put("name", "A name far longer than thirty-two characters");
        String tooLong = admin.post(PAGE + "/" + HALL, form).asString();
        assertThat(tooLong).contains("<span class=\"rule\" id=\"name-rule\">must be at most 32 characters</span>")
                .contains("value=\"A name far longer than thirty-two characters\"").doesNotContain("Saved.");

        form.put("name", "Hall");
        form.put("ipAddressType", "STATIC");
        form.put("staticIpAddress", "");
        assertThat(admin.post(PAGE + "/" + HALL, form).asString())
                .contains("id=\"staticIpAddress-rule\">is required when the IP address type is STATIC");

        form.put("ipAddressType", "DHCP");
        form.put("position.x", "east");
        assertThat(admin.post(PAGE + "/" + HALL, form).asString()).contains("id=\"position.x-rule\">must be a number");

        api().get(BASES + "/" + HALL).then().body("name", equalTo("Hall")).body("ipAddressType", equalTo("DHCP"))
                .body("position.x", equalTo(20.0f));
        assertThat(dm.plansReceived()).hasSize(plans);
    }

    @Test
    void anEditByAnotherSessionMeanwhileIsReportedNotOverwritten() {
        Map<String, Object> form = new HashMap<>(PageForm.of(admin.open(PAGE + "/" + HALL).asString()));
        api().contentType("application/json").body(Map.of("name", "Lobby")).put(BASES + "/" + HALL).then().statusCode(200);

        form.put("name", "Reception");
        String refused = admin.post(PAGE + "/" + HALL, form).asString();

        assertThat(refused).contains("another session changed this page").contains("<tr data-field=\"name\"><td>Name / Location</td><td>Hall</td><td>Lobby</td></tr>");
        api().get(BASES + "/" + HALL).then().body("name", equalTo("Lobby"));
        // Set again saves knowingly.
        assertThat(admin.post(PAGE + "/" + HALL, PageForm.of(refused)).asString()).contains("Saved.");
        api().get(BASES + "/" + HALL).then().body("name", equalTo("Reception"));
    }

    @Test
    void deleteAfterTheConfirmationMakesTheBasePendingAgain() {
        String page = admin.open(PAGE).asString();
        assertThat(page).contains("hx-confirm=\"Delete the marked base stations? They are shown in the list of pending base stations again.\"");

        assertThat(admin.post(PAGE + "/delete", Map.of()).asString()).contains("mark the base stations to delete");
        Response deleted = admin.post(PAGE + "/delete", Map.of("mac", HALL));
        deleted.then().statusCode(200).header("HX-Trigger", "base-stations-changed");
        assertThat(deleted.asString()).contains("1 base station deleted");
        api().get(BASES).then().body("connected.mac", equalTo(List.of(LOCAL)));
        assertThat(admin.request().get(PAGE + "/lists").asString()).contains("<tr data-mac=\"" + HALL + "\"><td>" + HALL + "</td>");

        // The data page's "Delete base station" (after its Yes): back to the list, which says so.
        admin.open(PAGE + "/" + LOCAL);
        admin.post(PAGE + "/" + LOCAL + "/delete", Map.of()).then().statusCode(200).header("HX-Redirect", PAGE + "?notice=deleted");
        api().get(BASES).then().body("connected.mac", equalTo(List.of()));
        assertThat(admin.open(PAGE + "?notice=deleted").asString()).contains("id=\"outcome-notice\">Base station deleted");
    }

    @Test
    void rebootReachesTheDmAndAnOfflineBaseIsRefused() {
        admin.open(PAGE + "/" + HALL);
        assertThat(admin.post(PAGE + "/" + HALL + "/reboot", Map.of()).asString()).contains("is rebooting");
        assertThat(dm.reboots()).containsExactly(HALL);

        dm.setOnline(HALL, false);
        assertThat(admin.post(PAGE + "/" + HALL + "/reboot", Map.of()).asString())
                .contains("id=\"base-error\">Not rebooted: the base station is offline and cannot be rebooted.");
        assertThat(dm.reboots()).containsExactly(HALL);
    }

    @Test
    void aPendingBaseIsAddedOnItsDataPage() {
        String html = admin.open(PAGE + "/pending/" + STAIRS).then().statusCode(200).extract().asString();
        assertThat(html).contains("<output id=\"status\">Pending</output>").contains("<output id=\"dmName\">DM1</output>").contains("value=\"" + STAIRS + "\"")
                .contains("<option value=\"2\" selected>2</option>");
        Map<String, Object> form = new HashMap<>(PageForm.of(html));
        form.put("name", "Stairs");
        form.put("syncLevel", "3");

        admin.post(PAGE + "/pending/" + STAIRS, form).then().statusCode(200).header("HX-Redirect", PAGE + "?notice=added");

        api().get(BASES + "/" + STAIRS).then().body("name", equalTo("Stairs")).body("syncLevel", equalTo(3))
                .body("position.x", equalTo(40.0f));
    }

    @Test
    void theExportFileOfTheMarkedBasesIsImportedAgain() {
        admin.open(PAGE);
        Response exported = admin.request().queryParam("mac", HALL).get(PAGE + "/export");
        exported.then().statusCode(200).header("Content-Disposition", "attachment; filename=\"base-stations.json\"")
                .body("format", equalTo("multicell-base-stations/v1")).body("baseStations.mac", equalTo(List.of(HALL)));
        byte[] file = exported.asByteArray();
        admin.request().get(PAGE + "/export").then().statusCode(200).body("baseStations.mac", equalTo(List.of(LOCAL, HALL)));
        api().queryParam("mac", HALL).delete(BASES).then().statusCode(204);

        Response imported = admin.request().multiPart("file", "base-stations.json", file, "application/json")
                .multiPart("dmName", "DM1").multiPart("ipAddressType", "").post(PAGE + "/import");

        imported.then().statusCode(200).header("HX-Trigger", "base-stations-changed");
        assertThat(imported.asString()).contains("1 base station imported from base-stations.json")
                .contains("<li id=\"import-added\">Added: " + HALL + "</li>").contains("review your sync settings");
        api().get(BASES + "/" + HALL).then().body("name", equalTo("Hall")).body("syncLevel", equalTo(2));

        // The whole list again: the local base is skipped, Hall changed (it is connected now).
        byte[] all = admin.request().get(PAGE + "/export").asByteArray();
        // Static for all needs an address for each: Hall has none, so the import names it and imports nothing.
        assertThat(admin.request().multiPart("file", "all.json", all, "application/json").multiPart("ipAddressType", "STATIC")
                .post(PAGE + "/import").asString())
                .contains("Not imported: base station 2 of the file (MAC " + HALL + "): staticIpAddress is required when the IP address type is STATIC");
        assertThat(admin.request().multiPart("file", "all.json", all, "application/json").multiPart("ipAddressType", "DHCP")
                .post(PAGE + "/import").asString())
                .contains("id=\"import-skipped\">Not imported (the local base station stays with its DECT manager): " + LOCAL)
                .contains("Changed: " + HALL);
    }

    @Test
    void aBrokenFileIsRefusedNamingItsEntryAndRuleAndNothingIsImported() {
        admin.open(PAGE);
        int plans = dm.plansReceived().size();
        String broken = "{\"format\":\"multicell-base-stations/v1\",\"baseStations\":[{\"mac\":\"" + STAIRS + "\",\"name\":\"Stairs\"},"
                + "{\"mac\":\"7C:2F:80:00:00:09\",\"name\":\"Roof\",\"cluster\":12}]}";

        String refused = admin.request().multiPart("file", "broken.json", broken.getBytes(StandardCharsets.UTF_8), "application/json")
                .post(PAGE + "/import").asString();

        assertThat(refused).contains("Not imported: base station 2 of the file (MAC 7C:2F:80:00:00:09): cluster must be 1..9; nothing changed.");
        assertThat(admin.request().multiPart("file", "notes.txt", "hello".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post(PAGE + "/import").asString()).contains("Not imported: notes.txt is not an export file of the base stations.");
        api().get(BASES).then().body("connected.mac", equalTo(List.of(LOCAL, HALL)));
        assertThat(dm.plansReceived()).hasSize(plans);
    }

    @Test
    void theLedDisplayIsSwitchedOffForAllBases() {
        admin.open(PAGE);
        assertThat(admin.post(PAGE + "/led-display", Map.of("enabled", "false")).asString())
                .contains("LED status display disabled on all base stations.");
        assertThat(dm.ledDisplay()).isFalse();
        assertThat(admin.open(PAGE).asString()).contains("id=\"led-no\" checked");
        admin.post(PAGE + "/led-display", Map.of("enabled", "true"));
        assertThat(dm.ledDisplay()).isTrue();
    }

    @Test
    void theUserRoleHasNoMenuEntryAndGets403ByUrl() {
        api().contentType("application/json").body(Map.of("active", true)).put("/api/v1/users/user/activation").then().statusCode(200);
        api().contentType("application/json").body(Map.of("newPassword", "User-Pass-1", "repeatPassword", "User-Pass-1"))
                .put("/api/v1/users/user/password").then().statusCode(200);
        WebSession user = WebSession.login(httpsPort, "user", "User-Pass-1");

        assertThat(user.open(Menu.STATUS_OVERVIEW).asString()).doesNotContain("data-menu=\"" + PAGE + "\"");
        user.open(PAGE).then().statusCode(403);
        user.open(PAGE + "/" + HALL).then().statusCode(403);
        user.open(PAGE + "/export").then().statusCode(403);
        user.post(PAGE + "/delete", Map.of("mac", HALL)).then().statusCode(403);
        api().get(BASES).then().body("connected.mac", equalTo(List.of(LOCAL, HALL)));
    }

    private static RequestSpecification api() {
        return given().auth().preemptive().basic("admin", WebSession.ADMIN_PASSWORD);
    }
}
