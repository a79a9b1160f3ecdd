package io.multicell.manager.basestation;

import io.multicell.core.identity.MacAddress;
import io.multicell.manager.events.DectManagerEvent;
import io.multicell.manager.events.EventSink;
import io.multicell.manager.events.Incident;
import io.multicell.manager.events.SyncStateChange;
import java.util.ArrayList;
import java.util.List;

/** Keeps the published events in order. */
final class RecordingSink implements EventSink {

    final List<DectManagerEvent> events = new ArrayList<>();

    @Override
    public void publish(DectManagerEvent event) {
        events.add(event);
    }

    List<SyncStateChange> syncChanges() {
        return events.stream().filter(SyncStateChange.class::isInstance).map(SyncStateChange.class::cast).toList();
    }

    List<SyncStateChange> syncChanges(MacAddress mac) {
        return syncChanges().stream().filter(e -> e.mac().equals(mac)).toList();
    }

    List<Incident> incidents() {
        return events.stream().filter(Incident.class::isInstance).map(Incident.class::cast).toList();
    }

    void clear() {
        events.clear();
    }
}
