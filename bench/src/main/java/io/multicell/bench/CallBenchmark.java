package io.multicell.bench;

import io.multicell.cluster.BaseGrid;
import io.multicell.testing.sip.KamailioProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The call-setup benchmark (deploy/local/bench-calls): a fresh cluster of N bases on a grid and Kamailio, virtual
 * handsets with SIP accounts that answer at once, dealt round the bases; after a warm-up at the first rate (not
 * counted), sipp calls them through Kamailio (the gateway path) at increasing rates and, at the same rates in the same
 * run, a sipp UAS registered at Kamailio (the baseline). Prints offered, successful and failed calls, p50/p99
 * INVITE→180 and INVITE→200 per path and rate, the highest clean rate of each path and their ratio. A path stops
 * climbing after its first rate with failed calls.
 *
 * <p>Usage: {@code CallBenchmark [--rates R1,R2,...] [--seconds S] [--handsets N] [--bases B] [--warmup-seconds W]
 * [--profile] [--small-jvms]} (default 20,50,100,200,500; 10 s; 64 handsets; handsets / 8 bases; 60 s; --small-jvms:
 * every service with the local launcher's small JVM options instead of production's; --profile: JFR recordings of
 * the services on the gateway path).
 */
public final class CallBenchmark {

    static final List<Integer> DEFAULT_RATES = List.of(20, 50, 100, 200, 500);
    static final int DEFAULT_SECONDS = 10;
    static final int DEFAULT_HANDSETS = 64;
    /**
     * Long enough for the full JIT of eleven JVMs on a small machine: after 10 s of warm-up the call path (production's
     * JVM options) still compiled with C2 and failed most calls at 20/s; after 60 s it was clean.
     */
    static final int DEFAULT_WARMUP_SECONDS = 60;
    /** A base's call channels: with at most this many handsets a base, no call is refused for want of a channel. */
    static final int HANDSETS_PER_BASE = 8;
    static final Duration LONGEST_HOLD = Duration.ofSeconds(1);
    private static final Duration IDLE_AFTER_LOAD = Duration.ofSeconds(30);
    /** How long the idle cluster's CPU is measured before the loads. */
    static final Duration IDLE_CPU_WINDOW = Duration.ofSeconds(5);
    /** The services on the gateway path that --profile records with JFR. */
    static final List<String> PROFILED = List.of("sip-gateway", "dect-manager", "base-station-1", "handset-simulator");
    /** The call path runs as in production (full JIT, a production heap); the integrator keeps the small options. */
    static final ServiceJvmOptions JVM = ServiceJvmOptions.CALL_PATH_AS_PRODUCTION;
    private static final List<String> OPTIONS = List.of("--rates", "--seconds", "--handsets", "--bases", "--warmup-seconds");

    private final Path repoRoot;
    private final Path runDir;
    private volatile BenchCluster cluster;
    private volatile KamailioProcess kamailio;
    private volatile BaselineCallee callee;
    private Map<String, Double> idleCpu = Map.of();

    CallBenchmark(Path repoRoot, Path runDir) {
        this.repoRoot = repoRoot;
        this.runDir = runDir;
    }

