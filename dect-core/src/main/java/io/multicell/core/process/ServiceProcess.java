package io.multicell.core.process;

import java.lang.management.ManagementFactory;
import java.time.Instant;

/**
 * What a service tells the integrator about itself for the Diagnostics file: its version and when its process
 * started.
 *
 * @param version   the service's build version ({@code quarkus.application.version}); "unknown" when blank
 * @param startedAt when the JVM of this process started
 */
public record ServiceProcess(String version, Instant startedAt) {

    public ServiceProcess {
        version = version == null || version.isBlank() ? "unknown" : version;
    }

    /** This process, with the version its configuration names. */
    public static ServiceProcess current(String version) {
        return new ServiceProcess(version, Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
    }
}
