package io.multicell.bench;

import io.multicell.cluster.BaseGrid;
import io.multicell.cluster.MiniMulticell;
import io.multicell.core.identity.MacAddress;
import io.multicell.cluster.PortPlan;
import io.multicell.cluster.ServiceProcess;
import io.multicell.cluster.ServiceSpec;
import io.multicell.kafka.KafkaBroker;
import io.multicell.testing.PostgresTestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * A fresh mini multicell (three bases, or N on a {@link BaseGrid}) for one benchmark run, started the way the system tests start theirs (in-process
 * Kafka broker, a new PostgreSQL database, every service its own JVM on a free port block), with the integrator's
 * handset limit raised; the DM gets that limit with the handset plan.
 */
final class BenchCluster implements AutoCloseable {

    static final String INTEGRATOR = "integrator";
    static final String MAX_HANDSETS_ENV = "MULTICELL_HANDSETS_MAX_HANDSETS";

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    /** Bases started together once the core services are ready. */
    private static final int BASES_AT_ONCE = 4;
    /**
     * Below the system tests' blocks (20000..26000 in steps of 300), so a benchmark and a test run can share a machine,
     * and low enough that the services' HTTP and gRPC ports (8080..9189 + offset) stay under Linux's ephemeral range
     * (32768..60999): at 27000 a base's port was taken by an outgoing connection between the probe and its start.
     */
    private static final int FIRST_OFFSET = 10_000;
    private static final int LAST_OFFSET = 13_000;
    private static final int OFFSET_STEP = 300;

    final PortPlan ports;
    final Path workDir;
    final BaseGrid grid;
    private final PostgresTestDatabase database;
    private final KafkaBroker kafka;
    private final ServiceJvmOptions jvm;
    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();
    private boolean closed;

    private BenchCluster(PortPlan ports, Path workDir, BaseGrid grid, PostgresTestDatabase database, KafkaBroker kafka,
            ServiceJvmOptions jvm) {
        this.ports = ports;
        this.jvm = jvm;
        this.grid = grid;
        this.workDir = workDir;
        this.database = database;
        this.kafka = kafka;
    }

    static BenchCluster start(Path repoRoot, Path workDir, int maxHandsets) {
        return start(repoRoot, workDir, maxHandsets, new BaseGrid(MiniMulticell.FLOOR_PLAN.size()));
    }

    /** Bases 1..N of {@code grid}, each its own JVM; the sync plan is {@link #confirmGrid}'s. */
    static BenchCluster start(Path repoRoot, Path workDir, int maxHandsets, BaseGrid grid) {
        return start(repoRoot, workDir, maxHandsets, grid, List.of());
    }

    /**
     * As above; the services named in {@code profiled} run with a JFR recording (settings "profile") written to
     * workDir/jfr/&lt;service&gt;.jfr when they stop.
     */
    static BenchCluster start(Path repoRoot, Path workDir, int maxHandsets, BaseGrid grid, List<String> profiled) {
        return start(repoRoot, workDir, maxHandsets, grid, profiled, ServiceJvmOptions.SMALL);
    }

