package io.multicell.integrator.dm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the integrator talks to its DECT manager (address: quarkus.grpc.clients.dect-manager.host/port). */
@ConfigMapping(prefix = "multicell.integrator.dm")
public interface DectManagerConfig {

    /** Deadline of every call to the DM; a DM slower than this counts as not reachable. */
    @WithDefault("2S")
    Duration deadline();
}
