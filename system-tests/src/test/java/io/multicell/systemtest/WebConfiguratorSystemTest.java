package io.multicell.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.multicell.core.identity.MacAddress;
import io.multicell.testing.browser.HeadlessChromium;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import java.nio.file.Path;
import java.time.Duration;
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

        By status = By.xpath("//table[@id='connected']//tr[@data-mac='" + LOCAL_BS + "']/td[5]");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> driver.findElement(status).getText(), "Sync"::equals);
        assertThat(((JavascriptExecutor) driver).executeScript("return window.notReloaded === true;")).isEqualTo(true);
        assertThat(driver.findElements(By.cssSelector("#pending tr[data-mac='" + LOCAL_BS + "']"))).isEmpty();
        browser.screenshot("06-base-stations-sync");
    }

    @Test
    // Orders 10..89: admin pages, each test opening its page by URL (the admin is logged in after order 2).
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
