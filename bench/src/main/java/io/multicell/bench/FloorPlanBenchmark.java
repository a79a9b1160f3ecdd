package io.multicell.bench;

import io.multicell.bench.HandoverBenchmark.Placement;
import io.multicell.cluster.BaseGrid;
import io.multicell.core.radio.FloorPosition;
import io.multicell.testing.browser.HeadlessChromium;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Floor plan benchmark (issue 5): a fresh cluster of N bases on the 20 m grid (default 60), H virtual handsets
 * (default 250) registered and walking round loops over the bases, the live floor plan open in headless Chromium.
 * Over a measuring window it prints the frames per second the page renders (requestAnimationFrame), how many of them
 * changed the drawing (frames with updates per second), the frame interval p50/p99, the DOM changes per second, and
 * the events per second the server sends on the floor plan's event stream (by type), counted by a second subscriber.
 */
public final class FloorPlanBenchmark {

    static final String PIN = "1234";
    static final String ADMIN_PASSWORD = "Bench-Floor-1!";
    private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([A-Za-z]+)\"");

    /** The benchmark's options. */
    record Arguments(int bases, int handsets, int seconds, double speed) {

        static Arguments parse(String[] args) {
            int bases = 60;
            int handsets = 250;
            int seconds = 30;
            double speed = 2.0;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                    case "--bases" -> bases = whole(value, option, 4, BaseGrid.MAX_BASES);
                    case "--handsets" -> handsets = whole(value, option, 1, 1000);
                    case "--seconds" -> seconds = whole(value, option, 5, 600);
                    case "--speed" -> speed = Double.parseDouble(value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (!(speed > 0 && speed <= 20)) {
                throw new IllegalArgumentException("--speed must be more than 0 and at most 20 m/s");
            }
            return new Arguments(bases, handsets, seconds, speed);
        }

        private static int whole(String text, String what, int min, int max) {
            try {
                int value = Integer.parseInt(text);
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new IllegalArgumentException(what + " must be a whole number " + min + ".." + max + ", was '" + text + "'");
        }
    }

    /** What the page measured in its window (see {@link #MEASURE}). */
    record PageFigures(double seconds, long frames, long updatedFrames, long mutations, double p50FrameMs, double p99FrameMs,
                       long handsetsDrawn, long basesDrawn) {
    }

    /** Counts frames and DOM changes of the floor plan's SVG for {@code arguments[0]} ms, then answers the figures. */
    static final String MEASURE = """
            const windowMs = arguments[0];
            const done = arguments[arguments.length - 1];
            const svg = document.getElementById('floor-plan');
            let mutations = 0, dirty = false, frames = 0, updated = 0, last = null;
            const intervals = [];
            const observer = new MutationObserver(list => { mutations += list.length; dirty = true; });
            observer.observe(svg, { attributes: true, childList: true, subtree: true, characterData: true });
            const start = performance.now();
            function tick(t) {
              frames++;
              if (dirty) { updated++; dirty = false; }
              if (last !== null) intervals.push(t - last);
              last = t;
              if (t - start < windowMs) { requestAnimationFrame(tick); return; }
              observer.disconnect();
              intervals.sort((a, b) => a - b);
              const at = q => intervals.length ? intervals[Math.min(intervals.length - 1, Math.floor(q * intervals.length))] : 0;
              done({ seconds: (t - start) / 1000, frames: frames, updated: updated, mutations: mutations,
                     p50: at(0.5), p99: at(0.99),
                     handsets: svg.querySelectorAll('.handset').length, bases: svg.querySelectorAll('.base').length });
            }
            requestAnimationFrame(tick);
            """;

    private final Path repoRoot;
    private final Path runDir;
    private BenchCluster cluster;
    private HeadlessChromium browser;

    FloorPlanBenchmark(Path repoRoot, Path runDir) {
        this.repoRoot = repoRoot;
        this.runDir = runDir;
    }

    public static void main(String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench-floor-plan: " + e.getMessage());
            System.err.println("usage: bench-floor-plan [--bases 60] [--handsets 250] [--seconds 30] [--speed 2]");
            System.exit(2);
            return;
        }
        Path repoRoot = BenchPaths.repoRoot();
        var benchmark = new FloorPlanBenchmark(repoRoot, BenchPaths.runDirectory(repoRoot, "floor-plan"));
        BenchRun.runAndExit("bench-floor-plan", benchmark::stopAll, () -> benchmark.run(arguments));
    }

    boolean run(Arguments a) {
        Instant started = Instant.now();
        var grid = new BaseGrid(a.bases());
        List<GridLoop> loops = GridLoop.of(grid);
        List<Placement> placements = Placement.spread(loops, a.handsets());
        System.out.printf(Locale.ROOT, "Floor plan benchmark: %d bases on a %d-column grid, %d handsets walking %.1f m/s, measured %d s;"
                + " files under %s%n", a.bases(), grid.columns(), a.handsets(), a.speed(), a.seconds(), repoRoot.relativize(runDir));

        cluster = BenchCluster.start(repoRoot, runDir.resolve("cluster"), a.handsets(), grid);
        progress(started, "cluster up on port offset " + cluster.ports.offset() + " (database " + cluster.databaseName() + ")");
        var integrator = new IntegratorClient(cluster.integratorUrl());
        cluster.confirmGrid(integrator);
        progress(started, a.bases() + " bases in Sync");

        integrator.addWildcardEntries(a.handsets(), PIN);
        integrator.openRegistrationWindow(Duration.ofMinutes(60));
        var simulator = new SimulatorClient(cluster.simulatorUrl());
        List<FloorPosition> positions = placements.stream().map(Placement::position).toList();
        var ids = simulator.createBatch("0FB", a.handsets(), positions, "plan").stream().map(SimulatorClient.Handset::id).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            ids.forEach(id -> pool.submit(() -> simulator.register(id, PIN)));
        } finally {
            pool.shutdown();
        }
        long registered = awaitRegistered(simulator, ids, Duration.ofSeconds(Math.max(120, a.handsets())));
        progress(started, registered + " of " + a.handsets() + " handsets registered");

        // Long enough to keep walking through the warm-up, the page load and the window.
        double metres = a.speed() * (a.seconds() + 60);
        for (int n = 0; n < ids.size(); n++) {
            Placement p = placements.get(n);
            simulator.walk(ids.get(n), p.loop().walkFrom(p.along(), metres), a.speed());
        }
        progress(started, "all handsets walking");

        String https = "https://127.0.0.1:" + cluster.ports.integratorHttps();
        new JsonHttp(cluster.integratorUrl(), java.util.Optional.of("admin"), java.util.Optional.of("admin"))
                .put("/api/v1/system/first-login", Map.of("newPassword", ADMIN_PASSWORD, "repeatPassword", ADMIN_PASSWORD,
                        "dectRadioBand", "EUROPE", "deviceRole", "INTEGRATOR_DM_BASE"), 200);
        browser = HeadlessChromium.start(runDir.resolve("screenshots"));
        WebDriver driver = browser.driver();
        driver.get(https + "/login");
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        driver.findElement(By.id("login")).click();
        Waits.until("the login", Duration.ofSeconds(30), Duration.ofMillis(200), () -> !driver.getCurrentUrl().contains("/login"));
        driver.get(https + "/ui/floor-plan");
        Waits.until("the floor plan to load", Duration.ofSeconds(60), Duration.ofMillis(200), () -> "true".equals(
                ((JavascriptExecutor) driver).executeScript("return document.getElementById('floor-plan').dataset.loaded;")));
        String session = driver.manage().getCookieNamed("multicell-session").getValue();
        var counter = new EventCounter(https + "/ui/floor-plan/events", session);
        counter.start();
        Waits.pause(Duration.ofSeconds(5));
        progress(started, "floor plan open in headless Chromium; measuring " + a.seconds() + " s");

        counter.reset();
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(a.seconds() + 30));
        @SuppressWarnings("unchecked")
        var raw = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(MEASURE, a.seconds() * 1000);
        Map<String, Long> events = counter.snapshot();
        double eventSeconds = counter.secondsSinceReset();
        browser.screenshot("floor-plan-" + a.bases() + "-bases-" + a.handsets() + "-handsets");
        counter.stop();

        var page = new PageFigures(number(raw, "seconds"), (long) number(raw, "frames"), (long) number(raw, "updated"),
                (long) number(raw, "mutations"), number(raw, "p50"), number(raw, "p99"), (long) number(raw, "handsets"),
                (long) number(raw, "bases"));
        System.out.println();
        System.out.println(report(a, registered, page, events, eventSeconds));
        progress(started, "done");
        return true;
    }

    static String report(Arguments a, long registered, PageFigures page, Map<String, Long> events, double eventSeconds) {
        long total = events.values().stream().mapToLong(Long::longValue).sum();
        var lines = new ArrayList<String>();
        lines.add(String.format(Locale.ROOT, "Floor plan, %d bases, %d handsets (%d registered) walking %.1f m/s, window %.1f s:",
                a.bases(), a.handsets(), registered, a.speed(), page.seconds()));
        lines.add(String.format(Locale.ROOT, "  page frames            %.1f /s (requestAnimationFrame callbacks of headless Chromium)",
                page.frames() / page.seconds()));
        lines.add(String.format(Locale.ROOT, "  frames with updates    %.1f /s (frames after which the SVG had changed)",
                page.updatedFrames() / page.seconds()));
        lines.add(String.format(Locale.ROOT, "  frame interval         p50 %.1f ms, p99 %.1f ms", page.p50FrameMs(), page.p99FrameMs()));
        lines.add(String.format(Locale.ROOT, "  DOM changes            %.0f /s (MutationObserver records on the SVG)", page.mutations() / page.seconds()));
        lines.add(String.format(Locale.ROOT, "  drawn                  %d bases, %d handset elements", page.basesDrawn(), page.handsetsDrawn()));
        lines.add(String.format(Locale.ROOT, "  server events          %.1f /s on /ui/floor-plan/events (%d in %.1f s; by type %s)",
                eventSeconds > 0 ? total / eventSeconds : 0, total, eventSeconds, events));
        return String.join(System.lineSeparator(), lines);
    }

    private static double number(Map<String, Object> raw, String key) {
        Object value = raw.get(key);
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    private static long awaitRegistered(SimulatorClient simulator, List<String> ids, Duration timeout) {
        var ours = java.util.Set.copyOf(ids);
        Instant deadline = Instant.now().plus(timeout);
        long registered = 0;
        while (Instant.now().isBefore(deadline)) {
            registered = simulator.handsets().stream().filter(h -> ours.contains(h.id()) && h.registered()).count();
            if (registered == ids.size()) {
                break;
            }
            Waits.pause(Duration.ofSeconds(2));
        }
        return registered;
    }

    private static void progress(Instant started, String what) {
        System.out.printf(Locale.ROOT, "  [%5.0f s] %s%n", Duration.between(started, Instant.now()).toMillis() / 1000.0, what);
    }

    void stopAll() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (cluster != null) {
            cluster.close();
            cluster = null;
        }
    }

    /** A second subscriber of the floor plan's event stream, counting the events the server sends by type. */
    static final class EventCounter {

        private final HttpRequest request;
        private final HttpClient client;
        private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
        private volatile Instant since = Instant.now();
        private volatile InputStream body;
        private Thread reader;

        EventCounter(String url, String session) {
            this.client = HttpClient.newBuilder().sslContext(trustingAll()).connectTimeout(Duration.ofSeconds(10)).build();
            this.request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", "multicell-session=" + session)
                    .header("Accept", "text/event-stream").GET().build();
        }

        void start() {
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new BenchmarkException("cannot subscribe to the floor plan events: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchmarkException("interrupted", e);
            }
            if (response.statusCode() != 200) {
                throw new BenchmarkException("floor plan events answered HTTP " + response.statusCode());
            }
            body = response.body();
            reader = new Thread(this::read, "floor-plan-events");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (var lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data:")) {
                        Matcher type = TYPE.matcher(line);
                        counts.computeIfAbsent(type.find() ? type.group(1) : "other", k -> new AtomicLong()).incrementAndGet();
                    }
                }
            } catch (IOException e) {
                // closed by stop()
            }
        }

        void reset() {
            counts.clear();
            since = Instant.now();
        }

        double secondsSinceReset() {
            return Duration.between(since, Instant.now()).toMillis() / 1000.0;
        }

        Map<String, Long> snapshot() {
            var copy = new TreeMap<String, Long>();
            counts.forEach((k, v) -> copy.put(k, v.get()));
            return copy;
        }

        void stop() {
            try {
                if (body != null) {
                    body.close();
                }
            } catch (IOException e) {
                // nothing left to read
            }
        }

        /** The test cluster's certificate is self-signed. */
        private static SSLContext trustingAll() {
            try {
                var context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[] {new X509TrustManager() {
                    @Override
                    public void checkClientTrusted(X509Certificate[] chain, String authType) {
                    }

                    @Override
                    public void checkServerTrusted(X509Certificate[] chain, String authType) {
                    }

                    @Override
                    public X509Certificate[] getAcceptedIssuers() {
                        return new X509Certificate[0];
                    }
                }}, new SecureRandom());
                return context;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