    /** What the command line asks for. */
    record Arguments(List<Integer> rates, int seconds, int handsets, int bases, int warmupSeconds, boolean profile,
            boolean smallJvms) {

        /** The JVM options of the services: production's on the call path, or (--small-jvms) the launcher's everywhere. */
        ServiceJvmOptions jvm() {
            return smallJvms ? ServiceJvmOptions.SMALL : JVM;
        }


        static Arguments parse(String... args) {
            List<Integer> rates = DEFAULT_RATES;
            int seconds = DEFAULT_SECONDS;
            int handsets = DEFAULT_HANDSETS;
            Integer bases = null;
            int warmup = DEFAULT_WARMUP_SECONDS;
            boolean profile = false;
            boolean smallJvms = false;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if ("--profile".equals(option)) {
                    profile = true;
                    continue;
                }
                if ("--small-jvms".equals(option)) {
                    smallJvms = true;
                    continue;
                }
                if (!OPTIONS.contains(option)) {
                    throw new IllegalArgumentException("unknown argument '" + option + "'");
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                    case "--rates" -> {
                        var parsed = new ArrayList<Integer>();
                        for (String part : value.split(",")) {
                            parsed.add(number(part, "--rates", 1, 1000));
                        }
                        for (int k = 1; k < parsed.size(); k++) {
                            if (parsed.get(k) <= parsed.get(k - 1)) {
                                throw new IllegalArgumentException("--rates must increase, was '" + value + "'");
                            }
                        }
                        rates = List.copyOf(parsed);
                    }
                    case "--seconds" -> seconds = number(value, "--seconds", 1, 600);
                    case "--bases" -> bases = number(value, "--bases", 1, BaseGrid.MAX_BASES);
                    case "--warmup-seconds" -> warmup = number(value, "--warmup-seconds", 0, 600);
                    default -> handsets = number(value, "--handsets", 1, CallingHandsets.MAX_HANDSETS);
                }
            }
            int b = bases != null ? bases : Math.min(BaseGrid.MAX_BASES, (handsets + HANDSETS_PER_BASE - 1) / HANDSETS_PER_BASE);
            return new Arguments(rates, seconds, handsets, b, warmup, profile, smallJvms);
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
            throw new IllegalArgumentException(what + " must be whole numbers " + min + ".." + max + ", was '" + text + "'");
        }
    }

    /**
     * A quarter of the first rate: cold services (interpreted code, empty pools) answer slowly, and a call sipp gives up
     * on after its 200 OK stays up in the gateway (no ACK timeout there yet), leaving its handset busy for the ladder.
     */
    static int warmupRate(List<Integer> rates) {
        return Math.max(1, rates.get(0) / 4);
    }

    /**
     * How long each answered call is held: at most 1 s, and a quarter of the time until the same handset is called
     * again, leaving the rest for setting the call up and clearing it (slow on a loaded machine: a handset still in its
     * last call answers 486).
     */
    static Duration hold(int handsets, int rate) {
        Duration quarter = Duration.ofMillis(Math.max(1, 250L * handsets / rate));
        return quarter.compareTo(LONGEST_HOLD) < 0 ? quarter : LONGEST_HOLD;
    }

    public static void main(String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench-calls: " + e.getMessage());
            System.err.println("usage: bench-calls [--rates 20,50,100,200,500] [--seconds 10] [--handsets 64] [--bases handsets/8]"
                    + " [--warmup-seconds 60] [--profile] [--small-jvms]");
            System.exit(2);
            return;
        }
        Path repoRoot = BenchPaths.repoRoot();
        Path runDir = BenchPaths.runDirectory(repoRoot, "calls");
        var benchmark = new CallBenchmark(repoRoot, runDir);
        // Ctrl-C: stop sipp, Kamailio, the services, the broker, and drop the database.
        BenchRun.runAndExit("bench-calls", benchmark::stopAll, () -> benchmark.run(arguments));
    }

    boolean run(Arguments arguments) {
        Instant started = Instant.now();
        System.out.printf(Locale.ROOT, "Call-setup benchmark: rates %s calls/s, %d s each after a %d s warm-up, %d handsets on %d bases;"
                        + " files under %s%n", arguments.rates(), arguments.seconds(), arguments.warmupSeconds(), arguments.handsets(),
                arguments.bases(), repoRoot.relativize(runDir));
        System.out.println(CallReport.method(arguments.handsets(), arguments.bases(), arguments.seconds(), arguments.warmupSeconds(),
                SippLoad.RECEIVE_TIMEOUT, arguments.jvm().describe("              ")));
        String calleeNumber = CallingHandsets.number(arguments.handsets() + 1);
        kamailio = KamailioProcess.start(Ports.freeUdp(), Math.max(KamailioProcess.DEFAULT_LAST_SUBSCRIBER, Integer.parseInt(calleeNumber)));
        progress(started, "Kamailio on 127.0.0.1:" + kamailio.port() + ", subscribers 1001.." + calleeNumber);
        cluster = BenchCluster.start(repoRoot, runDir.resolve("cluster"), arguments.handsets(), new BaseGrid(arguments.bases()),
                arguments.profile() ? PROFILED : List.of(), arguments.jvm());
        if (arguments.profile()) {
            progress(started, "JFR recordings of " + PROFILED + " go to " + repoRoot.relativize(runDir.resolve("cluster/jfr"))
                    + " when the run ends (jfr print --events jdk.ExecutionSample ...)");
        }
        progress(started, "cluster up on port offset " + cluster.ports.offset() + " (database " + cluster.databaseName() + ")");
        var handsets = CallingHandsets.setUp(cluster, kamailio.port(), arguments.handsets(), m -> progress(started, m));
        callee = BaselineCallee.start(runDir.resolve("baseline-callee"), kamailio.port(), calleeNumber);
        progress(started, "baseline sipp UAS registered at Kamailio as " + calleeNumber);

        idleCpu = measureIdleCpu();
        progress(started, "idle cluster (" + IDLE_CPU_WINDOW.toSeconds() + " s, no call): " + CpuPerCall.describeIdle(idleCpu));
        var results = new ArrayList<LoadResult>();
        Set<CallPath> going = EnumSet.allOf(CallPath.class);
        System.out.println();
        System.out.println(CallReport.header());
        if (arguments.warmupSeconds() > 0) {
            int rate = warmupRate(arguments.rates());
            for (CallPath path : CallPath.values()) {
                LoadResult warmup = load(arguments, handsets, calleeNumber, path, rate, arguments.warmupSeconds(), "warmup-");
                System.out.println(CallReport.row(warmup, "warm-up"));
            }
        }
        for (int rate : arguments.rates()) {
            if (going.isEmpty()) {
                break;
            }
            for (CallPath path : CallPath.values()) {
                if (!going.contains(path)) {
                    continue;
                }
                LoadResult result = load(arguments, handsets, calleeNumber, path, rate, arguments.seconds(), "");
                results.add(result);
                System.out.println(CallReport.row(result, ""));
                if (!result.clean()) {
                    going.remove(path);
                }
            }
        }
        System.out.println();
        System.out.println(CallReport.summary(results, arguments.rates()));
        progress(started, "done");
        return true;
    }

    /** One sipp load on one path; after the gateway's, waits until every handset is idle again. */
    private LoadResult load(Arguments arguments, CallingHandsets handsets, String calleeNumber, CallPath path, int rate, int seconds,
            String prefix) {
        Duration hold = hold(arguments.handsets(), rate);
        List<String> numbers = path == CallPath.GATEWAY ? handsets.numbers() : List.of(calleeNumber);
        Map<String, Duration> cpuBefore = cluster.cpuTimes();
        long loadStarted = System.nanoTime();
        LoadResult result = SippLoad.run(path, runDir.resolve(prefix + "rate-" + rate + "-" + path.label), kamailio.port(), numbers,
                rate, seconds, hold);
        if (path == CallPath.GATEWAY) {
            String note = handsets.awaitIdle(IDLE_AFTER_LOAD);
            if (!note.isEmpty()) {
                System.out.println("           after the load: " + note);
            }
            System.out.println("           CPU: " + CpuPerCall.between(cpuBefore, cluster.cpuTimes(), result.successful(), idleCpu,
                    Duration.ofNanos(System.nanoTime() - loadStarted)).describe());
        }
        return result;
    }

    /** CPU each service uses per second with no call: what the per-call figures leave out. */
    private Map<String, Double> measureIdleCpu() {
        Map<String, Duration> before = cluster.cpuTimes();
        long from = System.nanoTime();
        try {
            Thread.sleep(IDLE_CPU_WINDOW.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("interrupted while measuring the idle cluster");
        }
        return CpuPerCall.idlePerSecond(before, cluster.cpuTimes(), Duration.ofNanos(System.nanoTime() - from));
    }

    private static void progress(Instant started, String message) {
        System.out.printf(Locale.ROOT, "  [%5.1f s] %s%n", Duration.between(started, Instant.now()).toMillis() / 1000.0, message);
    }

    private synchronized void stopAll() {
        BaselineCallee c = callee;
        callee = null;
        if (c != null) {
            c.close();
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
