package io.multicell.cluster;

import java.nio.file.Path;

/** deploy/local/run: pids/&lt;name&gt;.pid, logs/&lt;name&gt;.log and data/ (Kafka log). Survives `down`. */
public record RunDirectory(Path root) {

    public static RunDirectory under(Path repoRoot) {
        return new RunDirectory(repoRoot.resolve("deploy/local/run"));
    }

    public Path pidFile(String service) {
        return root.resolve("pids").resolve(service + ".pid");
    }

    public Path logFile(String service) {
        return root.resolve("logs").resolve(service + ".log");
    }

    public Path kafkaData() {
        return root.resolve("data/kafka");
    }
}