    /** As above, each service with the JVM options {@code jvm} gives it. */
    static BenchCluster start(Path repoRoot, Path workDir, int maxHandsets, BaseGrid grid, List<String> profiled,
            ServiceJvmOptions jvm) {
        PortPlan ports = new PortPlan(freeOffset(grid.bases()));
        PostgresTestDatabase database = PostgresTestDatabase.create("bench");
        KafkaBroker kafka;
        try {
            kafka = KafkaBroker.start(workDir.resolve("kafka"), ports.kafka(), ports.kafkaController());
        } catch (RuntimeException | Error e) {
            database.drop();
            throw e;
        }
        var cluster = new BenchCluster(ports, workDir, grid, database, kafka, jvm);
        try {
            // The core services first, then the bases a few at a time: thirty JVMs starting at once on a small
            // machine starve each other (a DM timed out on its first database connection).
            var bases = new ArrayList<ServiceSpec>();
            for (ServiceSpec spec : MiniMulticell.services(repoRoot, ports, database.jdbcUrl(), kafka.bootstrapServers(),
                    grid.placements())) {
                ServiceSpec started = INTEGRATOR.equals(spec.name()) ? withEnv(spec, MAX_HANDSETS_ENV, Integer.toString(maxHandsets)) : spec;
                if (profiled.contains(spec.name())) {
                    Files.createDirectories(workDir.resolve("jfr"));
                    // JAVA_TOOL_OPTIONS: the JVM reads it by itself, so the launch command stays that of every service.
                    // stackdepth 256: jain-sip's and gRPC's stacks are deeper than JFR's default 64 frames.
                    started = withEnv(started, "JAVA_TOOL_OPTIONS", "-XX:FlightRecorderOptions=stackdepth=256"
                            + " -XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                            + workDir.resolve("jfr/" + spec.name() + ".jfr"));
                }
                if (spec.name().startsWith("base-station-")) {
                    bases.add(started);
                } else {
                    cluster.startProcess(started);
                }
            }
            cluster.awaitAllReady();
            for (int from = 0; from < bases.size(); from += BASES_AT_ONCE) {
                bases.subList(from, Math.min(bases.size(), from + BASES_AT_ONCE)).forEach(cluster::startProcess);
                cluster.awaitAllReady();
            }
        } catch (IOException e) {
            cluster.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** A copy of {@code spec} with one more environment entry. */
    static ServiceSpec withEnv(ServiceSpec spec, String key, String value) {
        var env = new LinkedHashMap<>(spec.env());
        env.put(key, value);
        return new ServiceSpec(spec.name(), spec.quarkusRunJar(), spec.httpPort(), env);
    }

    /** A port block none of whose ports is taken now. */
    private static int freeOffset(int bases) {
        return PortPlan.firstFree(FIRST_OFFSET, LAST_OFFSET, OFFSET_STEP, bases)
                .orElseThrow(() -> new BenchmarkException("no free port block for the benchmark cluster (offsets "
                        + FIRST_OFFSET + ".." + LAST_OFFSET + ")"))
                .offset();
    }

    /** MAC of base {@code n}. */
    static String mac(int n) {
        return MacAddress.forInstance(n).value();
    }

    List<String> baseMacs() {
        return IntStream.rangeClosed(1, grid.bases()).mapToObj(BenchCluster::mac).toList();
    }

    /**
     * Confirms every base into cluster 1 at its grid position with the grid's sync plan (base 1 level 1, the others
     * DECT slaves one level below a neighbour) and waits until all are in Sync.
     */
    void confirmGrid(IntegratorClient integrator) {
        List<String> macs = baseMacs();
        integrator.awaitPending(macs);
        for (int n = 1; n <= grid.bases(); n++) {
            integrator.confirm(mac(n), grid.syncLevel(n), grid.position(n));
        }
        macs.forEach(mac -> integrator.awaitStatus(mac, "Sync"));
    }

    /** CPU time (user + system) each service's process has used so far, by service name; a process gone counts zero. */
    Map<String, Duration> cpuTimes() {
        Map<String, Duration> times = new LinkedHashMap<>();
        processes.forEach((name, process) -> times.put(name,
                process.handle().info().totalCpuDuration().orElse(Duration.ZERO)));
        return times;
    }

    String kafkaBootstrap() {
        return kafka.bootstrapServers();
    }

    String integratorUrl() {
        return "http://127.0.0.1:" + ports.integratorHttp();
    }

    String simulatorUrl() {
        return "http://127.0.0.1:" + ports.simulatorHttp();
    }

    String databaseName() {
        return database.name();
    }

    Path logOf(String name) {
        return workDir.resolve("logs/" + name + ".log");
    }

    private void startProcess(ServiceSpec spec) {
        try {
            Files.createDirectories(workDir.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        processes.put(spec.name(), ServiceProcess.start(spec, logOf(spec.name()), jvm.of(spec.name())));
    }

    private void awaitAllReady() {
        // Independent JVMs: wait for them side by side.
        CompletableFuture.allOf(processes.values().stream()
                        .map(p -> CompletableFuture.runAsync(() -> p.awaitReady(READY_TIMEOUT)))
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    /** Stops every service, the broker, and drops the database; safe to call twice (from a shutdown hook too). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        CompletableFuture.allOf(processes.values().stream()
                        .map(p -> CompletableFuture.runAsync(() -> {
                            try {
                                p.stop();
                            } catch (RuntimeException e) {
                                p.kill();
                            }
                        }))
                        .toArray(CompletableFuture[]::new))
                .join();
        try {
            kafka.close();
        } catch (Exception e) {
            System.err.println("bench: the Kafka broker did not stop cleanly: " + e);
        } finally {
            database.drop();
        }
    }
}
