package io.multicell.integrator.floorplan;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Where the handset simulator is, when there is one (simulation only: real handsets have no known position). */
@ConfigMapping(prefix = "multicell.integrator.simulator")
public interface SimulatorConfig {

    /** Base URL of the handset simulator, e.g. http://127.0.0.1:8085; absent: handsets are drawn next to their base. */
    Optional<URI> url();

    /** Deadline of every request to the simulator. */
    @WithDefault("2s")
    Duration timeout();

    /** How often handset positions are read from the simulator while a floor plan is open. */
    @WithDefault("500ms")
    Duration positionInterval();
}
