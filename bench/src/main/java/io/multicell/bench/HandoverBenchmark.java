package io.multicell.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.multicell.cluster.BaseGrid;
import io.multicell.core.radio.FloorPosition;
import io.multicell.testing.sip.KamailioProcess;
import io.multicell.testing.sip.SippProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The handover benchmark (deploy/local/bench-handovers): N bases on a grid, C handsets in calls with media from a sipp
 * far end that echoes their voice, all walking round loops over the bases until at least H handovers have happened.
 * Prints handover duration p50/p99 (the DM's HandoverCompleted: decision → media on the new base), handovers ok and
 * failed, and what the handsets counted of their voice: lost, duplicated and out-of-order frames, echoed frames
 * missing and content errors.
 *
 * <p>Usage: {@code HandoverBenchmark [--calls C] [--bases N] [--handovers H] [--speed M] [--warmup-seconds W]}
 * (default 100 calls, C / 4 bases, 1000 handovers, 4 m/s, 20 s). The first W seconds of the walk are a warm-up: the
 * services compile the handover's code paths while every handset makes its first handover at once; their handovers and
 * frames are printed apart and the goals are judged on the walk after it.
 */
public final class HandoverBenchmark {

    static final int DEFAULT_CALLS = 100;
    static final int DEFAULT_HANDOVERS = 1000;
    static final double DEFAULT_SPEED = 4.0;
    static final int DEFAULT_WARMUP_SECONDS = 20;
    /** Calls per base on average: the loops keep it even, well under a base's 8 channels (a handover holds two). */
    static final int CALLS_PER_BASE = 4;
    static final double METRES_PER_HANDOVER = 50;
    static final String FAR_END_SCENARIO = "uac-call-until-bye.xml";
    /** sipp starts the calls at this rate. */
    static final int CALL_RATE = 10;
    private static final Duration SETTLE = Duration.ofSeconds(120);
    private static final List<String> OPTIONS = List.of("--calls", "--bases", "--handovers", "--speed", "--warmup-seconds");

    private final Path repoRoot;
    private final Path runDir;
    private volatile BenchCluster cluster;
    private volatile KamailioProcess kamailio;
    private volatile Process farEnd;
    private volatile HandoverTap tap;

    HandoverBenchmark(Path repoRoot, Path runDir) {
        this.repoRoot = repoRoot;
        this.runDir = runDir;
    }

    /** What the command line asks for. */
    record Arguments(int calls, int bases, int handovers, double speed, int warmupSeconds) {

        static Arguments parse(String... args) {
            int calls = DEFAULT_CALLS;
            Integer bases = null;
            int handovers = DEFAULT_HANDOVERS;
            double speed = DEFAULT_SPEED;
            int warmup = DEFAULT_WARMUP_SECONDS;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (!OPTIONS.contains(option)) {
                    throw new IllegalArgumentException("unknown argument '" + option + "'");
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                    case "--calls" -> calls = number(value, option, 1, CallingHandsets.MAX_HANDSETS);
                    case "--bases" -> bases = number(value, option, 2, BaseGrid.MAX_BASES);
                    case "--handovers" -> handovers = number(value, option, 1, 100_000);
                    case "--warmup-seconds" -> warmup = number(value, option, 0, 600);
                    default -> {
                        try {
                            speed = Double.parseDouble(value);
                        } catch (NumberFormatException e) {
                            speed = -1;
                        }
                        if (!(speed >= 0.5 && speed <= 20)) {
                            throw new IllegalArgumentException("--speed must be 0.5..20 m/s, was '" + value + "'");
                        }
                    }
                }
            }
            int b = bases != null ? bases : Math.max(4, Math.min(BaseGrid.MAX_BASES, (calls + CALLS_PER_BASE - 1) / CALLS_PER_BASE));
            return new Arguments(calls, b, handovers, speed, warmup);
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

    /** Handsets spread over the loops in proportion to their length, evenly along each: handset n's loop and distance. */
    record Placement(GridLoop loop, double along) {

        FloorPosition position() {
            return loop.pointAt(along);
        }

        static List<Placement> spread(List<GridLoop> loops, int handsets) {
            double total = loops.stream().mapToDouble(GridLoop::lengthMetres).sum();
            var placements = new ArrayList<Placement>();
            int given = 0;
            for (int i = 0; i < loops.size(); i++) {
                GridLoop loop = loops.get(i);
                int here = i == loops.size() - 1 ? handsets - given
                        : (int) Math.round(handsets * loop.lengthMetres() / total);
                here = Math.min(here, handsets - given);
                for (int k = 0; k < here; k++) {
                    placements.add(new Placement(loop, loop.lengthMetres() * k / here));
                }
                given += here;
            }
            return List.copyOf(placements);
        }
    }

    public static void main(String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench-handovers: " + e.getMessage());
            System.err.println("usage: bench-handovers [--calls 100] [--bases calls/4] [--handovers 1000] [--speed 4]"
                    + " [--warmup-seconds 20]");
            System.exit(2);
            return;
        }
        Path repoRoot = BenchPaths.repoRoot();
        Path runDir = BenchPaths.runDirectory(repoRoot, "handovers");
        var benchmark = new HandoverBenchmark(repoRoot, runDir);
        BenchRun.runAndExit("bench-handovers", benchmark::stopAll, () -> benchmark.run(arguments));
    }

    boolean run(Arguments a) {
        Instant started = Instant.now();
        var grid = new BaseGrid(a.bases());
        List<GridLoop> loops = GridLoop.of(grid);
        List<Placement> placements = Placement.spread(loops, a.calls());
        double walked = walkLength(loops, a);
        System.out.printf(Locale.ROOT, "Handover benchmark: %d calls with media, %d bases on a %d-column grid, at least %d handovers,"
                + " walking %.1f m/s; files under %s%n", a.calls(), a.bases(), grid.columns(), a.handovers(), a.speed(),
                repoRoot.relativize(runDir));
        System.out.println(method(a, loops, walked));

        String lastNumber = CallingHandsets.number(a.calls());
        kamailio = KamailioProcess.start(Ports.freeUdp(), Math.max(KamailioProcess.DEFAULT_LAST_SUBSCRIBER, Integer.parseInt(lastNumber)));
        progress(started, "Kamailio on 127.0.0.1:" + kamailio.port());
        cluster = BenchCluster.start(repoRoot, runDir.resolve("cluster"), a.calls(), grid);
        progress(started, "cluster up on port offset " + cluster.ports.offset() + " (database " + cluster.databaseName() + ")");
        tap = new HandoverTap(cluster.kafkaBootstrap());
        var handsets = CallingHandsets.setUp(cluster, kamailio.port(), a.calls(), n -> placements.get(n - 1).position(),
                m -> progress(started, m));
        tap.awaitAssignment(Duration.ofSeconds(60));
        var simulator = new SimulatorClient(cluster.simulatorUrl());

        farEnd = startFarEnd(handsets.numbers(), a.calls());
        Waits.until("all " + a.calls() + " calls to be connected", SETTLE, Duration.ofSeconds(1),
                () -> states(simulator, a.calls()).getOrDefault("CONNECTED", 0L) == a.calls(),
                () -> "call states " + states(simulator, a.calls()));
        progress(started, a.calls() + " calls connected, voice echoed by the sipp far end");
        int before = tap.count();

        Instant walkStarted = Instant.now();
        for (int n = 1; n <= a.calls(); n++) {
            Placement p = placements.get(n - 1);
            simulator.walk(CallingHandsets.id(n), p.loop().walkFrom(p.along(), walked), a.speed());
        }
        Duration walk = Duration.ofMillis((long) (walked / a.speed() * 1000));
        Duration warmup = Duration.ofSeconds(a.warmupSeconds());
        progress(started, "all handsets walking for " + walk.toSeconds() + " s, the first " + warmup.toSeconds() + " s warm-up");
        Waits.pause(warmup);
        int warmedUp = tap.count();
        var atWarmup = currentCalls(simulator, a.calls());
        Instant measuredFrom = Instant.now();
        var loadAtWarmup = MachineLoad.now();
        var cpuAtWarmup = cluster.cpuTimes();
        progress(started, "warm-up over: " + (warmedUp - before) + " HandoverCompleted events");
        Waits.pause(walk.minus(warmup).plusSeconds(3));
        Duration took = Duration.between(measuredFrom, Instant.now());
        String machine = MachineLoad.now().describeSince(loadAtWarmup, cpuAtWarmup, cluster.cpuTimes(), took);
        progress(started, "walk over: " + (tap.count() - warmedUp) + " HandoverCompleted events after the warm-up");

        var calls = currentCalls(simulator, a.calls());
        for (int n = 1; n <= a.calls(); n++) {
            if ("CONNECTED".equals(calls.get(n).path("state").asText())) {
                simulator.hangUp(CallingHandsets.id(n));
            }
        }
        String farEndEnd = awaitFarEnd();
        long counted = calls.values().stream().mapToLong(c -> c.path("handovers").asLong()).sum();
        try {
            // The last events are on their way through Kafka (slowly on a loaded machine).
            Waits.until("HandoverCompleted events for the " + counted + " handovers the handsets counted", Duration.ofSeconds(60),
                    Duration.ofSeconds(1), () -> tap.count() - before >= counted);
        } catch (BenchmarkException e) {
            System.out.println("  " + e.getMessage());
        }
        List<HandoverTap.Handover> duringWarmup = tap.handovers().subList(before, warmedUp);
        List<HandoverTap.Handover> handovers = tap.handovers().subList(warmedUp, tap.count());
        System.out.println();
        System.out.println(HandoverReport.report(a, new HandoverReport.Window(duringWarmup, atWarmup.values()),
                handovers, calls.values(), took, machine, farEndEnd));
        progress(started, "done");
        return true;
    }

    /**
     * Metres each handset walks for its share of the handovers: measured, one handover per about 38 m of loop (the
     * DM's hysteresis lets a handset pass a cell boundary before it moves the call), so 50 m each for some margin.
     */
    static double walkLength(List<GridLoop> loops, Arguments a) {
        double perHandset = (double) a.handovers() / a.calls();
        return Math.max(BaseGrid.SPACING_METRES * 2, perHandset * METRES_PER_HANDOVER) + a.warmupSeconds() * a.speed();
    }

    private static Map<Integer, JsonNode> currentCalls(SimulatorClient simulator, int count) {
        var calls = new LinkedHashMap<Integer, JsonNode>();
        for (int n = 1; n <= count; n++) {
            calls.put(n, simulator.currentCall(CallingHandsets.id(n)));
        }
        return calls;
    }

    private static Map<String, Long> states(SimulatorClient simulator, int calls) {
        var states = new java.util.TreeMap<String, Long>();
        for (int n = 1; n <= calls; n++) {
            String state;
            try {
                state = simulator.currentCall(CallingHandsets.id(n)).path("state").asText("none");
            } catch (BenchmarkException e) {
                state = "none";
            }
            states.merge(state, 1L, Long::sum);
        }
        return states;
    }

    /** sipp calls every handset once (uac-call-until-bye.xml), echoes its voice and waits for the handset's BYE. */
    private Process startFarEnd(List<String> numbers, int calls) {
        Path dir = runDir.resolve("far-end");
        try {
            Files.createDirectories(dir);
            var lines = new ArrayList<String>();
            lines.add("SEQUENTIAL");
            lines.addAll(numbers);
            Files.write(dir.resolve("numbers.csv"), lines, StandardCharsets.US_ASCII);
            // The scenario calls [service] (one number for all calls); here each call takes the next number of the file.
            Path scenario = dir.resolve(FAR_END_SCENARIO);
            Files.writeString(scenario, Files.readString(SippProcess.scenarioPath(FAR_END_SCENARIO), StandardCharsets.ISO_8859_1)
                    .replace("[service]", "[field0]"), StandardCharsets.ISO_8859_1);
            var command = List.of("sipp", "127.0.0.1:" + kamailio.port(),
                    "-sf", scenario.toString(),
                    "-inf", dir.resolve("numbers.csv").toString(),
                    "-i", "127.0.0.1", "-p", Integer.toString(Ports.freeUdp()), "-mp", Integer.toString(Ports.freeUdp()), "-rtp_echo",
                    "-r", Integer.toString(CALL_RATE), "-m", Integer.toString(calls), "-l", Integer.toString(calls),
                    "-nostdin", "-trace_err", "-trace_stat", "-stf", "stat.csv", "-fd", "1");
            return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("sipp-screen.txt").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How the far end ended: sipp's exit status 0 when every call succeeded (the handset's BYE answered). */
    private String awaitFarEnd() {
        Process p = farEnd;
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                return "sipp far end still running 60 s after the hang-ups";
            }
            Path stat = runDir.resolve("far-end/stat.csv");
            String counts = "";
            if (Files.isRegularFile(stat)) {
                var s = SippStatistics.parse(Files.readAllLines(stat, StandardCharsets.ISO_8859_1));
                counts = ", " + s.successful() + " calls successful, " + s.failed() + " failed";
            }
            return "sipp far end exited with " + p.exitValue() + (p.exitValue() == 0 ? " (all calls ended normally)" : "") + counts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (IOException e) {
            return "sipp statistics unreadable: " + e;
        }
    }

    static String method(Arguments a, List<GridLoop> loops, double walked) {
        return String.join("\n",
                "Method:",
                "  calls       sipp (deploy/sipp/uac-call-until-bye.xml, numbers from -inf, -rtp_echo) → Kamailio → gateway → handset,",
                "              " + CALL_RATE + " calls/s until all " + a.calls() + " are up; the far end echoes the handset's voice, so each",
                "              handset checks its own frames coming back (lost, content) as well as the downlink sequence.",
                "  walking     handsets spread evenly along " + loops.size() + " loop(s) round pairs of grid rows, 1 m inside the bases'",
                "              lines, all walking the same way at " + a.speed() + " m/s for " + String.format(Locale.ROOT, "%.0f", walked)
                        + " m (about one handover per 38 m): spacing stays even, about " + CALLS_PER_BASE + " calls a base.",
                "  warm-up     the first " + a.warmupSeconds() + " s of the walk (every handset's first handover at once, the services",
                "              compiling the code paths): printed apart; the figures and goals below are for the walk after it.",
                "  duration    HandoverCompleted.duration (multicell.handover.v1): the DM's decision → media on the new base;",
                "              p50/p99 by nearest rank over the events of the walk; ok/failed by the event's success flag.",
                "  frames      the handsets' counters (GET .../calls/current), end of the walk less end of the warm-up: lost = downlink sequence",
                "              gaps, duplicated = downlink copies dropped (expected while two bearers carry a call), echo lost =",
                "              own frames missing from the echo, content errors = echoed frames changed on the way.",
                "  far end     sipp echoes RTP without checking it: far-end loss shows up as echo lost at the handset.");
    }

    private static void progress(Instant started, String message) {
        System.out.printf(Locale.ROOT, "  [%5.1f s] %s%n", Duration.between(started, Instant.now()).toMillis() / 1000.0, message);
    }

    private synchronized void stopAll() {
        HandoverTap t = tap;
        tap = null;
        if (t != null) {
            t.close();
        }
        Process p = farEnd;
        farEnd = null;
        if (p != null && p.isAlive()) {
            ProcessHandle.of(p.pid()).ifPresent(ProcessHandle::destroy);
        }
        BenchCluster b = cluster;
        cluster = null;
        if (b != null) {
            b.close();
        }
        KamailioProcess k = kamailio;
        kamailio = null;
        if (k != null) {
            k.close();
        }
    }
}
