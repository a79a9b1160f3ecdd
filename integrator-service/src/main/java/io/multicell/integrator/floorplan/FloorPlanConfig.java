package io.multicell.integrator.floorplan;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The Kafka topics the live floor plan follows (the broker address is kafka.bootstrap.servers). */
@ConfigMapping(prefix = "multicell.integrator.floor-plan")
public interface FloorPlanConfig {

    /** HandsetRoamed events, key IPUI. */
    @WithDefault("multicell.roaming.v1")
    String roamingTopic();

    /** HandoverCompleted events, key IPUI. */
    @WithDefault("multicell.handover.v1")
    String handoverTopic();

    /** HandsetRegistrationChanged events, key IPUI. */
    @WithDefault("multicell.registration.v1")
    String registrationTopic();

    /** SyncStateChanged events, key base MAC. */
    @WithDefault("multicell.sync.v1")
    String syncTopic();

    /** Longest wait of one poll. */
    @WithDefault("200ms")
    Duration pollTimeout();

    /** Events queued for one browser; a client that falls this far behind is dropped (its EventSource reconnects). */
    @WithDefault("512")
    int clientBuffer();
}
