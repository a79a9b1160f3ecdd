package io.multicell.manager.events;

/** Takes the DM's events in order; events with the same key must reach Kafka in the order given. Must not block. */
public interface EventSink {

    void publish(DectManagerEvent event);
}
