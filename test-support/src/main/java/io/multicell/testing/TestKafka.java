package io.multicell.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.multicell.kafka.KafkaBroker;

/**
 * One real Kafka broker per test JVM, started on first use on free loopback ports in a temporary directory and
 * stopped (directory deleted) when the JVM exits.
 */
public final class TestKafka {

    /** Set once the broker runs; other class loaders of the same JVM (Quarkus restarts) find it here. */
    public static final String BOOTSTRAP_SERVERS_PROPERTY = "multicell.test.kafka.bootstrap-servers";

    // A string literal is one object per JVM, whatever class loader loaded this class: a JVM-wide lock.
    private static final Object JVM_WIDE_LOCK = "io.multicell.testing.TestKafka#JVM_WIDE_LOCK";

    // Held strongly: java.util.logging forgets the level of a logger nobody references.
    private static final List<Logger> QUIETED_LOGGERS = List.of(
            Logger.getLogger("kafka"), Logger.getLogger("org.apache.kafka"), Logger.getLogger("state.change.logger"));

    private TestKafka() {
    }

    /** {@code 127.0.0.1:<port>} of the shared broker, starting it if this is the first call in the JVM. */
    public static String bootstrapServers() {
        synchronized (JVM_WIDE_LOCK) {
            var running = System.getProperty(BOOTSTRAP_SERVERS_PROPERTY);
            if (running != null) {
                return running;
            }
            var broker = startBroker();
            System.setProperty(BOOTSTRAP_SERVERS_PROPERTY, broker.bootstrapServers());
            return broker.bootstrapServers();
        }
    }

    private static KafkaBroker startBroker() {
        // The broker logs hundreds of INFO lines per start; a test log should show the service under test.
        QUIETED_LOGGERS.forEach(logger -> logger.setLevel(Level.WARNING));
        try {
            var dataDir = Files.createTempDirectory("multicell-test-kafka-");
            var broker = KafkaBroker.start(dataDir, freePort(), freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                broker.close();
                deleteRecursively(dataDir);
            }, "test-kafka-shutdown"));
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the test Kafka broker", e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort on JVM exit: a leftover temp directory is harmless
        }
    }
}
