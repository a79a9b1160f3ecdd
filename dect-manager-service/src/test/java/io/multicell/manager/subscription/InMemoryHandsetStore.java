package io.multicell.manager.subscription;

import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps the handset state in memory like the database would; can be told to fail like a database that went away. */
final class InMemoryHandsetStore implements HandsetStore {

    HandsetPlan plan = HandsetPlan.NONE;
    final Map<String, Subscription> subscriptions = new LinkedHashMap<>();
    final Map<Ipui, StoredLocation> locations = new LinkedHashMap<>();
    boolean failing;

    @Override
    public StoredHandsets load() {
        return new StoredHandsets(plan, List.copyOf(subscriptions.values()), List.copyOf(locations.values()));
    }

    @Override
    public void replacePlan(HandsetPlan plan, List<Subscription> deregistered) {
        failIfAsked();
        this.plan = plan;
        for (Subscription subscription : deregistered) {
            subscriptions.computeIfPresent(subscription.entryId(), (id, s) -> s.deregistered());
            locations.remove(subscription.ipui());
        }
        subscriptions.keySet().retainAll(plan.entriesById().keySet());
    }

    @Override
    public void saveSubscription(Subscription subscription) {
        failIfAsked();
        subscriptions.values().removeIf(s -> s.ipui().equals(subscription.ipui()) && !s.entryId().equals(subscription.entryId()));
        subscriptions.put(subscription.entryId(), subscription);
    }

    @Override
    public void saveLocation(Ipui ipui, MacAddress base, Instant at) {
        failIfAsked();
        locations.put(ipui, new StoredLocation(ipui, base, at));
    }

    List<Subscription> registered() {
        return new ArrayList<>(subscriptions.values().stream().filter(Subscription::registered).toList());
    }

    private void failIfAsked() {
        if (failing) {
            throw new IllegalStateException("database down");
        }
    }
}
