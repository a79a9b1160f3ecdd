package io.multicell.integrator.incident;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where incidents come from (the broker address is kafka.bootstrap.servers). */
@ConfigMapping(prefix = "multicell.integrator.incidents")
public interface IncidentConfig {

    /** Topic of IncidentOccurred events. */
    @WithDefault("multicell.incidents.v1")
    String topic();

    /** Consumer group; one group for all integrator instances so each incident is stored by one of them. */
    @WithDefault("integrator")
    String groupId();

    /** Longest wait of one poll; also the pause before a failed batch is retried. */
    @WithDefault("500ms")
    Duration pollTimeout();

    /** Wait before records that could not be stored are tried again. */
    @WithDefault("2s")
    Duration retryBackoff();
}
