package io.multicell.manager.subscription;

import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import java.time.Instant;
import java.util.List;

/** Where the DM keeps the handset plan, the subscriptions with their keys and the location registry. */
public interface HandsetStore {

    StoredHandsets load();

    /**
     * Replaces the handset plan in one transaction, takes the key from every subscription in {@code deregistered},
     * drops the subscriptions of entries no longer in the plan and forgets the locations of the handsets concerned.
     */
    void replacePlan(HandsetPlan plan, List<Subscription> deregistered);

    /** Stores a subscription (new binding, new key or new model/firmware); any other subscription of the same IPUI goes. */
    void saveSubscription(Subscription subscription);

    /** Records where a registered handset attached last. */
    void saveLocation(Ipui ipui, MacAddress base, Instant at);

    /** Everything stored. */
    record StoredHandsets(HandsetPlan plan, List<Subscription> subscriptions, List<StoredLocation> locations) {
    }

    /** One row of the location registry. */
    record StoredLocation(Ipui ipui, MacAddress base, Instant updatedAt) {
    }
}
