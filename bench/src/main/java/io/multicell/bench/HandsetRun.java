package io.multicell.bench;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.BaseSelection;
import io.multicell.core.radio.FloorPosition;
import io.multicell.core.radio.RadioModel;
import io.multicell.core.radio.RadioParameters;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One run for N handsets on a cluster of its own: three bases on a line, N wildcard entries and one Registration
 * Centre window, N virtual handsets registering at once, then all of them walking to and fro while a Kafka consumer
 * reads the roaming topic.
 */
final class HandsetRun {

    static final String PIN = "1234";
    static final double LINE_START = 0;
    static final double LINE_END = 40;
    static final double MIN_SPEED = 2.0;
    static final double MAX_SPEED = 4.0;
    /** The simulator's tick (multicell.simulator.tick, not overridden here): handsets move and re-lock once per tick. */
    static final Duration SIMULATOR_TICK = Duration.ofMillis(100);
    /** The simulator's hysteresis (multicell.simulator.hysteresis-db, not overridden here). */
    static final double HYSTERESIS_DB = 6.0;

    private static final List<String> BASES = List.of(MacAddress.forInstance(1).value(), MacAddress.forInstance(2).value(),
            MacAddress.forInstance(3).value());
    private static final Map<String, FloorPosition> BASE_POSITIONS = Map.of(
            BASES.get(0), new FloorPosition(0, 0),
            BASES.get(1), new FloorPosition(20, 0),
            BASES.get(2), new FloorPosition(40, 0));
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration QUIET_AFTER_WALK = Duration.ofSeconds(3);
    private static final Duration MAX_DRAIN = Duration.ofSeconds(30);
    private static final int HTTP_PARALLELISM = 16;

    private final int n;
    private final Duration walkDuration;
    private final BenchCluster cluster;
    private final Consumer<String> progress;
    private final List<String> details = new ArrayList<>();

    HandsetRun(int n, Duration walkDuration, BenchCluster cluster, Consumer<String> progress) {
        this.n = n;
        this.walkDuration = walkDuration;
        this.cluster = cluster;
        this.progress = progress;
    }

    List<String> details() {
        return List.copyOf(details);
    }

