package io.multicell.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.multicell.core.identity.MacAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * The web configurator's live floor plan in headless Chromium over the real cluster: a virtual handset moved with the
 * simulator's API from base 1's area into base 2's shows attached to base 2 within a second; dragging it on the plan
 * moves it too; the sync topology shows the cluster's tree. Screenshots land in system-tests/target/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FloorPlanBrowserSystemTest {

    private static final String BASE_1 = MacAddress.forInstance(1).value();
    private static final String BASE_2 = MacAddress.forInstance(2).value();
    private static final String BASE_3 = MacAddress.forInstance(3).value();
    private static final String WALKER = "walker";
    private static final String WALKER_IPUI = "0279A7C1D2";
    private static final Duration SETTLE = IntegratorApi.SETTLE;

    private MiniMulticellCluster cluster;
    private HandsetSimulatorApi simulator;
    private WebDriver browser;
    private Path userDataDir;

    @BeforeAll
    void startClusterAndBrowser() throws Exception {
        cluster = MiniMulticellCluster.start();
        var api = new IntegratorApi(cluster.integratorUrl());
        simulator = new HandsetSimulatorApi(cluster.simulatorUrl());
        api.confirmThreeBasesOnALine(BASE_1, BASE_2, BASE_3);
        api.admin().body(Map.of("ipui", "0_1", "pin", "1234", "handsetName", "Walker"))
                .post("/api/v1/mobile-devices").then().statusCode(201);
        api.admin().body(Map.of("duration", Map.of("minutes", 10)))
                .put("/api/v1/mobile-devices/registration-centre").then().statusCode(200);
        simulator.create(WALKER, WALKER_IPUI, 1, 1);
        simulator.register(WALKER, "1234");
        awaitSimulatorAttachedTo(BASE_1);
        // A first roam creates the roaming topic; the floor plan's consumer then follows it from its beginning.
        simulator.moveTo(WALKER, 41, 1);
        awaitSimulatorAttachedTo(BASE_3);
        simulator.moveTo(WALKER, 1, 1);
        awaitSimulatorAttachedTo(BASE_1);

        userDataDir = Files.createTempDirectory("floor-plan-chromium");
        browser = chromium(userDataDir);
    }

    @AfterAll
    void stopBrowserAndCluster() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (cluster != null) {
            cluster.close();
        }
        if (userDataDir != null) {
            try (var files = Files.walk(userDataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Headless Chromium from Debian, a fresh profile, nothing that talks to the internet. */
    private static WebDriver chromium(Path userDataDir) {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + userDataDir);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        return new ChromeDriver(service, options);
    }

    private void awaitSimulatorAttachedTo(String base) {
        await().atMost(SETTLE).untilAsserted(() -> {
            Map<String, Object> h = simulator.handset(WALKER);
            assertThat(h.get("lockedBaseMac")).isEqualTo(base);
            assertThat(h.get("attached")).isEqualTo(true);
        });
    }

    /** The page is opened with the credentials in the URL: HTTP Basic, as the integrator's policy is today. */
    private String page(String path) {
        return cluster.integratorUrl().replace("http://", "http://admin:admin@") + path;
    }

    private WebElement walkerOnPlan() {
        return browser.findElement(By.cssSelector("#floor-plan g.handset[data-ipui='" + WALKER_IPUI + "']"));
    }

    private String walkerBase() {
        List<WebElement> found = browser.findElements(By.cssSelector("#floor-plan g.handset[data-ipui='" + WALKER_IPUI + "']"));
        return found.isEmpty() ? null : found.get(0).getAttribute("data-base");
    }

    @Test
    @Order(1)
    void handsetMovedWithTheSimulatorsApiShowsItsRoamOnTheFloorPlanWithinASecond() {
        browser.get(page("/ui/floor-plan"));
        await().atMost(SETTLE).untilAsserted(() -> {
            assertThat(browser.findElement(By.id("floor-plan-status")).getAttribute("data-connected")).isEqualTo("true");
            assertThat(browser.findElements(By.cssSelector("#floor-plan g.base"))).hasSize(3);
            assertThat(walkerBase()).isEqualTo(BASE_1);
        });
        assertThat(browser.findElement(By.cssSelector("#floor-plan g.base[data-mac='" + BASE_2 + "']")).getAttribute("data-status"))
                .isEqualTo("SYNC");

        long movedAt = System.currentTimeMillis();
        simulator.moveTo(WALKER, 21, 1);
        // Wait longer than the bound, so that a slow run still says where the time went before it fails.
        await().atMost(SETTLE).pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> assertThat(walkerBase()).isEqualTo(BASE_2));
        // Same machine, same clock: the page notes when the DM saw the roam and when the page learnt of it.
        long occurredAt = Long.parseLong(walkerOnPlan().getAttribute("data-link-occurred-at"));
        long shownAt = Long.parseLong(walkerOnPlan().getAttribute("data-link-changed-at"));
        System.out.printf("floor plan: move -> DM roam event %d ms, DM -> page %d ms, move -> page %d ms%n",
                occurredAt - movedAt, shownAt - occurredAt, shownAt - movedAt);
        assertThat(shownAt - movedAt).as("from the move to the roam on the floor plan, ms").isLessThanOrEqualTo(1000);
        assertThat(walkerOnPlan().getAttribute("data-out-of-range")).isEqualTo("false");
    }

    @Test
    @Order(2)
    void draggingTheHandsetOnThePlanMovesItAndItsLinkFollowsTheRoam() throws Exception {
        await().atMost(SETTLE).untilAsserted(() -> assertThat(walkerBase()).isEqualTo(BASE_2));
        WebElement handset = walkerOnPlan().findElement(By.tagName("circle"));
        @SuppressWarnings("unchecked")
        List<Number> target = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "const m = document.getElementById('floor-plan').getScreenCTM();"
                        + "return [m.a * arguments[0] + m.c * -arguments[1] + m.e, m.b * arguments[0] + m.d * -arguments[1] + m.f];",
                41, 1);
        Map<String, Number> from = Map.of("x", handset.getRect().getX() + handset.getRect().getWidth() / 2,
                "y", handset.getRect().getY() + handset.getRect().getHeight() / 2);
        new Actions(browser)
                .moveToLocation(from.get("x").intValue(), from.get("y").intValue())
                .clickAndHold()
                .moveToLocation((from.get("x").intValue() + target.get(0).intValue()) / 2, from.get("y").intValue())
                .moveToLocation(target.get(0).intValue(), target.get(1).intValue())
                .release()
                .perform();

        await().atMost(SETTLE).untilAsserted(() -> {
            Map<String, Object> h = simulator.handset(WALKER);
            @SuppressWarnings("unchecked")
            Map<String, Number> position = (Map<String, Number>) h.get("position");
            assertThat(position.get("x").doubleValue()).isBetween(38.0, 44.0);
            assertThat(h.get("lockedBaseMac")).isEqualTo(BASE_3);
            assertThat(walkerBase()).isEqualTo(BASE_3);
        });
        screenshot("floor-plan.png");
    }

    @Test
    @Order(3)
    void syncTopologyShowsTheMasterWithItsTwoDectSlavesInSync() throws Exception {
        browser.get(page("/ui/sync-topology"));
        await().atMost(SETTLE).untilAsserted(() -> {
            assertThat(browser.findElement(By.id("sync-topology")).getAttribute("data-loaded")).isEqualTo("true");
            WebElement master = browser.findElement(By.cssSelector("#sync-topology section[data-cluster='1'] > ul > li[data-mac='" + BASE_1 + "']"));
            assertThat(master.findElements(By.cssSelector(":scope > ul > li")))
                    .extracting(li -> li.getAttribute("data-mac")).containsExactlyInAnyOrder(BASE_2, BASE_3);
            assertThat(browser.findElements(By.cssSelector("#sync-topology .node")))
                    .allSatisfy(node -> assertThat(node.getAttribute("data-status")).isEqualTo("SYNC"));
        });
        screenshot("sync-topology.png");
    }

    private void screenshot(String name) throws Exception {
        Path shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of(System.getProperty("multicell.repo.root", "..")).resolve("system-tests/target").resolve(name);
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
