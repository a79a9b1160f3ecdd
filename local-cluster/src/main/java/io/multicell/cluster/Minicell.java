package io.multicell.cluster;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The local mini multicell: {@code up}, {@code status}, {@code logs [service]}, {@code down}. Run by
 * deploy/local/minicell from the repository root; state lives in deploy/local/run (pids, logs, Kafka data).
 */
public final class Minicell {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(60);
    private static final String USAGE = """
            usage: minicell <command>
              up              build what is missing, start Kafka and the services (and Prometheus when installed),
                              wait until all are ready
              status          PID, alive and ready of every process
              logs [service]  the last lines of every log, or the whole log of one service
              down            stop every process `up` started (data and database are kept)
            environment: MULTICELL_PORT_OFFSET (shift every port), MULTICELL_PG_URL (default %s)"""
            .formatted(PostgresDatabase.DEFAULT_URL);

    private final Path repoRoot;
    private final RunDirectory run;
    private final PortPlan ports;
    private final PostgresDatabase database;
    private final PrintStream out;

    Minicell(Path repoRoot, PortPlan ports, PostgresDatabase database, PrintStream out) {
        this.repoRoot = repoRoot;
        this.run = RunDirectory.under(repoRoot);
        this.ports = ports;
        this.database = database;
        this.out = out;
    }

    public static void main(String[] args) {
        int code;
        try {
            code = run(args);
        } catch (IllegalArgumentException | ServiceStartException e) {
            System.err.println("minicell: " + e.getMessage());
            code = 1;
        }
        System.exit(code);
    }

