package io.multicell.manager.subscription;

import java.util.List;

/** Every entry in list order, recent refusals (newest first), the plan revision and whether registration is open. */
public record SubscriptionListing(List<SubscriptionView> subscriptions, List<RegistrationRefusal> refusals, long planRevision,
                                  boolean registrationOpen) {
}
