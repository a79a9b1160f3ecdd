package io.multicell.manager.events;

import java.time.Instant;
import java.util.UUID;

/** An event the DM publishes to Kafka. */
public sealed interface DectManagerEvent permits SyncStateChange, Incident, RegistrationChange, HandsetRoam,
        HandoverCompletion {

    UUID eventId();

    Instant occurredAt();

    /** Kafka record key: events of one base (or one handset) share a partition and so keep their order. */
    String key();
}
