package io.multicell.cluster;

import java.nio.file.Path;
import java.util.Map;

/**
 * One service of the mini multicell: its Quarkus runnable jar, its HTTP port (for /q/health/ready) and the
 * environment that configures it (ports, database, Kafka, DM address, base identity).
 */
public record ServiceSpec(String name, Path quarkusRunJar, int httpPort, Map<String, String> env) {

    public ServiceSpec {
        if (name == null || !name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("service name must be lower case letters, digits and '-', was " + name);
        }
        env = Map.copyOf(env);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }
}