    static int run(String... args) {
        if (args.length == 0 || Stream.of("-h", "--help", "help").anyMatch(args[0]::equals)) {
            System.out.println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        Path repoRoot = Path.of(Optional.ofNullable(System.getenv("MULTICELL_REPO_ROOT")).orElse(""))
                .toAbsolutePath().normalize();
        var minicell = new Minicell(repoRoot, PortPlan.fromEnvironment(), PostgresDatabase.fromEnvironment(), System.out);
        return switch (args[0]) {
            case "up" -> minicell.up();
            case "status" -> minicell.status();
            case "logs" -> minicell.logs(args.length > 1 ? Optional.of(args[1]) : Optional.empty());
            case "down" -> minicell.down();
            default -> {
                System.err.println("minicell: unknown command '" + args[0] + "'\n" + USAGE);
                yield 2;
            }
        };
    }

    List<ServiceSpec> services() {
        return MiniMulticell.services(repoRoot, ports, database.url(), "127.0.0.1:" + ports.kafka());
    }

    // ---------------------------------------------------------------- up

    int up() {
        Instant started = Instant.now();
        var services = services();
        services.forEach(spec -> requireBuilt(spec.quarkusRunJar()));

        try {
            if (database.ensureExists()) {
                out.println("created database " + database.databaseName());
            }
        } catch (SQLException e) {
            out.println("""
                    PostgreSQL is not reachable at %s (%s).
                    Start it:   pg_ctlcluster --skip-systemctl-redirect 15 main start
                    or point the mini multicell at another server:   MULTICELL_PG_URL=jdbc:postgresql://host:5432/multicell"""
                    .formatted(database.maintenanceUrl(), e.getMessage()));
            return 1;
        }

        var processes = new LinkedHashMap<String, ServiceProcess>();
        var kafka = runningOrNew(KafkaBrokerLaunch.NAME, ReadinessProbe.tcpPort(ports.kafka()), List.of(ports.kafka(),
                ports.kafkaController()), () -> KafkaBrokerLaunch.start(repoRoot, run.kafkaData(), ports,
                run.logFile(KafkaBrokerLaunch.NAME)));
        processes.put(KafkaBrokerLaunch.NAME, kafka);
        try {
            kafka.awaitReady(KAFKA_TIMEOUT);
        } catch (ServiceStartException e) {
            out.println("Kafka broker did not start: " + e.getMessage());
            return 1;
        }

        for (ServiceSpec spec : services) {
            processes.put(spec.name(), runningOrNew(spec.name(), ReadinessProbe.quarkusHealth(spec.httpPort()),
                    List.of(spec.httpPort(), grpcPort(spec)), () -> ServiceProcess.start(spec, run.logFile(spec.name()))));
        }

        prometheus().ifPresent(p -> processes.put(PrometheusLaunch.NAME, p));

        Duration left = READY_TIMEOUT.minus(Duration.between(started, Instant.now()));
        var failures = awaitAllReady(processes.values(), left.isNegative() ? Duration.ZERO : left);
        if (!failures.isEmpty()) {
            out.println("not ready within " + READY_TIMEOUT.toSeconds() + " s: " + String.join(", ", failures.keySet()));
            failures.forEach((name, message) -> out.println("\n--- " + message));
            out.println("\nThe others keep running; `deploy/local/minicell down` stops everything.");
            return 1;
        }
        printUp(processes, services, Duration.between(started, Instant.now()));
        return 0;
    }

    /**
     * Debian's Prometheus with the project's configuration, when installed. Optional, so it never fails `up`: not
     * installed or its port taken (e.g. the package's own server) gives a one-line hint instead.
     */
    private Optional<ServiceProcess> prometheus() {
        var binary = PrometheusLaunch.binary();
        if (binary.isEmpty()) {
            out.printf("%-18s %s%n", PrometheusLaunch.NAME, PrometheusLaunch.installHint());
            return Optional.empty();
        }
        Path config = repoRoot.resolve(PrometheusLaunch.LOCAL_CONFIG);
        if (ports.offset() != 0) {
            config = PrometheusLaunch.writeConfig(repoRoot, ports, Optional.empty(), run.root().resolve("prometheus-local.yml"));
        }
        Path configFile = config;
        if (PidFile.read(run.pidFile(PrometheusLaunch.NAME)).isEmpty() && ReadinessProbe.Ports.accepting(ports.prometheus())) {
            out.printf("%-18s not started: port %d is in use by another process (e.g. the prometheus package's own "
                    + "server: systemctl stop prometheus)%n", PrometheusLaunch.NAME, ports.prometheus());
            return Optional.empty();
        }
        return Optional.of(runningOrNew(PrometheusLaunch.NAME, PrometheusLaunch.probe(ports), List.of(ports.prometheus()),
                () -> PrometheusLaunch.start(binary.get(), configFile, run.prometheusData(), ports,
                        run.logFile(PrometheusLaunch.NAME))));
    }

    private interface Starter {
        ServiceProcess start();
    }

    /** The live process from an earlier `up`, or a new one when there is none; refuses ports someone else holds. */
    private ServiceProcess runningOrNew(String name, ReadinessProbe probe, List<Integer> ports, Starter starter) {
        Path pidFile = run.pidFile(name);
        var running = PidFile.read(pidFile);
        if (running.isPresent()) {
            out.printf("%-18s already running (pid %d)%n", name, running.get().pid());
            return ServiceProcess.attach(name, running.get(), run.logFile(name), probe);
        }
        for (int port : ports) {
            if (ReadinessProbe.Ports.accepting(port)) {
                throw new ServiceStartException("port " + port + " (for " + name + ") is in use by a process this "
                        + "minicell did not start; stop it, or shift every port with MULTICELL_PORT_OFFSET");
            }
        }
        var process = starter.start();
        PidFile.write(pidFile, process.handle());
        out.printf("%-18s started (pid %d)%n", name, process.pid());
        return process;
    }

    private static Map<String, String> awaitAllReady(Iterable<ServiceProcess> processes, Duration timeout) {
        var failures = new ConcurrentHashMap<String, String>();
        var waits = new ArrayList<CompletableFuture<Void>>();
        for (ServiceProcess process : processes) {
            // One thread per service: the waits are independent and mostly asleep.
            var wait = new CompletableFuture<Void>();
            var thread = new Thread(() -> {
                try {
                    process.awaitReady(timeout);
                } catch (ServiceStartException e) {
                    failures.put(process.name(), e.getMessage());
                } finally {
                    wait.complete(null);
                }
            }, "await-" + process.name());
            thread.setDaemon(true);
            thread.start();
            waits.add(wait);
        }
        CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).join();
        var ordered = new LinkedHashMap<String, String>();
        for (ServiceProcess process : processes) {
            if (failures.containsKey(process.name())) {
                ordered.put(process.name(), failures.get(process.name()));
            }
        }
        return ordered;
    }

