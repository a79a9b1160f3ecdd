package io.multicell.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The project's Kafka broker (module kafka-broker, io.multicell.kafka.KafkaBroker) as its own JVM. */
public final class KafkaBrokerLaunch {

    public static final String NAME = "kafka";
    static final String MAIN_CLASS = "io.multicell.kafka.KafkaBroker";

    private KafkaBrokerLaunch() {
    }

    /** {@code java -Xmx128m -XX:+UseSerialGC -cp <broker jar>:<its runtime classpath> KafkaBroker --data-dir ...}. */
    public static List<String> command(Path repoRoot, Path dataDir, PortPlan ports) {
        Path target = repoRoot.resolve("kafka-broker/target");
        Path jar = target.resolve("kafka-broker-0.1.0-SNAPSHOT.jar");
        Path classpathFile = target.resolve("classpath.txt");
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(classpathFile)) {
            throw new ServiceStartException("the Kafka broker is not built (" + jar + ", " + classpathFile
                    + "); build it first (./mvnw -B install -DskipTests)");
        }
        String classpath;
        try {
            classpath = jar.toAbsolutePath() + java.io.File.pathSeparator + Files.readString(classpathFile).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classpathFile, e);
        }
        var command = new ArrayList<String>();
        command.add(ServiceProcess.javaExecutable());
        command.addAll(List.of("-Xmx128m", "-XX:+UseSerialGC", "-cp", classpath, MAIN_CLASS));
        command.addAll(List.of("--data-dir", dataDir.toAbsolutePath().toString(),
                "--port", Integer.toString(ports.kafka()),
                "--controller-port", Integer.toString(ports.kafkaController())));
        return command;
    }

    /** Starts the broker; it is ready when its client port accepts connections. */
    public static ServiceProcess start(Path repoRoot, Path dataDir, PortPlan ports, Path logFile) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dataDir, e);
        }
        return ServiceProcess.launch(NAME, command(repoRoot, dataDir, ports), Map.of(), logFile,
                ReadinessProbe.tcpPort(ports.kafka()));
    }
}
