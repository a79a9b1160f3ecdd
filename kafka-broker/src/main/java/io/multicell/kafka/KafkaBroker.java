package io.multicell.kafka;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;

/** A real Apache Kafka broker (KRaft, combined broker and controller, PLAINTEXT on 127.0.0.1) in this JVM. */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final String META_PROPERTIES = "meta.properties";

    private final KafkaRaftServer server;
    private final Path dataDir;
    private final int port;
    private boolean closed;

    private KafkaBroker(KafkaRaftServer server, Path dataDir, int port) {
        this.server = server;
        this.dataDir = dataDir;
        this.port = port;
    }

    /**
     * Starts a broker on {@code dataDir}, formatting it first when it holds no Kafka storage yet, and returns once
     * the broker answers clients. A restart on the same directory keeps every topic and record.
     */
    public static KafkaBroker start(Path dataDir, int port, int controllerPort) {
        // Kafka halts the JVM on a fatal fault; inside a test JVM a failed broker must fail the test instead.
        Exit.setExitProcedure((status, message) -> {
            throw new KafkaBrokerException("Kafka asked to exit with status " + status + ": " + message);
        });
        Exit.setHaltProcedure((status, message) -> {
            throw new KafkaBrokerException("Kafka asked to halt with status " + status + ": " + message);
        });
        return startBroker(dataDir, port, controllerPort);
    }

    private static KafkaBroker startBroker(Path dataDir, int port, int controllerPort) {
        var dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("Cannot create the Kafka data directory " + dir, e);
        }
        var config = new KafkaConfig(BrokerSettings.forLoopback(dir, port, controllerPort), false);
        if (!Files.exists(dir.resolve(META_PROPERTIES))) {
            format(config, dir);
        }
        var server = new KafkaRaftServer(config, Time.SYSTEM);
        var broker = new KafkaBroker(server, dir, port);
        try {
            server.startup();
            broker.awaitReady(READY_TIMEOUT);
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        return broker;
    }

    private static void format(KafkaConfig config, Path dir) {
        var formatter = new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setNodeId(config.nodeId())
                .setClusterId(Uuid.randomUuid().toString())
                .setUnstableFeatureVersionsEnabled(false)
                .setIgnoreFormatted(false)
                .setControllerListenerName(BrokerSettings.CONTROLLER_LISTENER)
                .setMetadataLogDirectory(config.metadataLogDir())
                .addDirectory(dir.toString());
        try {
            formatter.run();
        } catch (Exception e) {
            throw new KafkaBrokerException("Cannot format Kafka storage in " + dir + ": " + e.getMessage(), e);
        }
    }

    private void awaitReady(Duration timeout) {
        var deadline = Instant.now().plus(timeout);
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.CLIENT_ID_CONFIG, "kafka-broker-readiness",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try (var admin = Admin.create(adminConfig)) {
            while (true) {
                var remaining = Duration.between(Instant.now(), deadline);
                if (remaining.isNegative() || remaining.isZero()) {
                    throw new KafkaBrokerException("Kafka broker on " + bootstrapServers() + " not ready within " + timeout);
                }
                try {
                    var nodes = admin.describeCluster().nodes().get(remaining.toMillis(), TimeUnit.MILLISECONDS);
                    if (nodes.stream().map(Node::id).anyMatch(id -> id == BrokerSettings.NODE_ID)) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    // not up yet: the admin client retries inside the call, we retry until the deadline
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new KafkaBrokerException("Interrupted while waiting for the Kafka broker", e);
                }
            }
        }
    }

    /** Where clients connect: {@code 127.0.0.1:<port>}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** The storage directory of this broker. */
    public Path dataDir() {
        return dataDir;
    }

    /** Blocks until the broker has shut down (used by {@link #main}). */
    public void awaitShutdown() {
        server.awaitShutdown();
    }

    /** Shuts the broker down cleanly (records flushed, controller stopped) and waits for it. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
    }

    /**
     * Runs the broker as its own process: {@code --data-dir <dir> --port <n> --controller-port <n>}.
     * Prints one line once clients can connect and stops cleanly on SIGTERM.
     */
    public static void main(String[] args) {
        BrokerCommandLine options;
        try {
            options = BrokerCommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BrokerCommandLine.USAGE);
            System.exit(2);
            return;
        }
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "kafka-broker-log4j2.xml");
        }
        // As its own process the broker keeps Kafka's own exit and halt behaviour.
        var broker = startBroker(options.dataDir(), options.port(), options.controllerPort());
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-broker-shutdown"));
        System.out.println("Kafka broker ready on " + broker.bootstrapServers());
        System.out.flush();
        broker.awaitShutdown();
    }
}
