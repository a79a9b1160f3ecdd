package io.multicell.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.multicell.core.identity.MacAddress;
import io.multicell.testing.browser.HeadlessChromium;
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

/**
 * The web configurator's live floor plan in headless Chromium over the real cluster, logged in through the login form
 * (with the forced first login): a virtual handset moved with the simulator's API from base 1's area into base 2's
 * shows attached to base 2 within a second of the DM's roam event; dragging it on the plan moves it too; the sync
 * topology shows the cluster's tree. Screenshots land in system-tests/target/screenshots/floor-plan/.
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
    private static final String ADMIN_PASSWORD = "Secret-2026!";
    private static final Path SCREENSHOTS = Path.of("target/screenshots/floor-plan");

    private MiniMulticellCluster cluster;
    private HandsetSimulatorApi simulator;
    private HeadlessChromium chromium;
    private WebDriver browser;

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

        chromium = HeadlessChromium.start(SCREENSHOTS);
        browser = chromium.driver();
        loginAsAdminThroughTheFirstLogin();
    }

    @AfterAll
    void stopBrowserAndCluster() {
        if (chromium != null) {
            chromium.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    /** As an installer does: the page leads to the login form, and the first login forces a new password. */
    private void loginAsAdminThroughTheFirstLogin() {
        browser.get(cluster.integratorUrl() + "/ui/floor-plan");
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().startsWith(cluster.integratorHttpsUrl() + "/login"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("admin");
        browser.findElement(By.id("login")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().endsWith("/first-login"));
        browser.findElement(By.id("newPassword")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.id("repeatPassword")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.id("set")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().endsWith("/status/overview"));
    }

    private void awaitSimulatorAttachedTo(String base) {
        await().atMost(SETTLE).untilAsserted(() -> {
            Map<String, Object> h = simulator.handset(WALKER);
            assertThat(h.get("lockedBaseMac")).isEqualTo(base);
            assertThat(h.get("attached")).isEqualTo(true);
        });
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
        // Through the menu of the common layout.
        browser.findElement(By.cssSelector("a[data-menu='/ui/floor-plan']")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().endsWith("/ui/floor-plan"));
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
        // The floor plan's own part is from the DM's roam event to the page; before it the simulator re-locks and
        // attaches (about 1.1 s under load), which is the radio's time, not the floor plan's.
        System.out.printf("floor plan: move -> DM roam event %d ms, DM -> page %d ms, move -> page %d ms%n",
                occurredAt - movedAt, shownAt - occurredAt, shownAt - movedAt);
        assertThat(shownAt - occurredAt).as("from the DM's roam event to the roam on the floor plan, ms").isLessThanOrEqualTo(1000);
        assertThat(walkerOnPlan().getAttribute("data-out-of-range")).isEqualTo("false");
    }

    @Test
    @Order(2)
    void draggingTheHandsetOnThePlanMovesItAndItsLinkFollowsTheRoam() {
        await().atMost(SETTLE).untilAsserted(() -> assertThat(walkerBase()).isEqualTo(BASE_2));
        // The page redraws a handset on every live event (position, roam, a reload after a registration); a drag that
        // begins while its circle is being replaced does not reach the handset. Up to three drags, as a person would.
        for (int attempt = 1; attempt <= 3; attempt++) {
            dragWalkerTo(41, 1);
            try {
                await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(((Map<String, Number>) simulator.handset(WALKER)
                        .get("position")).get("x").doubleValue()).isBetween(38.0, 44.0));
                break;
            } catch (org.awaitility.core.ConditionTimeoutException notMoved) {
                System.out.printf("floor plan: drag %d did not move the handset%n", attempt);
            }
        }

        await().atMost(SETTLE).untilAsserted(() -> {
            Map<String, Object> h = simulator.handset(WALKER);
            @SuppressWarnings("unchecked")
            Map<String, Number> position = (Map<String, Number>) h.get("position");
            assertThat(position.get("x").doubleValue()).isBetween(38.0, 44.0);
            assertThat(h.get("lockedBaseMac")).isEqualTo(BASE_3);
            assertThat(walkerBase()).isEqualTo(BASE_3);
        });
        chromium.screenshot("floor-plan");
    }

    @Test
    @Order(3)
    void syncTopologyShowsTheMasterWithItsTwoDectSlavesInSync() {
        browser.findElement(By.cssSelector("a[data-menu='/ui/sync-topology']")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().endsWith("/ui/sync-topology"));
        await().atMost(SETTLE).untilAsserted(() -> {
            assertThat(browser.findElement(By.id("sync-topology")).getAttribute("data-loaded")).isEqualTo("true");
            WebElement master = browser.findElement(By.cssSelector("#sync-topology section[data-cluster='1'] > ul > li[data-mac='" + BASE_1 + "']"));
            assertThat(master.findElements(By.cssSelector(":scope > ul > li")))
                    .extracting(li -> li.getAttribute("data-mac")).containsExactlyInAnyOrder(BASE_2, BASE_3);
            assertThat(browser.findElements(By.cssSelector("#sync-topology .node")))
                    .allSatisfy(node -> assertThat(node.getAttribute("data-status")).isEqualTo("SYNC"));
        });
        chromium.screenshot("sync-topology");
    }

    /** Drags the walker's circle on the plan to (x, y) metres with the mouse, as a person would. */
    private void dragWalkerTo(double x, double y) {
        WebElement handset = walkerOnPlan().findElement(By.tagName("circle"));
        @SuppressWarnings("unchecked")
        List<Number> target = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "const m = document.getElementById('floor-plan').getScreenCTM();"
                        + "return [m.a * arguments[0] + m.c * -arguments[1] + m.e, m.b * arguments[0] + m.d * -arguments[1] + m.f];",
                x, y);
        Map<String, Number> from = Map.of("x", handset.getRect().getX() + handset.getRect().getWidth() / 2,
                "y", handset.getRect().getY() + handset.getRect().getHeight() / 2);
        new Actions(browser)
                .moveToLocation(from.get("x").intValue(), from.get("y").intValue())
                .clickAndHold()
                .moveToLocation((from.get("x").intValue() + target.get(0).intValue()) / 2, from.get("y").intValue())
                .moveToLocation(target.get(0).intValue(), target.get(1).intValue())
                .release()
                .perform();
    }
}
