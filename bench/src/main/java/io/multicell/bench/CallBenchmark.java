package io.multicell.bench;

import io.multicell.testing.sip.KamailioProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The call-setup benchmark (deploy/local/bench-calls): a fresh cluster and Kamailio, 20 virtual handsets with SIP
 * accounts that answer at once; then at increasing rates sipp calls them through Kamailio (the gateway path) and,
 * at the same rates in the same run, a sipp UAS registered at Kamailio (the baseline). Prints offered, successful
 * and failed calls, p50/p99 INVITE→180 and INVITE→200 per path and rate, the highest clean rate of each path and
 * their ratio.
 *
 * <p>Usage: {@code CallBenchmark [--rates R1,R2,...] [--seconds S] [--handsets N]} (default 5,10,20,50,100; 10 s; 20).
 */
public final class CallBenchmark {

    static final List<Integer> DEFAULT_RATES = List.of(5, 10, 20, 50, 100);
    static final int DEFAULT_SECONDS = 10;
    static final int DEFAULT_HANDSETS = 20;
    static final Duration LONGEST_HOLD = Duration.ofSeconds(1);
    private static final Duration IDLE_AFTER_LOAD = Duration.ofSeconds(30);

    private final Path repoRoot;
    private final Path runDir;
    private volatile BenchCluster cluster;
    private volatile KamailioProcess kamailio;
    private volatile BaselineCallee callee;

    CallBenchmark(Path repoRoot, Path runDir) {
        this.repoRoot = repoRoot;
        this.runDir = runDir;
    }

    /** What the command line asks for. */
    record Arguments(List<Integer> rates, int seconds, int handsets) {

        static Arguments parse(String... args) {
            List<Integer> rates = DEFAULT_RATES;
            int seconds = DEFAULT_SECONDS;
            int handsets = DEFAULT_HANDSETS;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (!List.of("--rates", "--seconds", "--handsets").contains(option)) {
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
                    default -> handsets = number(value, "--handsets", 1, CallingHandsets.MAX_HANDSETS);
                }
            }
            return new Arguments(rates, seconds, handsets);
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

    /** How long each answered call is held: at most 1 s, and half the time until the same handset is called again. */
    static Duration hold(int handsets, int rate) {
        Duration half = Duration.ofMillis(Math.max(1, 500L * handsets / rate));
        return half.compareTo(LONGEST_HOLD) < 0 ? half : LONGEST_HOLD;
    }

    public static void main(String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench-calls: " + e.getMessage());
            System.err.println("usage: bench-calls [--rates 5,10,20,50,100] [--seconds 10] [--handsets 20]");
            System.exit(2);
            return;
        }
        Path repoRoot = Path.of(System.getProperty("multicell.repo.root", System.getenv().getOrDefault("MULTICELL_REPO_ROOT", ".")))
                .toAbsolutePath().normalize();
        Path runDir = repoRoot.resolve("bench/target/calls-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        var benchmark = new CallBenchmark(repoRoot, runDir);
        // Ctrl-C: stop sipp, Kamailio, the services, the broker, and drop the database.
        Runtime.getRuntime().addShutdownHook(new Thread(benchmark::stopAll, "bench-stop-calls"));
        boolean ran;
        try {
            ran = benchmark.run(arguments);
        } catch (RuntimeException e) {
            System.out.println("bench-calls failed: " + e.getMessage());
            ran = false;
        } finally {
            benchmark.stopAll();
        }
        System.exit(ran ? 0 : 1);
    }

    boolean run(Arguments arguments) {
        Instant started = Instant.now();
        System.out.printf(Locale.ROOT, "Call-setup benchmark: rates %s calls/s, %d s each, %d handsets; files under %s%n",
                arguments.rates(), arguments.seconds(), arguments.handsets(), repoRoot.relativize(runDir));
        System.out.println(CallReport.method(arguments.handsets(), arguments.seconds(), SippLoad.RECEIVE_TIMEOUT));
        kamailio = KamailioProcess.start(Ports.freeUdp());
        progress(started, "Kamailio on 127.0.0.1:" + kamailio.port());
        cluster = BenchCluster.start(repoRoot, runDir.resolve("cluster"), arguments.handsets());
        progress(started, "cluster up on port offset " + cluster.ports.offset() + " (database " + cluster.databaseName() + ")");
        var handsets = CallingHandsets.setUp(cluster, kamailio.port(), arguments.handsets(), m -> progress(started, m));
        callee = BaselineCallee.start(runDir.resolve("baseline-callee"), kamailio.port());
        progress(started, "baseline sipp UAS registered at Kamailio as " + BaselineCallee.NUMBER);

        var results = new ArrayList<LoadResult>();
        Set<CallPath> going = EnumSet.allOf(CallPath.class);
        System.out.println();
        System.out.println(CallReport.header());
        for (int rate : arguments.rates()) {
            if (going.isEmpty()) {
                break;
            }
            Duration hold = hold(arguments.handsets(), rate);
            for (CallPath path : CallPath.values()) {
                if (!going.contains(path)) {
                    continue;
                }
                List<String> numbers = path == CallPath.GATEWAY ? handsets.numbers() : List.of(BaselineCallee.NUMBER);
                LoadResult result = SippLoad.run(path, runDir.resolve("rate-" + rate + "-" + path.label), kamailio.port(), numbers,
                        rate, arguments.seconds(), hold);
                results.add(result);
                System.out.println(CallReport.row(result));
                if (path == CallPath.GATEWAY) {
                    String note = handsets.awaitIdle(IDLE_AFTER_LOAD);
                    if (!note.isEmpty()) {
                        System.out.println("           after the load: " + note);
                    }
                }
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
