package io.multicell.manager.basestation;

import io.multicell.core.identity.MacAddress;
import io.multicell.manager.events.DectManagerEvent;
import io.multicell.manager.events.EventSink;
import io.multicell.manager.events.Incident;
import io.multicell.manager.events.SyncStateChange;
import java.util.ArrayList;
import java.util.List;

/** Keeps the published events in order. */
public final class RecordingSink implements EventSink {

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

    /** The events of one kind, in order. */
    public <T extends DectManagerEvent> List<T> ofType(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public void clear() {
        events.clear();
    }
}
