package io.multicell.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.multicell.core.identity.MacAddress;
import io.multicell.testing.browser.HeadlessChromium;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web configurator in a real browser (headless Chromium) against the real cluster: the first login forces a new
 * password and shows the broken rule next to the field, a pending base is confirmed on the Base stations page and
 * turns Sync without a reload, the user role has no admin menu entries and gets 403 for an admin page even by URL,
 * and inactivity logs off. Screenshots of every page go to target/screenshots/web-configurator.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebConfiguratorSystemTest {

    private static final String ADMIN_PASSWORD = "Secret-2026!";
    private static final String USER_PASSWORD = "User-Pass-1";
    // Long enough for the steps between two inputs on a loaded machine, short enough for the test.
    private static final Duration INACTIVITY = Duration.ofSeconds(20);
    private static final String LOCAL_BS = MacAddress.forInstance(1).value();
    private static final Path SCREENSHOTS = Path.of("target/screenshots/web-configurator");

    private MiniMulticellCluster cluster;
    private HeadlessChromium browser;
    private WebDriver driver;

    @BeforeAll
    void start() throws Exception {
        cluster = MiniMulticellCluster.start(Map.of("integrator", Map.of(
                "MULTICELL_INTEGRATOR_WEB_INACTIVITY_TIMEOUT", INACTIVITY.getSeconds() + "S",
                "MULTICELL_INTEGRATOR_WEB_SESSION_RENEWAL", "1S",
                "MULTICELL_INTEGRATOR_WEB_STATUS_REFRESH", "1S")));
        browser = HeadlessChromium.start(SCREENSHOTS);
        driver = browser.driver();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void theFirstLoginForcesANewPasswordAndShowsTheBrokenRuleNextToTheField() {
        // A page asked for over plain HTTP ends on the HTTPS login form.
        driver.get(cluster.integratorUrl() + "/status/overview");
        await().atMost(Duration.ofSeconds(10)).until(() -> driver.getCurrentUrl().startsWith(cluster.integratorHttpsUrl() + "/login"));
        browser.screenshot("01-login");

        login("admin", "admin");
        await().atMost(Duration.ofSeconds(10)).until(() -> driver.getCurrentUrl().endsWith("/first-login"));
        browser.screenshot("02-first-login");

        // The menu leads back here until the password is changed.
        driver.get(cluster.integratorHttpsUrl() + "/settings/base-stations/administration");
        assertThat(driver.getCurrentUrl()).endsWith("/first-login");

        setNewPassword("Secret-Password!");
        WebElement rule = await().atMost(Duration.ofSeconds(10))
                .until(() -> driver.findElements(By.id("newPassword-rule")), l -> !l.isEmpty()).get(0);
        assertThat(rule.getText()).isEqualTo("must contain at least one number");
        browser.screenshot("03-first-login-rule");

        setNewPassword(ADMIN_PASSWORD);
        await().atMost(Duration.ofSeconds(10)).until(() -> driver.getCurrentUrl().endsWith("/status/overview"));
        assertThat(driver.findElement(By.id("status-overview")).getText())
                .contains("1880 - 1900 MHz (Europe)").contains("Number of pending base stations");
        browser.screenshot("04-status-overview");
        // The API now wants the new password too.
        given().auth().preemptive().basic("admin", "admin").get(cluster.integratorUrl() + "/api/v1/users/me").then().statusCode(401);
    }

    @Test
    @Order(2)
    void aPendingBaseIsConfirmedAndTurnsSyncWithoutAReload() {
        driver.findElement(By.cssSelector("a[data-menu='/settings/base-stations/administration']")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> driver.getCurrentUrl().endsWith("/settings/base-stations/administration"));
        // A mark in the page's JavaScript state: a reload would wipe it.
        ((JavascriptExecutor) driver).executeScript("window.notReloaded = true;");

        // The bases join the DM on their own; the pending list refreshes by itself.
        By confirmLocalBs = By.cssSelector("#pending tr[data-mac='" + LOCAL_BS + "'] button.confirm");
        await().atMost(Duration.ofSeconds(60)).until(() -> !driver.findElements(confirmLocalBs).isEmpty());
        browser.screenshot("05-base-stations-pending");
        driver.findElement(confirmLocalBs).click();

        By status = By.xpath("//table[@id='connected']//tr[@data-mac='" + LOCAL_BS + "']/td[@data-column='status']");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> driver.findElement(status).getText(), "Sync"::equals);
        assertThat(((JavascriptExecutor) driver).executeScript("return window.notReloaded === true;")).isEqualTo(true);
        assertThat(driver.findElements(By.cssSelector("#pending tr[data-mac='" + LOCAL_BS + "']"))).isEmpty();
        browser.screenshot("06-base-stations-sync");
    }

    @Test
    @Order(10)
    void aProviderProfileIsSavedShownAfterAReloadAndAnInvalidPortIsRefusedNextToTheField() {
        driver.get(cluster.integratorHttpsUrl() + "/settings/provider-profiles");
        WebElement list = await().atMost(Duration.ofSeconds(10)).until(() -> driver.findElements(By.id("profile-list")), l -> !l.isEmpty()).get(0);
        assertThat(list.getText()).contains("IP2").contains("Not configured");
        browser.screenshot("10-provider-profiles");

        driver.findElement(By.cssSelector("#profile-list tr[data-id='2'] a.edit")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> driver.getCurrentUrl().endsWith("/settings/provider-profiles/2"));
        type("name", "Company PBX");
        type("domain", "pbx.example.com");
        type("proxyAddress", "127.0.0.1");
        type("proxyPort", "5070");
        type("connectionRingtones[2].name", "Door");
        type("connectionRingtones[2].alertInfoPattern", "door-bell");
        // Codecs: G.729A deactivated, PCMU moved to the top.
        driver.findElement(By.cssSelector("#codecs-active li[data-value='G729A'] button.deactivate")).click();
        driver.findElement(By.cssSelector("#codecs-active li[data-value='PCMU'] button.up")).click();
        driver.findElement(By.cssSelector("#codecs-active li[data-value='PCMU'] button.up")).click();
        assertThat(activeCodecs()).containsExactly("PCMU", "G722", "PCMA");
        scrollTo("codecs");
        browser.screenshot("10-provider-profile-codecs");
        driver.findElement(By.id("set")).click();
        await().atMost(Duration.ofSeconds(15)).until(() -> !driver.findElements(By.id("notice")).isEmpty());
        assertThat(driver.findElement(By.id("notice")).getText()).isEqualTo("Saved.");
        browser.screenshot("10-provider-profile-saved");

        // After a reload the page shows what was saved.
        driver.navigate().refresh();
        await().atMost(Duration.ofSeconds(10)).until(() -> !driver.findElements(By.id("provider-form")).isEmpty());
        assertThat(valueOf("name")).isEqualTo("Company PBX");
        assertThat(valueOf("domain")).isEqualTo("pbx.example.com");
        assertThat(valueOf("proxyPort")).isEqualTo("5070");
        assertThat(valueOf("connectionRingtones[2].alertInfoPattern")).isEqualTo("door-bell");
        assertThat(activeCodecs()).containsExactly("PCMU", "G722", "PCMA");
        assertThat(driver.findElements(By.cssSelector("#codecs-available li[data-value='G729A']"))).hasSize(1);
        browser.screenshot("10-provider-profile-reloaded");
        // Cancel drops a changed order: the stored one is shown again.
        driver.findElement(By.cssSelector("#codecs-active li[data-value='PCMU'] button.down")).click();
        assertThat(activeCodecs()).containsExactly("G722", "PCMU", "PCMA");
        driver.findElement(By.id("cancel")).click();
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(this::activeCodecs, codecs -> codecs.equals(List.of("PCMU", "G722", "PCMA")));

        // An invalid port: the rule next to the field, nothing saved.
        type("proxyPort", "70000");
        driver.findElement(By.id("set")).click();
        WebElement rule = await().atMost(Duration.ofSeconds(10))
                .until(() -> driver.findElements(By.id("proxyPort-rule")), l -> !l.isEmpty()).get(0);
        assertThat(rule.getText()).isEqualTo("must be 1..65535");
        scrollTo("proxyPort");
        browser.screenshot("10-provider-profile-invalid-port");
        admin().get("/api/v1/provider-profiles/2").then().statusCode(200)
                .body("proxyPort", equalTo(5070))
                .body("codecs", equalTo(List.of("PCMU", "G722", "PCMA")));
        admin().delete("/api/v1/provider-profiles/2").then().statusCode(204);
    }

    @Test
    @Order(11)
    void widebandCallsAreSwitchedOnOnTheAudioPageAndABaseCarriesFiveCalls() {
        driver.get(cluster.integratorHttpsUrl() + "/settings/telephony/audio");
        await().atMost(Duration.ofSeconds(10)).until(() -> !driver.findElements(By.id("audio-form")).isEmpty());
        assertThat(driver.findElement(By.id("callsPerBaseStation")).getText()).isEqualTo("8");
        browser.screenshot("11-telephony-audio");
        driver.findElement(By.id("g722Enabled")).click();
        driver.findElement(By.id("set")).click();
        await().atMost(Duration.ofSeconds(15)).until(() -> !driver.findElements(By.id("notice")).isEmpty());
        assertThat(driver.findElement(By.id("callsPerBaseStation")).getText()).isEqualTo("5");
        browser.screenshot("11-telephony-audio-saved");
        admin().body(Map.of("g722Enabled", false)).put("/api/v1/telephony/audio").then().statusCode(200);
    }

    @Test
    @Order(12)
    void theCallSettingsPageRefusesAnAccessCodeOfFourDigitsNextToTheField() {
        driver.get(cluster.integratorHttpsUrl() + "/settings/telephony/call-settings");
        await().atMost(Duration.ofSeconds(10)).until(() -> !driver.findElements(By.id("callSettings-form")).isEmpty());
        browser.screenshot("12-telephony-call-settings");
        type("accessCode", "0123");
        driver.findElement(By.id("set")).click();
        WebElement rule = await().atMost(Duration.ofSeconds(10))
                .until(() -> driver.findElements(By.id("accessCode-rule")), l -> !l.isEmpty()).get(0);
        assertThat(rule.getText()).isEqualTo("must be at most 3 of 0-9 * R # P");
        browser.screenshot("12-telephony-call-settings-rule");
        admin().get("/api/v1/telephony/call-settings").then().body("accessCode", equalTo(""));
    }

    @Test
    @Order(13)
    void choosingACountryFillsInItsPrefixesBeforeSet() {
        driver.get(cluster.integratorHttpsUrl() + "/settings/telephony/call-settings");
        await().atMost(Duration.ofSeconds(10)).until(() -> !driver.findElements(By.id("callSettings-form")).isEmpty());
        new Select(driver.findElement(By.id("country"))).selectByValue("UNITED_STATES");

        assertThat(valueOf("internationalPrefix")).isEqualTo("011");
        assertThat(valueOf("internationalAreaCode")).isEqualTo("1");
        assertThat(valueOf("localPrefix")).isEqualTo("1");
        browser.screenshot("13-call-settings-country-filled");
        admin().get("/api/v1/telephony/call-settings").then().body("country", equalTo("OTHER"));

        new Select(driver.findElement(By.id("country"))).selectByValue("ITALY");
        assertThat(valueOf("internationalPrefix")).isEqualTo("00");
        assertThat(valueOf("internationalAreaCode")).isEqualTo("39");
        assertThat(valueOf("localPrefix")).isEmpty();
        driver.findElement(By.id("set")).click();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> admin().get("/api/v1/telephony/call-settings").then()
                .body("country", equalTo("ITALY")).body("internationalAreaCode", equalTo("39")).body("localPrefix", equalTo("")));
    }

    @Test
    @Order(60)
    void aSettingsPageShowsHelpRefusesABrokenRuleNextToTheFieldAndCancelReloadsTheStoredValues() {
        driver.get(cluster.integratorHttpsUrl() + "/settings/telephony/voip");
        await().atMost(Duration.ofSeconds(10)).until(() -> !driver.findElements(By.id("voip-form")).isEmpty());
        driver.findElement(By.cssSelector("button[popovertarget='help-sessionTimerSeconds']")).click();
        assertThat(driver.findElement(By.id("help-sessionTimerSeconds")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("help-sessionTimerSeconds")).getText()).contains("min. 90 sec");
        browser.screenshot("60-voip-help");
        driver.findElement(By.tagName("h1")).click(); // closes the popup

        WebElement port = driver.findElement(By.id("sipPort"));
        port.clear();
        port.sendKeys("70000");
        driver.findElement(By.id("set")).click();
        WebElement rule = await().atMost(Duration.ofSeconds(10))
                .until(() -> driver.findElements(By.id("sipPort-rule")), l -> !l.isEmpty()).get(0);
        assertThat(rule.getText()).isEqualTo("must be 1..65535");
        browser.screenshot("61-voip-rule");
        given().baseUri(cluster.integratorUrl()).auth().preemptive().basic("admin", ADMIN_PASSWORD)
                .get("/api/v1/telephony/voip").then().body("sipPort", org.hamcrest.Matchers.equalTo(5060));

        // Cancel drops the change and shows what is stored.
        driver.findElement(By.id("cancel")).click();
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> driver.findElement(By.id("sipPort")).getAttribute("value"), "5060"::equals);
        assertThat(driver.findElements(By.id("sipPort-rule"))).isEmpty();

        // Auto-hide menu: folded while the pointer is elsewhere, and it stays so on the next page.
        driver.findElement(By.id("auto-hide-menu")).click();
        driver.get(cluster.integratorHttpsUrl() + "/status/overview");
        await().atMost(Duration.ofSeconds(10)).until(() -> driver.findElement(By.tagName("body")).getAttribute("class").contains("menu-auto-hide"));
        new Actions(driver).moveToElement(driver.findElement(By.tagName("h1"))).perform();
        await().atMost(Duration.ofSeconds(5)).until(() -> driver.findElement(By.id("menu")).getSize().getWidth() < 60);
        browser.screenshot("62-menu-auto-hidden");
        ((JavascriptExecutor) driver).executeScript("localStorage.removeItem('multicell.autoHideMenu');");
    }

    @Test
    @Order(30)
    void theStatisticsPageShowsTheThreeBasesAndAFilterNarrowsTheList() {
        confirmEveryBaseInSync();
        driver.get(cluster.integratorHttpsUrl() + "/status/statistics/base-stations");
        By rows = By.cssSelector("#base-statistics tbody tr");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> driver.findElements(rows).size() == 3);
        assertThat(driver.findElement(By.id("clusters")).getText()).contains("Cluster 1");
        assertThat(driver.findElement(By.cssSelector("#base-statistics thead")).getText()).contains("Conn").contains("Ho setup")
                .contains("Call drops").contains("Calls-pk").contains("Sync swaps");
        browser.screenshot("30-statistics");

        // The manual's filter: MAC address = aabbccddeeff; the table refreshes by itself and keeps the filter.
        new Select(driver.findElement(By.id("filter-column"))).selectByValue("mac");
        new Select(driver.findElement(By.id("filter-operator"))).selectByValue("=");
        driver.findElement(By.id("filter-value")).sendKeys(LOCAL_BS.replace(":", "").toLowerCase(java.util.Locale.ROOT));
        driver.findElement(By.id("filter-apply")).click();
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> driver.findElements(rows).size() == 1
                && LOCAL_BS.equals(driver.findElement(rows).getAttribute("data-mac")));
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> driver.findElements(rows).size() == 1);
        browser.screenshot("31-statistics-filtered");
    }

    @Test
    @Order(31)
    void theIncidentsPageListsTheIncidentsOfABaseThatWentOfflineAndCameBack() {
        confirmEveryBaseInSync();
        String base3 = MacAddress.forInstance(3).value();
        // Harmless: base 3 stops and starts again; the DM reports it offline (critical) and online again (info).
        cluster.restart("base-station-3");
        awaitStatus(base3, "Sync");
        driver.get(cluster.integratorHttpsUrl() + "/status/incidents");
        By offline = By.xpath("//table[@id='incident-list']//tr[@data-severity='Critical'][contains(., '" + base3 + "')]");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
            if (driver.findElements(offline).isEmpty()) {
                driver.findElement(By.id("refresh")).click();
                return false;
            }
            return true;
        });
        assertThat(driver.findElement(offline).getText()).contains("BASE_STATION_OFFLINE").contains("Critical");
        assertThat(driver.findElement(By.id("incident-list")).getText()).contains("BASE_STATION_ONLINE");
        browser.screenshot("32-incidents");
    }

    @Test
    @Order(32)
    void theSynchronisationPageShowsTheSyncLevelsAndSynchronisesAllClusters() {
        confirmEveryBaseInSync();
        driver.get(cluster.integratorHttpsUrl() + "/settings/base-stations/synchronisation");
        String base2 = MacAddress.forInstance(2).value();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> "1".equals(cell(LOCAL_BS, 5)) && "2".equals(cell(base2, 5))
                && "Sync".equals(cell(base2, 8)) && "DECT".equals(cell(base2, 7)));
        browser.screenshot("33-synchronisation");

        driver.findElement(By.cssSelector("#synchronisation tr[data-mac='" + base2 + "'] button.edit")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> !driver.findElements(By.id("synchronisation-form")).isEmpty());
        assertThat(new Select(driver.findElement(By.id("syncLevel"))).getFirstSelectedOption().getText()).isEqualTo("2");
        browser.screenshot("34-synchronisation-edit");

        driver.findElement(By.id("synchronise-all")).click();
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .until(() -> driver.findElement(By.id("cluster-notice")).getText().startsWith("Synchronise all:"));
        browser.screenshot("35-synchronise-all");
        // Leave the cluster as the next tests expect it.
        List.of(LOCAL_BS, base2, MacAddress.forInstance(3).value()).forEach(mac -> awaitStatus(mac, "Sync"));
    }

    @Test
    @Order(72)
    void theNameOfAConnectedBaseIsEditedOnItsDataPageAndShownInTheList() {
        confirmEveryBaseInSync();
        String base2 = MacAddress.forInstance(2).value();
        String before = api().get("/api/v1/base-stations/" + base2).then().extract().path("name");
        driver.get(cluster.integratorHttpsUrl() + "/settings/base-stations/administration");
        By edit = By.cssSelector("#connected tr[data-mac='" + base2 + "'] a.edit");
        await().atMost(Duration.ofSeconds(10)).until(() -> !driver.findElements(edit).isEmpty());
        driver.findElement(edit).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> !driver.findElements(By.id("baseStation-form")).isEmpty());
        assertThat(driver.findElement(By.id("mac")).getText()).isEqualTo(base2);
        browser.screenshot("72-base-station-data-page");

        type("name", "A name far longer than thirty-two characters");
        driver.findElement(By.id("set")).click();
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> driver.findElement(By.id("name-rule")).isDisplayed());
        assertThat(driver.findElement(By.id("name-rule")).getText()).isEqualTo("must be at most 32 characters");
        browser.screenshot("72-base-station-name-rule");

        type("name", "Reception desk");
        driver.findElement(By.id("set")).click();
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> driver.findElement(By.id("notice")).getText().equals("Saved."));
        driver.findElement(By.id("back")).click();
        By name = By.xpath("//table[@id='connected']//tr[@data-mac='" + base2 + "']/td[@data-column='name']");
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> driver.findElement(name).getText(), "Reception desk"::equals);
        browser.screenshot("72-base-stations-renamed");
        api().contentType("application/json").body(Map.of("name", before)).put("/api/v1/base-stations/" + base2).then().statusCode(200);
    }

    @Test
    @Order(73)
    void theMarkedBaseIsExportedAndTheFileImportsAgain() throws Exception {
        confirmEveryBaseInSync();
        String base2 = MacAddress.forInstance(2).value();
        driver.get(cluster.integratorHttpsUrl() + "/settings/base-stations/administration");
        By mark = By.cssSelector("#connected tr[data-mac='" + base2 + "'] input.base-mark");
        await().atMost(Duration.ofSeconds(10)).until(() -> !driver.findElements(mark).isEmpty());
        driver.findElement(mark).click();
        // The mark survives the list's refresh (every second in this cluster).
        await().pollDelay(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(driver.findElement(mark).isSelected()).isTrue();
        browser.screenshot("73-base-stations-marked");

        // Export: what the button's GET form asks for, fetched with the browser's session (headless Chromium saves no files).
        String session = driver.manage().getCookieNamed("multicell-session").getValue();
        var download = given().relaxedHTTPSValidation().cookie("multicell-session", session)
                .get(cluster.integratorHttpsUrl() + "/settings/base-stations/administration/export?mac=" + base2);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"base-stations.json\"");
        assertThat(download.jsonPath().getList("baseStations.mac", String.class)).containsExactly(base2);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("base-stations", ".json");
        java.nio.file.Files.write(file, download.asByteArray());

        driver.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        new Select(driver.findElement(By.id("import-ip-address-type"))).selectByValue("DHCP");
        driver.findElement(By.id("import")).click();
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> driver.findElement(By.id("import-result")).isDisplayed());
        assertThat(driver.findElement(By.id("import-result")).getText()).contains("1 base station imported").contains("Changed: " + base2);
        browser.screenshot("73-base-stations-imported");
        java.nio.file.Files.deleteIfExists(file);
        awaitStatus(base2, "Sync");
    }

    private String cell(String mac, int column) {
        return driver.findElement(By.xpath("//table[@id='synchronisation']//tr[@data-mac='" + mac + "']/td[" + column + "]")).getText();
    }

    /** The three bases confirmed (LocalBS sync master, the others DECT slaves on level 2) and in Sync, whatever ran before. */
    private void confirmEveryBaseInSync() {
        List<String> macs = List.of(LOCAL_BS, MacAddress.forInstance(2).value(), MacAddress.forInstance(3).value());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            var lists = api().get("/api/v1/base-stations").then().statusCode(200).extract().jsonPath();
            List<String> known = new java.util.ArrayList<>(lists.getList("connected.mac", String.class));
            known.addAll(lists.getList("pending.mac", String.class));
            return known.containsAll(macs);
        });
        List<String> pending = api().get("/api/v1/base-stations").then().extract().jsonPath().getList("pending.mac", String.class);
        for (String mac : macs) {
            if (pending.contains(mac)) {
                Map<String, Object> body = LOCAL_BS.equals(mac) ? Map.of("mac", mac, "cluster", 1, "syncLevel", 1)
                        : Map.of("mac", mac, "cluster", 1, "syncLevel", 2, "syncSlave", "DECT");
                api().contentType("application/json").body(body).post("/api/v1/base-stations").then().statusCode(201);
            }
        }
        macs.forEach(mac -> awaitStatus(mac, "Sync"));
    }

    private void awaitStatus(String mac, String status) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                status.equals(api().get("/api/v1/base-stations/" + mac).then().extract().path("status")));
    }

    private io.restassured.specification.RequestSpecification api() {
        return given().baseUri(cluster.integratorUrl()).auth().preemptive().basic("admin", ADMIN_PASSWORD);
    }

    @Test
    @Order(20)
    void aHandsetAddedOnTheDataPageRegistersThroughTheRegistrationCentreAndIsListedAsRegistered() {
        String handsetIpui = "0279A7C1D2";
        driver.get(cluster.integratorHttpsUrl() + "/settings/mobile-devices/administration");
        await().atMost(Duration.ofSeconds(10)).until(() -> !driver.findElements(By.id("mobile-devices")).isEmpty());
        browser.screenshot("20-mobile-devices-empty");

        // Add: the data page with a generated PIN; the entry lets any handset register with PIN 1234.
        driver.findElement(By.id("add")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> driver.getCurrentUrl().endsWith("/settings/mobile-devices/administration/new"));
        assertThat(driver.findElement(By.id("pin")).getAttribute("value")).matches("[0-9]{4}");
        type("handsetName", "A name much longer than thirty-two characters");
        type("pin", "1234");
        driver.findElement(By.id("set")).click();
        WebElement rule = await().atMost(Duration.ofSeconds(10))
                .until(() -> driver.findElements(By.id("handsetName-rule")), l -> !l.isEmpty()).get(0);
        assertThat(rule.getText()).isEqualTo("must be at most 32 characters");
        browser.screenshot("21-mobile-device-add-rule");
        type("handsetName", "Anna");
        type("voipAccount.displayName", "Anna Smith");
        browser.screenshot("22-mobile-device-add");
        driver.findElement(By.id("set")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> driver.getCurrentUrl().contains("/settings/mobile-devices/administration?notice=added"));
        By anna = By.xpath("//table[@id='mobile-devices']//tr[td[text()='Anna']]");
        assertThat(driver.findElement(anna).getText()).contains("To register").contains("1234");
        browser.screenshot("23-mobile-devices-added");

        // Registration Centre: a window of 5 minutes, started now.
        driver.get(cluster.integratorHttpsUrl() + "/settings/mobile-devices/registration-centre");
        assertThat(driver.findElement(By.id("count-to-register")).getText()).isEqualTo("1");
        type("duration.minutes", "5");
        driver.findElement(By.id("start")).click();
        // The status part is swapped in beside the form and refreshed by itself: an element found may be replaced meanwhile.
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> driver.findElement(By.id("window-state")).getText().startsWith("open until"));
        assertThat(driver.findElement(By.id("notice")).getText()).startsWith("The registration window is open until");
        browser.screenshot("24-registration-centre-open");

        // A virtual handset next to the LocalBS registers with the PIN while the window is open; the page follows by itself.
        var simulator = new HandsetSimulatorApi(cluster.simulatorUrl());
        simulator.create("anna", handsetIpui, 2.0, 1.0);
        simulator.register("anna", "1234");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> driver.findElement(By.id("registered")).getText(), t -> t.contains(handsetIpui));
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> driver.findElement(By.id("count-to-register")).getText(), "0"::equals);
        browser.screenshot("25-registration-centre-registered");

        // The Mobile devices list shows the handset Registered under its own IPUI.
        driver.get(cluster.integratorHttpsUrl() + "/settings/mobile-devices/administration");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> driver.findElement(anna).getText(), t -> t.contains(handsetIpui) && t.contains("Registered"));
        browser.screenshot("26-mobile-devices-registered");
        // Leave no open window behind for the tests that follow.
        given().baseUri(cluster.integratorUrl()).auth().preemptive().basic("admin", ADMIN_PASSWORD)
                .post("/api/v1/mobile-devices/registration-centre/close").then().statusCode(200);
    }

    @Test
    @Order(40)
    void ipLanIsSavedAndAnInvalidVlanIdentifierIsRefusedNextToTheField() {
        driver.get(cluster.integratorHttpsUrl() + "/settings/network/ip-lan");
        await().atMost(Duration.ofSeconds(10)).until(() -> !driver.findElements(By.id("ipLan-form")).isEmpty());
        browser.screenshot("40-ip-lan");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("ipAddressType"))).selectByValue("STATIC");
        type("ipAddress", "192.168.2.10");
        type("subnetMask", "255.255.255.0");
        type("standardGateway", "192.168.2.1");
        if (!driver.findElement(By.id("vlanTagging")).isSelected()) {
            driver.findElement(By.id("vlanTagging")).click();
        }
        type("vlanIdentifier", "5000");
        driver.findElement(By.id("set")).click();
        WebElement rule = await().atMost(Duration.ofSeconds(10))
                .until(() -> driver.findElements(By.id("vlanIdentifier-rule")), l -> !l.isEmpty()).get(0);
        assertThat(rule.getText()).isEqualTo("must be 1..4094");
        assertThat(driver.findElement(By.id("field-vlanIdentifier")).getAttribute("class")).contains("invalid");
        browser.screenshot("41-ip-lan-invalid-vlan");

        type("vlanIdentifier", "42");
        driver.findElement(By.id("set")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> !driver.findElements(By.id("notice")).isEmpty());
        assertThat(driver.findElement(By.id("notice")).getText()).isEqualTo("Saved.");
        browser.screenshot("42-ip-lan-saved");
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).get(cluster.integratorUrl() + "/api/v1/network/ip-lan")
                .then().statusCode(200).body("ipAddressType", org.hamcrest.Matchers.equalTo("STATIC"))
                .body("vlanIdentifier", org.hamcrest.Matchers.equalTo(42));
    }

    @Test
    @Order(41)
    void dateAndTimeShowsTheSystemTime() {
        var zone = java.time.ZoneId.of("Europe/Berlin");
        var format = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        String before = format.format(java.time.ZonedDateTime.now(zone));
        driver.get(cluster.integratorHttpsUrl() + "/settings/system/date-and-time");
        await().atMost(Duration.ofSeconds(10)).until(() -> !driver.findElements(By.id("systemTime")).isEmpty());
        String shown = driver.findElement(By.id("systemTime")).getText();
        String after = format.format(java.time.ZonedDateTime.now(zone));
        assertThat(shown).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\(UTC[+-]\\d{2}:\\d{2}\\)");
        assertThat(shown.substring(0, 16)).isIn(before, after);
        assertThat(driver.findElement(By.id("timeServers")).getAttribute("value")).isEqualTo("europe.pool.ntp.org,pool.ntp.org");
        browser.screenshot("43-date-and-time");
    }

    @Test
    @Order(42)
    void dectSettingsShowTheRadioBandOfTheFirstLogin() {
        driver.get(cluster.integratorHttpsUrl() + "/settings/system/dect-settings");
        await().atMost(Duration.ofSeconds(10)).until(() -> !driver.findElements(By.id("dect-form")).isEmpty());
        assertThat(new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("dectRadioBand")))
                .getFirstSelectedOption().getText()).isEqualTo("1880 - 1900 MHz (Europe)");
        assertThat(driver.findElement(By.id("dectEncryption")).isSelected()).isTrue();
        browser.screenshot("44-dect-settings");
    }

    @Test
    @Order(43)
    void rebootAndResetOffersTheManualsActionsWithAConfirmation() {
        // Only shown: a reboot or reset here would disturb the other tests of this cluster (RebootAndResetQuarkusTest does them).
        driver.get(cluster.integratorHttpsUrl() + "/settings/system/reboot-and-reset");
        await().atMost(Duration.ofSeconds(10)).until(() -> !driver.findElements(By.id("factory-reset-form")).isEmpty());
        assertThat(driver.findElement(By.id("reboot-now")).getText()).isEqualTo("Reboot now");
        assertThat(driver.findElement(By.id("reset-confirm")).isSelected()).isFalse();
        browser.screenshot("45-reboot-and-reset");
    }

    @Test
    @Order(70)
    void theAdminActivatesTheUserRoleAndSetsItsPasswordOnTheWebConfiguratorPage() {
        driver.get(cluster.integratorHttpsUrl() + "/settings/system/web-configurator");
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> driver.findElement(By.id("user-access-form")).isDisplayed());
        scrollTo("user-access-form");
        driver.findElement(By.id("active-yes")).click();
        type("user-newPassword", USER_PASSWORD);
        type("user-repeatPassword", USER_PASSWORD);
        // Show password (configurator.js): the characters become visible.
        driver.findElement(By.id("user-show-password")).click();
        assertThat(driver.findElement(By.id("user-newPassword")).getDomProperty("type")).isEqualTo("text");
        browser.screenshot("70-user-access");
        driver.findElement(By.id("set-user-access")).click();
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> driver.findElement(By.id("user-access-notice")).isDisplayed());
        assertThat(driver.findElement(By.id("user-access-notice")).getText())
                .contains("User access is active.").contains("The password of user was set.");
        assertThat(driver.findElement(By.id("user-newPassword")).getDomProperty("type")).isEqualTo("password");
        browser.screenshot("71-user-access-set");
        // The state order 90 starts from (it sets it again through the API): active, with USER_PASSWORD.
        given().auth().preemptive().basic("user", USER_PASSWORD).get(cluster.integratorUrl() + "/api/v1/users/me").then().statusCode(200)
                .body("active", equalTo(true));
    }

    @Test
    @Order(71)
    void aPasswordBreakingARuleIsShownNextToTheFieldOnTheWebConfiguratorPage() {
        driver.get(cluster.integratorHttpsUrl() + "/settings/system/web-configurator");
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> driver.findElement(By.id("password-form")).isDisplayed());
        type("newPassword", "Secret-Password!");
        type("repeatPassword", "Secret-Password!");
        driver.findElement(By.id("set-password")).click();
        WebElement rule = await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> driver.findElement(By.id("newPassword-rule")), WebElement::isDisplayed);
        assertThat(rule.getText()).isEqualTo("must contain at least one number");
        assertThat(driver.findElement(By.id("password-error")).getText()).contains("Nothing changed");
        browser.screenshot("72-web-password-rule");
        admin().get("/api/v1/users/me").then().statusCode(200);
    }

    // Orders 10..89: admin pages, each test opening its page by URL (the admin is logged in after order 2).
    @Test
    @Order(74)
    void choosingDeutschInTheHeaderShowsThePagesAndTheirRulesInGermanUntilEnglishIsChosenAgain() {
        try {
            driver.get(cluster.integratorHttpsUrl() + "/settings/telephony/voip");
            await().atMost(Duration.ofSeconds(10)).until(() -> !driver.findElements(By.id("voip-form")).isEmpty());
            // The options menu Language at the top right: choosing applies at once (web/language.js).
            new Select(driver.findElement(By.id("language"))).selectByValue("de");
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                    .until(() -> driver.findElement(By.tagName("h1")).getText(), t -> t.startsWith("Allgemeine VoIP-Einstellungen"));
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
            assertThat(driver.findElement(By.cssSelector("label[for='sipPort']")).getText()).isEqualTo("SIP-Port");
            assertThat(driver.findElement(By.id("set")).getText()).isEqualTo("Übernehmen");
            assertThat(driver.findElement(By.id("cancel")).getText()).isEqualTo("Abbrechen");
            assertThat(driver.findElement(By.id("menu")).getText()).contains("Einstellungen")
                    .contains("Anbieter- oder TK-Anlagen-Profile").contains("Registrierungs-Center");

            WebElement port = driver.findElement(By.id("sipPort"));
            port.clear();
            port.sendKeys("70000");
            driver.findElement(By.id("set")).click();
            WebElement rule = await().atMost(Duration.ofSeconds(10))
                    .until(() -> driver.findElements(By.id("sipPort-rule")), l -> !l.isEmpty()).get(0);
            assertThat(rule.getText()).isEqualTo("muss 1..65535 sein");
            browser.screenshot("74-voip-deutsch-rule");
            admin().get("/api/v1/telephony/voip").then().body("sipPort", equalTo(5060));

            // The choice is kept by the browser for every page.
            driver.get(cluster.integratorHttpsUrl() + "/status/overview");
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                    .until(() -> driver.findElement(By.tagName("h1")).getText(), t -> t.startsWith("Übersicht"));
            assertThat(driver.findElement(By.id("status-overview")).getText()).contains("Anzahl aktiver Basisstationen");
            browser.screenshot("74-overview-deutsch");

            new Select(driver.findElement(By.id("language"))).selectByValue("en");
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                    .until(() -> driver.findElement(By.tagName("h1")).getText(), t -> t.startsWith("Overview"));
        } finally {
            // Later tests expect English, whatever happened above.
            driver.get(cluster.integratorHttpsUrl() + "/language?lang=en&back=/status/overview");
        }
    }

    @Test
    @Order(76)
    @SuppressWarnings("unchecked")
    void diagnosticsDownloadsATarOfTheStandardSetWithTheSavedSettings() throws Exception {
        driver.get(cluster.integratorHttpsUrl() + "/status/incidents/diagnostics");
        await().atMost(Duration.ofSeconds(10)).until(() -> !driver.findElements(By.id("diagnostics-form")).isEmpty());
        assertThat(driver.findElement(By.id("coreDump")).isEnabled()).isFalse();
        assertThat(driver.findElement(By.id("ramDump")).isEnabled()).isFalse();
        assertThat(driver.findElement(By.id("saveSettings")).isSelected()).as("Save settings is on by default").isTrue();
        driver.findElement(By.id("lastIncident")).click();
        browser.screenshot("76-diagnostics");

        // What Download fetches, with the browser's own session and the marked options: a tar named as the manual says.
        String url = cluster.integratorHttpsUrl() + "/status/incidents/diagnostics/download?saveSettings=true&lastIncident=true";
        var answer = (List<Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => done([r.status,
                    r.headers.get('content-disposition'), b.byteLength, new TextDecoder().decode(new Uint8Array(b, 257, 5))])))
                    .catch(e => done([0, String(e), 0, '']));""", url);
        assertThat(((Number) answer.get(0)).intValue()).as(String.valueOf(answer.get(1))).isEqualTo(200);
        assertThat((String) answer.get(1)).matches("attachment; filename=\"[A-Za-z0-9]+_[^\"]+_\\d{4}-\\d{2}-\\d{2}_diagnostics\\.tar\"");
        assertThat(answer.get(3)).as("ustar magic").isEqualTo("ustar");

        // The same through the API, listed by the system's tar.
        byte[] tar = api().get("/api/v1/diagnostics?saveSettings=true&lastIncident=true").then().statusCode(200).extract().asByteArray();
        Path file = SCREENSHOTS.resolve("76-diagnostics.tar");
        java.nio.file.Files.write(file, tar);
        Process list = new ProcessBuilder("tar", "-tf", file.toString()).redirectErrorStream(true).start();
        String entries = new String(list.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(list.waitFor()).as(entries).isZero();
        assertThat(entries.lines().toList()).contains("services.txt", "base-stations.csv", "incidents.csv",
                "base-station-statistics.csv", "sip-registrations.csv", "audit-log.csv", "last-incident.txt")
                .anyMatch(e -> e.endsWith("_device-settings.json"));
        // The running DM and SIP gateway say which version they are and since when they run.
        Process read = new ProcessBuilder("tar", "-xOf", file.toString(), "services.txt").redirectErrorStream(true).start();
        String services = new String(read.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(read.waitFor()).as(services).isZero();
        for (String peer : List.of("[dect-manager]", "[sip-gateway]")) {
            String section = services.substring(services.indexOf(peer), services.indexOf("\n\n", services.indexOf(peer)));
            assertThat(section).as(services).containsPattern("version: \\S+").containsPattern("uptime: \\d+d \\d\\dh")
                    .doesNotContain("not reported");
        }
    }

    @Test
    @Order(90)
    void theUserRoleSeesNoAdminEntriesAndGets403ForAnAdminPageEvenByUrl() {
        var admin = given().baseUri(cluster.integratorUrl()).auth().preemptive().basic("admin", ADMIN_PASSWORD)
                .contentType("application/json");
        admin.body(Map.of("active", true)).put("/api/v1/users/user/activation").then().statusCode(200);
        given().baseUri(cluster.integratorUrl()).auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType("application/json")
                .body(Map.of("newPassword", USER_PASSWORD, "repeatPassword", USER_PASSWORD))
                .put("/api/v1/users/user/password").then().statusCode(200);

        driver.findElement(By.id("logout")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> driver.getCurrentUrl().contains("/login"));
        login("user", USER_PASSWORD);
        // Where the form login lands may be a page remembered from before the logout; the overview is what we look at.
        await().atMost(Duration.ofSeconds(30)).until(() -> !driver.getCurrentUrl().contains("/login"));
        driver.get(cluster.integratorHttpsUrl() + "/status/overview");
        await().atMost(Duration.ofSeconds(10)).until(() -> driver.getCurrentUrl().endsWith("/status/overview"));
        assertThat(driver.findElement(By.id("menu")).getText()).contains("Overview").doesNotContain("Provider or PBX profiles");
        assertThat(driver.findElements(By.cssSelector("a[data-menu='/settings/base-stations/administration']"))).isEmpty();
        // The manual opens Settings > System > Web configurator to the user (its own password).
        assertThat(driver.findElements(By.cssSelector("a[data-menu='/settings/system/web-configurator']"))).isNotEmpty();
        browser.screenshot("07-user-overview");
        // Read before leaving: Chromium's error page of a 403 has no access to the site's cookies.
        String session = driver.manage().getCookieNamed("multicell-session").getValue();

        driver.get(cluster.integratorHttpsUrl() + "/settings/base-stations/administration");
        browser.screenshot("08-user-admin-page-by-url");
        assertThat(driver.getPageSource()).doesNotContain("Pending base stations").contains("HTTP ERROR 403");
        given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .relaxedHTTPSValidation().cookie("multicell-session", session)
                .get(cluster.integratorHttpsUrl() + "/settings/base-stations/administration").then().statusCode(403);
    }

    @Test
    @Order(91)
    void inactivityLogsOff() {
        driver.get(cluster.integratorHttpsUrl() + "/status/overview");
        assertThat(driver.getCurrentUrl()).endsWith("/status/overview");
        // No input from now on: after the timeout the login screen is shown with the reason.
        await().atMost(INACTIVITY.multipliedBy(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> !driver.findElements(By.id("logged-off")).isEmpty());
        assertThat(driver.findElement(By.id("logged-off")).getText()).contains("without input");
        browser.screenshot("09-logged-off-inactive");
        driver.get(cluster.integratorHttpsUrl() + "/status/overview");
        assertThat(driver.getCurrentUrl()).contains("/login");
    }

    private void type(String field, String text) {
        WebElement input = driver.findElement(By.cssSelector("[id='" + field + "']"));
        input.clear();
        input.sendKeys(text);
    }

    private String valueOf(String field) {
        return driver.findElement(By.cssSelector("[id='" + field + "']")).getDomProperty("value");
    }

    private List<String> activeCodecs() {
        return driver.findElements(By.cssSelector("#codecs-active li")).stream().map(li -> li.getAttribute("data-value")).toList();
    }

    private void scrollTo(String field) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'center'});", field);
    }

    private RequestSpecification admin() {
        return given().baseUri(cluster.integratorUrl()).auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType("application/json");
    }

    @Test
    @Order(50)
    void saveDownloadsTheConfigurationFileAndRestoringItSucceeds() throws Exception {
        driver.get(cluster.integratorHttpsUrl() + "/settings/system/save-and-restore");
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> driver.findElement(By.id("save-settings")).isDisplayed());
        browser.screenshot("50-save-and-restore");

        // Save settings: the download the link gives, fetched with the browser's session (headless Chromium saves no files).
        String href = driver.findElement(By.id("save-settings")).getAttribute("href");
        String session = driver.manage().getCookieNamed("multicell-session").getValue();
        var download = given().relaxedHTTPSValidation().cookie("multicell-session", session).get(href);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).startsWith("attachment; filename=").contains("_device-settings.json");
        String file = download.asString();
        assertThat(file).contains("\"format\":\"multicell-configuration/v1\"").contains(LOCAL_BS);
        java.nio.file.Path saved = java.nio.file.Files.createTempFile("multicell", "_device-settings.json");
        java.nio.file.Files.writeString(saved, file);

        // Restore: the file chosen, Upload, the confirmation accepted; the page says it is restored and pushed.
        driver.findElement(By.id("file")).sendKeys(saved.toAbsolutePath().toString());
        driver.findElement(By.id("upload")).click();
        await().atMost(Duration.ofSeconds(5)).ignoreExceptions().until(() -> {
            driver.switchTo().alert().accept();
            return true;
        });
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> driver.findElement(By.id("restored")).isDisplayed());
        assertThat(driver.findElement(By.id("restored")).getText()).contains("Configuration restored")
                .contains("DECT manager: applied").contains("SIP gateway: applied");
        browser.screenshot("51-restored");
        java.nio.file.Files.deleteIfExists(saved);
    }

    @Test
    @Order(51)
    void theWebConfiguratorPageShowsTheCertificateAndRefusesAFileThatIsNone() throws Exception {
        driver.get(cluster.integratorHttpsUrl() + "/settings/system/web-configurator");
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> driver.findElement(By.id("certificate-details")).isDisplayed());
        assertThat(driver.findElement(By.id("certificate-origin")).getText()).contains("Self-signed");
        browser.screenshot("52-web-configurator");

        java.nio.file.Path notACertificate = java.nio.file.Files.createTempFile("not-a-certificate", ".p12");
        java.nio.file.Files.writeString(notACertificate, "hello");
        driver.findElement(By.id("certificate")).sendKeys(notACertificate.toAbsolutePath().toString());
        driver.findElement(By.id("upload-certificate")).click();
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> driver.findElement(By.id("certificate-rule")).isDisplayed());
        assertThat(driver.findElement(By.id("certificate-rule")).getText()).contains("is not a PKCS#12 file");
        assertThat(driver.findElement(By.id("certificate-origin")).getText()).contains("Self-signed");
        browser.screenshot("53-web-certificate-refused");
        java.nio.file.Files.deleteIfExists(notACertificate);
    }

    private void login(String user, String password) {
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login")).click();
    }

    private void setNewPassword(String password) {
        WebElement field = driver.findElement(By.id("newPassword"));
        field.clear();
        field.sendKeys(password);
        WebElement repeat = driver.findElement(By.id("repeatPassword"));
        repeat.clear();
        repeat.sendKeys(password);
        driver.findElement(By.id("set")).click();
    }
}
