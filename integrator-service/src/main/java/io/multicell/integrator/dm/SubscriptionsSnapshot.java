package io.multicell.integrator.dm;

import java.util.List;

/**
 * The DECT manager's answer to ListSubscriptions.
 *
 * @param refusals         most recent first
 * @param planRevision     revision of the handset plan it runs (0: none)
 * @param registrationOpen the registration window is open on the DM right now
 */
public record SubscriptionsSnapshot(List<LiveSubscription> subscriptions, List<RegistrationRefusal> refusals,
                                    long planRevision, boolean registrationOpen) {
}