    RunFigures run() {
        var integrator = new IntegratorClient(cluster.integratorUrl());
        var simulator = new SimulatorClient(cluster.simulatorUrl());
        ExecutorService pool = Executors.newFixedThreadPool(HTTP_PARALLELISM);
        try (var tap = new EventTap(cluster.kafkaBootstrap())) {
            Map<String, String> macByRfpi = setUpBases(integrator);
            integrator.addWildcardEntries(n, PIN);
            int entries = integrator.mobileDeviceCount();
            if (entries != n) {
                throw new BenchmarkException("the Mobile devices list has " + entries + " entries, expected " + n);
            }
            integrator.openRegistrationWindow(Duration.ofMinutes(60));
            tap.awaitAssignment(Duration.ofSeconds(60));
            progress.accept(n + " wildcard entries 0_1..0_" + n + " (PIN " + PIN + "), Registration Centre open");

            Map<String, String> ipuiById = createHandsets(simulator);
            Figure registrationsPerSecond = register(simulator, tap, ipuiById, pool);
            return walk(simulator, tap, ipuiById, macByRfpi, pool, registrationsPerSecond);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Confirms base 1 (level 1) and bases 2, 3 (level 2, DECT) on a line, waits for Sync; answers MAC by RFPI. */
    private Map<String, String> setUpBases(IntegratorClient integrator) {
        integrator.awaitPending(BASES);
        integrator.confirm(BASES.get(0), 1, BASE_POSITIONS.get(BASES.get(0)));
        integrator.confirm(BASES.get(1), 2, BASE_POSITIONS.get(BASES.get(1)));
        integrator.confirm(BASES.get(2), 2, BASE_POSITIONS.get(BASES.get(2)));
        BASES.forEach(mac -> integrator.awaitStatus(mac, "Sync"));
        var macByRfpi = new HashMap<String, String>();
        for (String mac : BASES) {
            var base = integrator.baseStation(mac);
            macByRfpi.put(base.path("rfpi").asText(), mac);
            var position = new FloorPosition(base.path("position").path("x").asDouble(), base.path("position").path("y").asDouble());
            if (!position.equals(BASE_POSITIONS.get(mac))) {
                throw new BenchmarkException("base " + mac + " is at " + position + ", expected " + BASE_POSITIONS.get(mac));
            }
        }
        progress.accept("bases " + BASES + " in Sync at (0,0) (20,0) (40,0)");
        return macByRfpi;
    }

    /** N handsets in one batch, spread evenly along the line (y within ±1 m); waits until each has locked to a base. */
    private Map<String, String> createHandsets(SimulatorClient simulator) {
        var positions = new ArrayList<FloorPosition>();
        for (int i = 0; i < n; i++) {
            double x = LINE_START + (LINE_END - LINE_START) * (i + 0.5) / n;
            positions.add(new FloorPosition(x, ((i % 5) - 2) * 0.5));
        }
        var ipuiById = new LinkedHashMap<String, String>();
        simulator.createBatch("0BE", n, positions, "bench").forEach(h -> ipuiById.put(h.id(), h.ipui()));
        Waits.until("all " + n + " handsets to lock to a base", Duration.ofSeconds(120), POLL,
                () -> simulator.handsets().stream().filter(h -> ipuiById.containsKey(h.id()))
                        .filter(h -> h.lockedBaseMac() != null && "LOCKED_UNREGISTERED".equals(h.state())).count() == n,
                () -> states(simulator.handsets()));
        progress.accept(n + " handsets created in one batch along x " + LINE_START + ".." + LINE_END + " m, all locked");
        return ipuiById;
    }

    /**
     * Starts every registration at once and waits until all N are registered and attached. A handset whose attempt
     * ended without success (the simulator's "no answer from the base" after 10 s, say) is asked again, as a user would.
     */
    private Figure register(SimulatorClient simulator, EventTap tap, Map<String, String> ipuiById, ExecutorService pool) {
        Set<String> ipuis = new HashSet<>(ipuiById.values());
        Duration timeout = Duration.ofSeconds(60 + (long) Math.ceil(n * 0.3));
        Instant start = Instant.now();
        parallel(pool, ipuiById.keySet(), id -> simulator.register(id, PIN));
        Duration issued = Duration.between(start, Instant.now());

        var repeated = new HashMap<String, Integer>();
        var failureReasons = new TreeMap<String, Integer>();
        Instant deadline = start.plus(timeout);
        Instant allAttached = null;
        List<SimulatorClient.Handset> ours = List.of();
        while (Instant.now().isBefore(deadline)) {
            ours = simulator.handsets().stream().filter(h -> ipuiById.containsKey(h.id())).toList();
            if (ours.stream().allMatch(h -> h.registered() && h.attached())) {
                allAttached = Instant.now();
                break;
            }
            for (var h : ours) {
                if (!h.registered() && !h.registrationPending() && h.lastRegistrationAccepted().equals(java.util.Optional.of(false))) {
                    failureReasons.merge(h.lastRegistrationReason(), 1, Integer::sum);
                    repeated.merge(h.id(), 1, Integer::sum);
                    simulator.register(h.id(), PIN);
                }
            }
            Waits.pause(POLL);
        }
        try {
            Waits.until("the registration events to arrive", Duration.ofSeconds(10), Duration.ofMillis(200),
                    () -> registeredEvents(tap, ipuis).size() >= countRegistered(simulator, ipuiById));
        } catch (BenchmarkException e) {
            details.add("                  " + e.getMessage());
        }
        Map<String, Instant> registeredAt = registeredEvents(tap, ipuis);
        int retries = repeated.values().stream().mapToInt(Integer::intValue).sum();
        String retryText = retries == 0 ? "no attempt had to be repeated"
                : retries + " attempts repeated for " + repeated.size() + " handsets after: " + failureReasons;
        details.add(String.format(Locale.ROOT, "registration      %d registration requests sent in %.1f s (%d in parallel); %s",
                n, seconds(issued), HTTP_PARALLELISM, retryText));
        if (registeredAt.size() < n || allAttached == null) {
            long registered = ours.stream().filter(SimulatorClient.Handset::registered).count();
            String why = registered + " of " + n + " registered within " + timeout.toSeconds() + " s (simulator states "
                    + states(ours) + ", " + registeredAt.size() + " Registered events)";
            details.add("                  " + why);
            return Figure.unmeasured(why);
        }
        Instant last = registeredAt.values().stream().max(Comparator.naturalOrder()).orElseThrow();
        Duration all = Duration.between(start, last);
        details.add(String.format(Locale.ROOT,
                "                  all %d Registered after %.2f s (first request sent → last HandsetRegistrationChanged "
                        + "\"Registered\".occurred_at); all attached in the simulator after %.1f s (polled every %d ms)",
                n, seconds(all), seconds(Duration.between(start, allAttached)), POLL.toMillis()));
        progress.accept(n + " handsets registered in " + String.format(Locale.ROOT, "%.1f s", seconds(all)));
        return Figure.of(n / seconds(all), "/s");
    }

    private static int countRegistered(SimulatorClient simulator, Map<String, String> ipuiById) {
        return (int) simulator.handsets().stream().filter(h -> ipuiById.containsKey(h.id()) && h.registered()).count();
    }

    /** First "Registered" event per IPUI of ours. */
    private static Map<String, Instant> registeredEvents(EventTap tap, Set<String> ipuis) {
        var at = new HashMap<String, Instant>();
        tap.registrations().stream()
                .filter(r -> ipuis.contains(r.ipui()) && "Registered".equals(r.status()))
                .forEach(r -> at.merge(r.ipui(), r.occurredAt(), (a, b) -> a.isBefore(b) ? a : b));
        return at;
    }

    /** One handset's walk: its path, speed, when the simulator took it, and where it will re-lock. */
    private record PlannedWalk(String id, String ipui, BackAndForthPath path, double speed, List<LockPrediction.Relock> relocks) {
    }

    private RunFigures walk(SimulatorClient simulator, EventTap tap, Map<String, String> ipuiById, Map<String, String> macByRfpi,
            ExecutorService pool, Figure registrationsPerSecond) {
        var prediction = new LockPrediction(new RadioModel(RadioParameters.office()),
                new BaseSelection(RadioParameters.office().handsetSensitivityDbm(), HYSTERESIS_DB), BASE_POSITIONS);
        var plans = new ArrayList<PlannedWalk>();
        int i = 0;
        for (var h : simulator.handsets()) {
            if (!ipuiById.containsKey(h.id())) {
                continue;
            }
            if (h.lockedBaseMac() == null) {
                throw new BenchmarkException("handset " + h.id() + " is locked to no base before the walk (" + h.state() + ")");
            }
            // Each its own path: speeds spread over MIN..MAX by the golden ratio, every other one starts eastwards.
            double speed = MIN_SPEED + (MAX_SPEED - MIN_SPEED) * ((i * 0.6180339887) % 1.0);
            var path = BackAndForthPath.of(h.position(), LINE_START, LINE_END, i % 2 == 0, speed * seconds(walkDuration));
            plans.add(new PlannedWalk(h.id(), h.ipui(), path, speed, prediction.relocks(h.position(), h.lockedBaseMac(), path.points())));
            i++;
        }

        var exchanges = new ConcurrentHashMap<String, SimulatorClient.Exchange>();
        Instant firstSent = Instant.now();
        parallel(pool, plans, p -> exchanges.put(p.id(), simulator.walk(p.id(), p.path().points(), p.speed())));
        Instant lastAnswered = exchanges.values().stream().map(SimulatorClient.Exchange::answered).max(Comparator.naturalOrder())
                .orElseThrow();
        progress.accept(n + " handsets walking for " + walkDuration.toSeconds() + " s");
        Instant walksEnd = lastAnswered.plus(walkDuration);
        Waits.pause(Duration.between(Instant.now(), walksEnd).plusMillis(500));
        long stillWalking = simulator.handsets().stream().filter(h -> ipuiById.containsKey(h.id()) && h.walking()).count();
        drain(tap);

        Set<String> ipuis = new HashSet<>(ipuiById.values());
        Instant phaseStart = firstSent.minusSeconds(1);
        List<EventTap.Roam> roams = tap.roams().stream()
                .filter(r -> ipuis.contains(r.ipui()) && !r.occurredAt().isBefore(phaseStart)).toList();

        // DM location updates by IPUI, as MAC → MAC.
        Map<String, List<Relock>> updates = roams.stream()
                .sorted(Comparator.comparing(EventTap.Roam::occurredAt))
                .collect(Collectors.groupingBy(EventTap.Roam::ipui, Collectors.mapping(
                        r -> new Relock(r.occurredAt(), macByRfpi.getOrDefault(r.fromRfpi(), r.fromRfpi()),
                                macByRfpi.getOrDefault(r.toRfpi(), r.toRfpi())), Collectors.toList())));

        // 1. Re-lock moments as the simulator logged them.
        Map<String, List<Relock>> logged = new HashMap<>();
        SimulatorLog.relocks(cluster.logOf(io.multicell.cluster.MiniMulticell.HANDSET_SIMULATOR), ZoneId.systemDefault())
                .forEach((ipui, locks) -> {
                    if (ipuis.contains(ipui)) {
                        logged.put(ipui, locks.stream().filter(l -> !l.at().isBefore(phaseStart)).toList());
                    }
                });
        var fromLog = Latencies.of(logged, updates, ipui -> Duration.ofMillis(1));

        // 2. Re-lock moments computed from path and speed, from the moment the simulator took the walk.
        Map<String, List<Relock>> computed = new HashMap<>();
        Map<String, Duration> uncertainty = new HashMap<>();
        for (PlannedWalk plan : plans) {
            var exchange = exchanges.get(plan.id());
            Instant taken = exchange.middle();
            computed.put(plan.ipui(), plan.relocks().stream()
                    .map(r -> new Relock(taken.plusNanos((long) (r.distanceMetres() / plan.speed() * 1e9)), r.fromBase(), r.toBase()))
                    .toList());
            uncertainty.put(plan.ipui(), SIMULATOR_TICK.plus(Duration.between(exchange.sent(), exchange.answered()).dividedBy(2)));
        }
        var fromPath = Latencies.of(computed, updates, ipui -> uncertainty.getOrDefault(ipui, SIMULATOR_TICK));
        Duration medianUncertainty = median(new ArrayList<>(uncertainty.values()));

        // 3. Roam → consumed.
        var consumed = new Percentiles(roams.stream().map(r -> Duration.between(r.occurredAt(), r.consumedAt())).toList());

        // Roams per second while every handset walked.
        Instant windowStart = lastAnswered;
        Instant windowEnd = firstSent.plus(walkDuration);
        Figure roamsPerSecond;
        long inWindow = roams.stream().filter(r -> !r.occurredAt().isBefore(windowStart) && r.occurredAt().isBefore(windowEnd)).count();
        double windowSeconds = seconds(Duration.between(windowStart, windowEnd));
        if (windowSeconds < 10) {
            roamsPerSecond = Figure.unmeasured(String.format(Locale.ROOT,
                    "issuing the %d walks took %.1f s, leaving %.1f s in which all walked", n,
                    seconds(Duration.between(firstSent, lastAnswered)), windowSeconds));
        } else {
            roamsPerSecond = Figure.of(inWindow / windowSeconds, "/s");
        }
        int predictedTotal = plans.stream().mapToInt(p -> p.relocks().size()).sum();
        int loggedTotal = logged.values().stream().mapToInt(List::size).sum();

        details.add(String.format(Locale.ROOT,
                "walk              %d handsets, each its own path to and fro on x %.0f..%.0f m at %.1f..%.1f m/s for %d s; "
                        + "walk requests issued within %.2f s; %d still walking at the end",
                plans.size(), LINE_START, LINE_END, MIN_SPEED, MAX_SPEED, walkDuration.toSeconds(),
                seconds(Duration.between(firstSent, lastAnswered)), stillWalking));
        details.add(String.format(Locale.ROOT,
                "roams             %d HandsetRoamed consumed; %d of them in the %.1f s all %d walked → %s "
                        + "(re-locks: %d predicted from the paths, %d logged by the simulator)",
                roams.size(), inWindow, windowSeconds, plans.size(), roamsPerSecond.explained(), predictedTotal, loggedTotal));
        details.add(String.format(Locale.ROOT,
                "lock → DM (log)   p50 %s, p99 %s, max %s over %d pairs; %d of %d logged re-locks had no DM update, "
                        + "%d DM updates had no re-lock",
                fromLog.quantile(0.5, "-").text(), fromLog.quantile(0.99, "-").text(), fromLog.quantile(1.0, "-").text(),
                fromLog.pairs(), fromLog.lostRelocks(), fromLog.relocks(), fromLog.unexplainedUpdates()));
        details.add(String.format(Locale.ROOT,
                "lock → DM (path)  p50 %s, p99 %s over %d pairs; each computed lock moment ±%d ms (median: one tick + half "
                        + "the walk request's round trip); %d of %d predicted re-locks had no DM update, %d DM updates none predicted",
                fromPath.quantile(0.5, "-").text(), fromPath.quantile(0.99, "-").text(), fromPath.pairs(),
                medianUncertainty.toMillis(), fromPath.lostRelocks(), fromPath.relocks(), fromPath.unexplainedUpdates()));
        details.add(String.format(Locale.ROOT,
                "roam → consumed   p50 %s, p99 %s, max %s over %d events",
                quantile(consumed, 0.5).text(), quantile(consumed, 0.99).text(), quantile(consumed, 1.0).text(), consumed.count()));

        String noRelocks = "no re-lock was followed by a DM location update";
        return new RunFigures(n, registrationsPerSecond, roamsPerSecond,
                fromLog.quantile(0.5, noRelocks), fromLog.quantile(0.99, noRelocks),
                fromPath.quantile(0.5, noRelocks), fromPath.quantile(0.99, noRelocks),
                consumedFigure(consumed, 0.5), consumedFigure(consumed, 0.99), details);
    }

    /** Waits until no roam event has come for a while: the events of the last re-locks are in. */
    private static void drain(EventTap tap) {
        Instant giveUp = Instant.now().plus(MAX_DRAIN);
        int seen = tap.roams().size();
        Instant quietSince = Instant.now();
        while (Instant.now().isBefore(giveUp)) {
            Waits.pause(Duration.ofMillis(250));
            int now = tap.roams().size();
            if (now != seen) {
                seen = now;
                quietSince = Instant.now();
            } else if (Duration.between(quietSince, Instant.now()).compareTo(QUIET_AFTER_WALK) >= 0) {
                return;
            }
        }
    }

    private static Figure quantile(Percentiles p, double q) {
        var v = p.millis(q);
        return v.isPresent() ? Figure.of(v.getAsLong(), "ms") : Figure.unmeasured("-");
    }

    private static Figure consumedFigure(Percentiles p, double q) {
        var v = p.millis(q);
        return v.isPresent() ? Figure.of(v.getAsLong(), "ms") : Figure.unmeasured("no roam event was consumed");
    }

    private static Duration median(List<Duration> values) {
        if (values.isEmpty()) {
            return Duration.ZERO;
        }
        values.sort(Comparator.naturalOrder());
        return values.get(values.size() / 2);
    }

    private static String states(List<SimulatorClient.Handset> handsets) {
        return handsets.stream().collect(Collectors.groupingBy(SimulatorClient.Handset::state, TreeMap::new, Collectors.counting()))
                .toString();
    }

    private static <T> void parallel(ExecutorService pool, java.util.Collection<T> items, Consumer<T> action) {
        var futures = new ArrayList<Future<?>>();
        items.forEach(item -> futures.add(pool.submit(() -> action.accept(item))));
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new BenchmarkException(e.getCause().toString(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchmarkException("interrupted", e);
            }
        }
    }

    static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
