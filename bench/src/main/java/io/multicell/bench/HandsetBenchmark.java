package io.multicell.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The handset benchmark (deploy/local/bench-handsets): for each N, a fresh cluster, N handsets registered through
 * one Registration Centre window, then all of them walked to and fro; prints registrations per second, roams per
 * second, re-lock → DM location latency and roam → Kafka consumer latency, per N and as a summary.
 *
 * <p>Usage: {@code HandsetBenchmark [--walk-seconds S] N...} (default N: 20 250 1000).
 */
public final class HandsetBenchmark {

    /** The simulator creates at most this many handsets in one batch. */
    public static final int MAX_HANDSETS = 1000;
    static final List<Integer> DEFAULT_COUNTS = List.of(20, 250, 1000);
    static final Duration DEFAULT_WALK = Duration.ofSeconds(60);

    private final PrintStream out;
    private final Path repoRoot;
    private final Path runDir;
    private final AtomicReference<BenchCluster> current = new AtomicReference<>();

    HandsetBenchmark(PrintStream out, Path repoRoot, Path runDir) {
        this.out = out;
        this.repoRoot = repoRoot;
        this.runDir = runDir;
    }

    /** What the command line asks for. */
    record Arguments(List<Integer> counts, Duration walk) {

        static Arguments parse(String... args) {
            var counts = new ArrayList<Integer>();
            Duration walk = DEFAULT_WALK;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if ("--walk-seconds".equals(arg)) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--walk-seconds needs a number of seconds");
                    }
                    walk = Duration.ofSeconds(number(args[++i], "--walk-seconds", 10, 3600));
                } else {
                    counts.add(number(arg, "N", 1, MAX_HANDSETS));
                }
            }
            return new Arguments(counts.isEmpty() ? DEFAULT_COUNTS : List.copyOf(counts), walk);
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
            throw new IllegalArgumentException(what + " must be a whole number " + min + ".." + max + ", was '" + text + "'"
                    + ("N".equals(what) ? " (the simulator creates at most " + MAX_HANDSETS + " handsets in one batch)" : ""));
        }
    }

    public static void main(String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench-handsets: " + e.getMessage());
            System.err.println("usage: bench-handsets [--walk-seconds S] [N ...]   (default: 20 250 1000)");
            System.exit(2);
            return;
        }
        Path repoRoot = BenchPaths.repoRoot();
        Path runDir = BenchPaths.runDirectory(repoRoot, "handsets");
        var benchmark = new HandsetBenchmark(System.out, repoRoot, runDir);
        // Ctrl-C: stop the services, the broker, and drop the database of the run in progress.
        Runtime.getRuntime().addShutdownHook(new Thread(benchmark::stopCurrent, "bench-stop-cluster"));
        boolean allMeasured = benchmark.run(arguments);
        System.exit(allMeasured ? 0 : 1);
    }

    /** @return whether every figure of every run is a number */
    boolean run(Arguments arguments) {
        out.printf(Locale.ROOT, "Handset benchmark: N = %s, walk %d s; logs under %s%n", arguments.counts(),
                arguments.walk().toSeconds(), repoRoot.relativize(runDir));
        out.println(Report.method(arguments.walk()));
        var results = new ArrayList<RunFigures>();
        for (int n : arguments.counts()) {
            results.add(runOne(n, arguments.walk()));
        }
        out.println();
        out.println(Report.summary(results));
        return results.stream().allMatch(Report::allMeasured);
    }

    private RunFigures runOne(int n, Duration walk) {
        Path dir = runDir.resolve("n-" + n);
        out.printf(Locale.ROOT, "%n== N = %d ==%n", n);
        Instant started = Instant.now();
        HandsetRun run = null;
        RunFigures figures;
        try {
            var cluster = BenchCluster.start(repoRoot, dir, n);
            current.set(cluster);
            progress(started, "cluster up on port offset " + cluster.ports.offset() + " (database " + cluster.databaseName()
                    + "), integrator " + BenchCluster.MAX_HANDSETS_ENV + "=" + n);
            run = new HandsetRun(n, walk, cluster, message -> progress(started, message));
            figures = run.run();
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            figures = RunFigures.failed(n, message.lines().findFirst().orElse(e.toString()), run == null ? List.of() : run.details());
            out.println("  run failed: " + message);
        } finally {
            stopCurrent();
            deleteKafkaData(dir);
        }
        progress(started, "cluster stopped, database dropped");
        out.println(Report.table(figures));
        return figures;
    }

    private void progress(Instant started, String message) {
        out.printf(Locale.ROOT, "  [%5.1f s] %s%n", Duration.between(started, Instant.now()).toMillis() / 1000.0, message);
    }

    private void stopCurrent() {
        BenchCluster cluster = current.getAndSet(null);
        if (cluster != null) {
            cluster.close();
        }
    }

    /** The broker's log of a finished run is of no use; the service logs stay for a look. */
    private static void deleteKafkaData(Path dir) {
        Path kafka = dir.resolve("kafka");
        if (!Files.isDirectory(kafka)) {
            return;
        }
        try (Stream<Path> files = Files.walk(kafka)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("bench: could not delete " + kafka + ": " + e);
        }
    }
}
