package io.multicell.systemtest;

import io.multicell.cluster.MiniMulticell;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The three-base mini multicell as separate processes: a real Kafka broker, a fresh PostgreSQL database,
 * integrator, DECT manager, SIP gateway and three base stations, each its own JVM, on ports shifted by an
 * offset so a running local mini multicell is not disturbed.
 */
final class MiniMulticellCluster implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    final PortPlan ports;
    private final Path repoRoot;
    private final Path workDir;
    private final PostgresTestDatabase database;
    private final KafkaBroker kafka;
    private final Map<String, ServiceSpec> specs = new LinkedHashMap<>();
    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();

    private MiniMulticellCluster(PortPlan ports, Path repoRoot, Path workDir, PostgresTestDatabase database, KafkaBroker kafka) {
        this.ports = ports;
        this.repoRoot = repoRoot;
        this.workDir = workDir;
        this.database = database;
        this.kafka = kafka;
    }

    static MiniMulticellCluster start() throws Exception {
        return start(Map.of());
    }

    /** As {@link #start()}, with extra environment for some services (e.g. a short inactivity timeout for the integrator). */
    static MiniMulticellCluster start(Map<String, Map<String, String>> extraEnvironment) throws Exception {
        Path repoRoot = Path.of(System.getProperty("multicell.repo.root", "..")).toAbsolutePath().normalize();
        PortPlan ports = new PortPlan(freeOffset());
        Path workDir = Files.createDirectories(repoRoot.resolve("system-tests/target/cluster-" + System.currentTimeMillis()));
        PostgresTestDatabase database = PostgresTestDatabase.create("systest");
        KafkaBroker kafka = KafkaBroker.start(workDir.resolve("kafka"), ports.kafka(), ports.kafkaController());
        var cluster = new MiniMulticellCluster(ports, repoRoot, workDir, database, kafka);
        try {
            for (ServiceSpec spec : MiniMulticell.services(repoRoot, ports, database.jdbcUrl(), kafka.bootstrapServers())) {
                Map<String, String> extra = extraEnvironment.getOrDefault(spec.name(), Map.of());
                if (!extra.isEmpty()) {
                    var env = new LinkedHashMap<>(spec.env());
                    env.putAll(extra);
                    spec = new ServiceSpec(spec.name(), spec.quarkusRunJar(), spec.httpPort(), env);
                }
                cluster.specs.put(spec.name(), spec);
            }
            cluster.specs.keySet().forEach(cluster::startProcess);
            cluster.awaitAllReady();
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** A port block none of whose ports is taken: a local mini multicell or a benchmark may be running beside. */
    private static int freeOffset() {
        return PortPlan.firstFree(20_000, 26_000, 300, 3)
                .orElseThrow(() -> new IllegalStateException("no free port block for the test cluster (offsets 20000..26000)"))
                .offset();
    }

    String kafkaBootstrap() {
        return kafka.bootstrapServers();
    }

    String integratorUrl() {
        return "http://127.0.0.1:" + ports.integratorHttp();
    }

    /** The web configurator. */
    String integratorHttpsUrl() {
        return "https://127.0.0.1:" + ports.integratorHttps();
    }

    String simulatorUrl() {
        return "http://127.0.0.1:" + ports.simulatorHttp();
    }

    List<String> baseNames() {
        return specs.keySet().stream().filter(n -> n.startsWith("base-station")).toList();
    }

    void startProcess(String name) {
        ServiceSpec spec = specs.get(name);
        if (spec == null) {
            throw new IllegalArgumentException("no service " + name + " in " + specs.keySet());
        }
        ensureDirectory(workDir.resolve("logs"));
        processes.put(name, ServiceProcess.start(spec, logOf(name)));
    }

    void awaitReady(String name) {
        processes.get(name).awaitReady(READY_TIMEOUT);
    }

    private void awaitAllReady() {
        // Readiness checks in parallel: they are independent and each JVM starts on its own.
        CompletableFuture.allOf(processes.keySet().stream()
                        .map(name -> CompletableFuture.runAsync(() -> awaitReady(name)))
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    /** SIGKILL: the process gets no chance to say goodbye, as in a power cut. */
    void kill(String name) {
        processes.get(name).kill();
    }

    void restart(String name) {
        processes.get(name).stop();
        startProcess(name);
        awaitReady(name);
    }

    Path logOf(String name) {
        return workDir.resolve("logs/" + name + ".log");
    }

    @Override
    public void close() {
        processes.values().forEach(p -> {
            try {
                p.stop();
            } catch (RuntimeException e) {
                p.kill();
            }
        });
        try {
            kafka.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            database.drop();
        }
    }

    private static void ensureDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