    private void printUp(Map<String, ServiceProcess> processes, List<ServiceSpec> services, Duration took) {
        out.printf(Locale.ROOT, "%nMini multicell up: %d processes ready in %.1f s%n%n", processes.size(),
                took.toMillis() / 1000.0);
        out.printf("%-18s %-8s %-24s %-16s%n", "SERVICE", "PID", "HTTP", "gRPC / Kafka");
        out.printf("%-18s %-8d %-24s %-16s%n", KafkaBrokerLaunch.NAME, processes.get(KafkaBrokerLaunch.NAME).pid(), "-",
                "127.0.0.1:" + ports.kafka());
        if (processes.containsKey(PrometheusLaunch.NAME)) {
            out.printf("%-18s %-8d %-24s %-16s%n", PrometheusLaunch.NAME, processes.get(PrometheusLaunch.NAME).pid(),
                    PrometheusLaunch.url(ports), "-");
        }
        for (ServiceSpec spec : services) {
            // The simulator only has its port reserved: it serves no gRPC.
            String grpc = MiniMulticell.HANDSET_SIMULATOR.equals(spec.name()) ? "-" : "127.0.0.1:" + grpcPort(spec);
            out.printf("%-18s %-8d %-24s %-16s%n", spec.name(), processes.get(spec.name()).pid(), spec.baseUrl(), grpc);
        }
        String integrator = "http://127.0.0.1:" + ports.integratorHttp();
        out.println();
        out.println("REST API   " + integrator + "/api/v1/base-stations   (users admin/admin, user/user)");
        out.println("           curl -u admin:admin " + integrator + "/api/v1/base-stations");
        out.println("OpenAPI    " + integrator + "/q/openapi");
        out.println("Web        https://127.0.0.1:" + ports.integratorHttps() + "/   (self-signed certificate; admin/admin, then a new password)");
        out.println("Bases      " + services.stream().filter(s -> s.name().startsWith("base-station"))
                .map(s -> s.baseUrl() + "/api/v1/base-station").reduce((a, b) -> a + "  " + b).orElse("-"));
        String simulator = "http://127.0.0.1:" + ports.simulatorHttp();
        out.println("Handsets   " + simulator + "/api/v1/handsets   (handset simulator, no login)");
        out.println("           curl -X POST -H 'Content-Type: application/json' " + simulator + "/api/v1/handsets \\");
        out.println("                -d '{\"ipui\":\"0123456789\",\"position\":{\"x\":5,\"y\":0}}'");
        out.println("Health     <HTTP>/q/health   (live and ready: /q/health/live, /q/health/ready)");
        if (processes.containsKey(PrometheusLaunch.NAME)) {
            String prometheus = PrometheusLaunch.url(ports);
            out.println("Prometheus " + prometheus + "/targets  " + prometheus + "/alerts   (deploy/prometheus, data in "
                    + repoRoot.relativize(run.prometheusData()) + ")");
        }
        out.println("Metrics    <HTTP>/q/metrics  (Prometheus)");
        out.println("Logs       " + repoRoot.relativize(run.root().resolve("logs")) + "   (deploy/local/minicell logs [service])");
        out.println("Stop       deploy/local/minicell down");
    }

    // ---------------------------------------------------------------- status

    int status() {
        var known = knownProcesses();
        if (known.isEmpty()) {
            out.println("the mini multicell is not running (deploy/local/minicell up starts it)");
            return 1;
        }
        boolean allReady = true;
        out.printf("%-18s %-8s %-6s %-6s %s%n", "SERVICE", "PID", "ALIVE", "READY", "HTTP");
        for (var entry : known.entrySet()) {
            String name = entry.getKey();
            var process = entry.getValue();
            boolean alive = process.isPresent();
            boolean ready = alive && process.get().isReady();
            allReady &= ready;
            out.printf("%-18s %-8s %-6s %-6s %s%n", name, process.map(p -> Long.toString(p.pid())).orElse("-"),
                    alive ? "yes" : "no", ready ? "yes" : "no", httpUrl(name).orElse("-"));
        }
        return allReady ? 0 : 1;
    }

