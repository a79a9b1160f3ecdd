package io.multicell.bench;

import io.multicell.cluster.BaseGrid;
import io.multicell.testing.browser.HeadlessChromium;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Page load of "Settings > Mobile devices > Administration" (deploy/local/bench-web): a fresh cluster (one base), the
 * Mobile devices list filled through the REST API (one import per step, entries need not be registered radio-wise), then
 * for each entry count the server time of the page (request to the last byte of the response, a logged-in HTTPS session,
 * p50/p99 over N loads after a warm-up) and the time to interactive in headless Chromium (Navigation Timing
 * domInteractive and loadEventEnd, p50/p99 over M loads). Prints one table.
 *
 * <p>Usage: {@code MobileDevicesPageBenchmark [--loads N] [--browser-loads M] [entries ...]} (default 200, 20, 20 1000).
 */
public final class MobileDevicesPageBenchmark {

    static final List<Integer> DEFAULT_ENTRIES = List.of(20, 1000);
    static final int MAX_ENTRIES = 1000;
    static final String PAGE = "/settings/mobile-devices/administration";
    static final String PASSWORD = "Bench-Web-2026!";
    static final int WARM_UP = 20;
    /** Navigation Timing of the last navigation, in ms from its start. */
    static final String NAVIGATION_TIMING = "const n = performance.getEntriesByType('navigation')[0];"
            + " return n && n.loadEventEnd > 0 ? [n.domInteractive, n.loadEventEnd] : null;";

    private final PrintStream out;
    private final Path repoRoot;
    private final Path runDir;
    private final AtomicReference<BenchCluster> current = new AtomicReference<>();
    private final Instant started = Instant.now();

    MobileDevicesPageBenchmark(PrintStream out, Path repoRoot, Path runDir) {
        this.out = out;
        this.repoRoot = repoRoot;
        this.runDir = runDir;
    }

    /** What the command line asks for. */
    record Arguments(List<Integer> entries, int loads, int browserLoads) {

