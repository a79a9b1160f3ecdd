package io.multicell.cluster;

import java.nio.file.Path;

/** deploy/local/run: pids/&lt;name&gt;.pid, logs/&lt;name&gt;.log data/ (Kafka log) and prometheus/ (time series). Survives `down`. */
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

    /** Prometheus' time series (deploy/local/run/prometheus, as deploy/prometheus/README.md starts it by hand). */
    public Path prometheusData() {
        return root.resolve("prometheus");
    }
}
