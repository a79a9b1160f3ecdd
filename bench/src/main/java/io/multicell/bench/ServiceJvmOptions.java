package io.multicell.bench;

import io.multicell.cluster.ServiceProcess;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which JVM options each service of a benchmark cluster runs with: the local launcher's small-footprint ones
 * ({@link ServiceProcess#SERVICE_JVM_OPTIONS}: C1 only, 128 MB) or those of production, so that a benchmark of a path
 * measures the code rather than a JIT capped at C1 and a heap collected many times a second.
 */
record ServiceJvmOptions(Predicate<String> production, String productionNames) {

    /**
     * As the images run the services (src/main/docker/Dockerfile.jvm: SerialGC, MaxRAMPercentage=75, exit on OOM) under
     * the 512 Mi memory limit of deploy/kubernetes: 75 % of 512 MiB as the heap, the full tiered JIT (C1 and C2).
     */
    static final List<String> PRODUCTION = List.of("-XX:+UseSerialGC", "-Xmx384m", "-XX:+ExitOnOutOfMemoryError");

    /** Every service with the launcher's small options (the benchmarks that measure no call path). */
    static final ServiceJvmOptions SMALL = new ServiceJvmOptions(name -> false, "");

    /** The services a call passes through: SIP gateway, DECT manager, every base, the handset simulator. */
    static final ServiceJvmOptions CALL_PATH_AS_PRODUCTION = new ServiceJvmOptions(
            name -> name.equals("sip-gateway") || name.equals("dect-manager") || name.startsWith("base-station-")
                    || name.equals("handset-simulator"),
            "sip-gateway, dect-manager, base-station-*, handset-simulator");

    List<String> of(String service) {
        return production.test(service) ? PRODUCTION : ServiceProcess.SERVICE_JVM_OPTIONS;
    }

    /** The options in words, for a benchmark's method text (lines after the first start with {@code indent}). */
    String describe(String indent) {
        String small = String.join(" ", ServiceProcess.SERVICE_JVM_OPTIONS);
        if (productionNames.isEmpty()) {
            return "every service: " + small + " (the local launcher's)";
        }
        return productionNames + ": " + String.join(" ", PRODUCTION) + "\n" + indent
                + "(as production: the images' JAVA_OPTS under the Kubernetes 512 Mi limit, full tiered JIT);\n" + indent
                + "the others: " + small + " (the local launcher's)";
    }
}