        static Arguments parse(String... args) {
            var entries = new ArrayList<Integer>();
            int loads = 200;
            int browserLoads = 20;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--loads" -> loads = number(value(args, ++i, "--loads"), "--loads", 1, 100_000);
                    case "--browser-loads" -> browserLoads = number(value(args, ++i, "--browser-loads"), "--browser-loads", 1, 10_000);
                    default -> entries.add(number(args[i], "entries", 1, MAX_ENTRIES));
                }
            }
            List<Integer> sorted = (entries.isEmpty() ? DEFAULT_ENTRIES : entries).stream().distinct().sorted().toList();
            return new Arguments(sorted, loads, browserLoads);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a number");
            }
            return args[i];
        }

        private static int number(String text, String what, int min, int max) {
            try {
                int value = Integer.parseInt(text.trim());
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new IllegalArgumentException(what + " must be a whole number " + min + ".." + max + ", was '" + text + "'");
        }
    }

    /** The figures of one entry count. */
    record Figures(int entries, Percentiles server, int bytes, Percentiles domInteractive, Percentiles loadEventEnd) {
    }

    public static void main(String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench-web: " + e.getMessage());
            System.err.println("usage: bench-web [--loads N] [--browser-loads M] [entries ...]   (default: 200, 20, 20 1000)");
            System.exit(2);
            return;
        }
        Path repoRoot = BenchPaths.repoRoot();
        var benchmark = new MobileDevicesPageBenchmark(System.out, repoRoot, BenchPaths.runDirectory(repoRoot, "web"));
        Runtime.getRuntime().addShutdownHook(new Thread(benchmark::stopCluster, "bench-stop-cluster"));
        try {
            benchmark.run(arguments);
            System.exit(0);
        } catch (RuntimeException e) {
            System.err.println("bench-web: failed: " + e.getMessage());
            System.exit(1);
        }
    }

    void run(Arguments arguments) {
        int most = arguments.entries().get(arguments.entries().size() - 1);
        out.printf(Locale.ROOT, "Mobile devices page benchmark: entries %s, %d server loads and %d browser loads each; logs under %s%n",
                arguments.entries(), arguments.loads(), arguments.browserLoads(), repoRoot.relativize(runDir));
        var figures = new ArrayList<Figures>();
        try {
            BenchCluster cluster = BenchCluster.start(repoRoot, runDir.resolve("cluster"), most, new BaseGrid(1));
            current.set(cluster);
            progress("cluster up on port offset " + cluster.ports.offset() + " (one base), " + BenchCluster.MAX_HANDSETS_ENV + "=" + most);
            new JsonHttp(cluster.integratorUrl(), Optional.of("admin"), Optional.of("admin")).put("/api/v1/system/first-login",
                    Map.of("newPassword", PASSWORD, "repeatPassword", PASSWORD, "dectRadioBand", "EUROPE",
                            "deviceRole", "INTEGRATOR_DM_BASE"), 200);
            var api = new JsonHttp(cluster.integratorUrl(), Optional.of("admin"), Optional.of(PASSWORD));
            String https = "https://127.0.0.1:" + cluster.ports.integratorHttps();
            try (HeadlessChromium browser = HeadlessChromium.start(runDir.resolve("screenshots"))) {
                loginInBrowser(browser.driver(), https);
                int listed = 0;
                for (int entries : arguments.entries()) {
                    addEntries(api, listed + 1, entries);
                    listed = entries;
                    progress(entries + " handset entries in the Mobile devices list");
                    figures.add(measure(https, browser, entries, arguments));
                }
            }
        } finally {
            stopCluster();
        }
        out.println();
        out.println(table(figures, arguments));
    }

    private Figures measure(String https, HeadlessChromium browser, int entries, Arguments arguments) {
        WebSessionClient session = WebSessionClient.login(https, "admin", PASSWORD);
        for (int i = 0; i < WARM_UP; i++) {
            session.load(PAGE);
        }
        var server = new ArrayList<Duration>();
        int bytes = 0;
        for (int i = 0; i < arguments.loads(); i++) {
            WebSessionClient.Load load = session.load(PAGE);
            if (!load.body().contains(entries + " entries, page 1 of")) {
                throw new BenchmarkException("the page does not list " + entries + " entries");
            }
            server.add(load.took());
            bytes = load.bytes();
        }
        progress("server: " + arguments.loads() + " loads");
        WebDriver driver = browser.driver();
        var interactive = new ArrayList<Duration>();
        var loaded = new ArrayList<Duration>();
        for (int i = 0; i < arguments.browserLoads() + 2; i++) {
            driver.get(https + PAGE);
            if (driver.findElements(By.id("mobile-devices")).isEmpty()) {
                throw new BenchmarkException("Chromium did not show the Mobile devices list (" + driver.getCurrentUrl() + ")");
            }
            List<?> timing = navigationTiming(driver);
            if (i >= 2) { // the first two loads warm the browser's cache of htmx and the style sheet
                interactive.add(millis(timing.get(0)));
                loaded.add(millis(timing.get(1)));
            }
        }
        browser.screenshot("mobile-devices-" + entries);
        progress("browser: " + arguments.browserLoads() + " loads");
        return new Figures(entries, new Percentiles(server), bytes, new Percentiles(interactive), new Percentiles(loaded));
    }

    /** Wildcard entries 0_from..0_to in one import (one plan change), as an admin would import a prepared file. */
    private static void addEntries(JsonHttp api, int from, int to) {
        var devices = new ArrayList<Map<String, Object>>();
        for (int slot = from; slot <= to; slot++) {
            devices.add(Map.of("ipui", "0_" + slot, "pin", "1234", "handsetName", "Handset " + slot,
                    "internalNumber", Integer.toString(100 + slot)));
        }
        api.post("/api/v1/mobile-devices/import", Map.of("format", "multicell-mobile-devices/v1",
                "exportedAt", Instant.now().toString(), "mobileDevices", devices), 200);
        int listed = api.get("/api/v1/mobile-devices", 200).size();
        if (listed != to) {
            throw new BenchmarkException("the Mobile devices list has " + listed + " entries, expected " + to);
        }
    }

    /** The timing once the load event has ended (driver.get returns at the load event, its end follows a moment later). */
    private static List<?> navigationTiming(WebDriver driver) {
        var timing = new AtomicReference<List<?>>();
        Waits.until("the page's load event to end", Duration.ofSeconds(10), Duration.ofMillis(10), () -> {
            timing.set((List<?>) ((JavascriptExecutor) driver).executeScript(NAVIGATION_TIMING));
            return timing.get() != null;
        });
        return timing.get();
    }

    private static void loginInBrowser(WebDriver driver, String https) {
        driver.get(https + "/login");
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("login")).click();
        Waits.until("the browser's login", Duration.ofSeconds(30), Duration.ofMillis(100),
                () -> !driver.getCurrentUrl().contains("/login"));
    }

    static String table(List<Figures> figures, Arguments arguments) {
        var text = new StringBuilder();
        text.append("Settings > Mobile devices > Administration, default view (10 entries a page, paged on the server)\n");
        text.append(String.format(Locale.ROOT, "%-8s | %-22s | %-8s | %-24s | %-24s%n", "entries",
                "server p50 / p99 (ms)", "page KB", "domInteractive p50 / p99", "loadEventEnd p50 / p99"));
        text.append("-".repeat(98)).append('\n');
        for (Figures f : figures) {
            text.append(String.format(Locale.ROOT, "%-8d | %-22s | %-8.1f | %-24s | %-24s%n", f.entries(), pair(f.server()),
                    f.bytes() / 1024.0, pair(f.domInteractive()), pair(f.loadEventEnd())));
        }
        text.append(String.format(Locale.ROOT, "server: GET of the page over HTTPS with a logged-in session (keep-alive), from sending the"
                + " request to the last byte, %d loads after %d not counted;%n", arguments.loads(), WARM_UP));
        text.append(String.format(Locale.ROOT, "browser: headless Chromium, Navigation Timing of %d loads (after 2 not counted) in ms from"
                + " the start of the navigation.%n", arguments.browserLoads()));
        return text.toString();
    }

    private static String pair(Percentiles p) {
        return format(p.millis(0.5)) + " / " + format(p.millis(0.99));
    }

    private static String format(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "-";
    }

    private static Duration millis(Object value) {
        return Duration.ofNanos(Math.round(((Number) value).doubleValue() * 1_000_000));
    }

    private void progress(String message) {
        out.printf(Locale.ROOT, "  [%5.1f s] %s%n", Duration.between(started, Instant.now()).toMillis() / 1000.0, message);
    }

    private void stopCluster() {
        BenchCluster cluster = current.getAndSet(null);
        if (cluster != null) {
            cluster.close();
        }
    }
}