    /** Every service of the topology plus anything else with a pid file, each with its live process if any. */
    private Map<String, Optional<ServiceProcess>> knownProcesses() {
        var names = new ArrayList<String>();
        names.add(KafkaBrokerLaunch.NAME);
        services().forEach(s -> names.add(s.name()));
        pidFileNames().stream().filter(n -> !names.contains(n)).forEach(names::add);
        var known = new LinkedHashMap<String, Optional<ServiceProcess>>();
        boolean anyAlive = false;
        for (String name : names) {
            var process = PidFile.read(run.pidFile(name))
                    .map(handle -> ServiceProcess.attach(name, handle, run.logFile(name), probe(name)));
            anyAlive |= process.isPresent();
            known.put(name, process);
        }
        return anyAlive ? known : Map.of();
    }

    private ReadinessProbe probe(String name) {
        if (KafkaBrokerLaunch.NAME.equals(name)) {
            return ReadinessProbe.tcpPort(ports.kafka());
        }
        if (PrometheusLaunch.NAME.equals(name)) {
            return PrometheusLaunch.probe(ports);
        }
        return httpPort(name).map(ReadinessProbe::quarkusHealth).orElse(() -> true);
    }

    private Optional<Integer> httpPort(String name) {
        if (PrometheusLaunch.NAME.equals(name)) {
            return Optional.of(ports.prometheus());
        }
        if (name.startsWith("base-station-")) {
            try {
                return Optional.of(ports.baseHttp(Integer.parseInt(name.substring("base-station-".length()))));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return services().stream().filter(s -> s.name().equals(name)).map(ServiceSpec::httpPort).findFirst();
    }

    private Optional<String> httpUrl(String name) {
        return httpPort(name).map(port -> "http://127.0.0.1:" + port);
    }

    // ---------------------------------------------------------------- logs

    int logs(Optional<String> service) {
        Path logs = run.root().resolve("logs");
        if (service.isPresent()) {
            Path log = run.logFile(service.get());
            if (!Files.isRegularFile(log)) {
                out.println("no log for '" + service.get() + "'; there are: " + String.join(", ", logNames(logs)));
                return 1;
            }
            try {
                Files.copy(log, out);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return 0;
        }
        var names = logNames(logs);
        if (names.isEmpty()) {
            out.println("no logs yet in " + logs);
            return 1;
        }
        for (String name : names) {
            out.println("==> " + run.logFile(name) + " <==");
            LogTail.lastLines(run.logFile(name), 15).forEach(out::println);
            out.println();
        }
        return 0;
    }

    private static List<String> logNames(Path logs) {
        return list(logs, ".log");
    }

    private List<String> pidFileNames() {
        return list(run.root().resolve("pids"), ".pid");
    }

    private static List<String> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- down

    int down() {
        var names = pidFileNames();
        if (names.isEmpty()) {
            out.println("nothing to stop");
            return 0;
        }
        // The services first, all at once; the broker last so that they can flush on their way out.
        var services = names.stream().filter(n -> !n.equals(KafkaBrokerLaunch.NAME)).toList();
        stopAll(services);
        if (names.contains(KafkaBrokerLaunch.NAME)) {
            stopAll(List.of(KafkaBrokerLaunch.NAME));
        }
        var left = names.stream().filter(n -> PidFile.read(run.pidFile(n)).isPresent()).toList();
        if (!left.isEmpty()) {
            out.println("still running: " + left);
            return 1;
        }
        out.println("stopped; data kept in " + repoRoot.relativize(run.root().resolve("data"))
                + " and database " + database.databaseName());
        return 0;
    }

    private void stopAll(List<String> names) {
        var stops = names.stream().map(name -> CompletableFuture.runAsync(() -> {
            Path pidFile = run.pidFile(name);
            var pid = PidFile.read(pidFile).map(ProcessHandle::pid);
            if (ServiceProcess.stopByPidFile(pidFile)) {
                out.printf("%-18s stopped (pid %d)%n", name, pid.orElse(-1L));
            }
        }, runnable -> {
            var thread = new Thread(runnable, "stop-" + name);
            thread.start();
        })).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(stops).join();
    }

    // ---------------------------------------------------------------- helpers

    private static void requireBuilt(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new ServiceStartException(jar + " does not exist; build first: ./mvnw -B install -DskipTests");
        }
    }

    private static int grpcPort(ServiceSpec spec) {
        return Integer.parseInt(spec.env().get("QUARKUS_GRPC_SERVER_PORT"));
    }
}
