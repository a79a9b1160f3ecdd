package io.multicell.integrator.handset;

import io.multicell.integrator.dm.LiveSubscription;
import io.multicell.integrator.dm.RegistrationRefusal;
import io.multicell.integrator.dm.SubscriptionsSnapshot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the DM reported about the handset entries at one moment. When it could not be asked, {@code dmConnected}
 * is false, nothing is known live and every entry shows the status the admin asked for.
 *
 * @param dmName last name the DM reported (Location column), null if it never answered
 */
public record LiveSubscriptions(boolean dmConnected, String dmName, Map<String, LiveSubscription> byEntry,
                                List<RegistrationRefusal> refusals, long planRevision, boolean registrationOpen) {

    public static LiveSubscriptions of(SubscriptionsSnapshot snapshot, String dmName) {
        return new LiveSubscriptions(true, dmName,
                snapshot.subscriptions().stream().collect(Collectors.toMap(LiveSubscription::entryId, Function.identity(), (a, b) -> b)),
                snapshot.refusals(), snapshot.planRevision(), snapshot.registrationOpen());
    }

    public static LiveSubscriptions unreachable(String lastDmName) {
        return new LiveSubscriptions(false, lastDmName, Map.of(), List.of(), 0, false);
    }

    public Optional<LiveSubscription> find(String entryId) {
        return Optional.ofNullable(byEntry.get(entryId));
    }

    /**
     * The status the list shows: the DM's, except that an entry the admin set to To deregister shows so until the
     * DM reports it gone (the manual: "stays in the list with status To deregister"); unknown live: as requested.
     */
    public RegStatus statusOf(HandsetEntry entry) {
        RegStatus live = find(entry.id()).map(LiveSubscription::status).orElse(null);
        if (live == null) {
            return entry.requestedStatus();
        }
        if (entry.requestedStatus() == RegStatus.TO_DEREGISTER && live != RegStatus.NOT_REGISTERED) {
            return RegStatus.TO_DEREGISTER;
        }
        return live;
    }

    /** IPUI the entry's handset registered with, when the DM reports a concrete one. */
    public Optional<String> boundIpui(String entryId) {
        return find(entryId).map(LiveSubscription::ipui).filter(ipui -> ipui.matches("[0-9A-F]{10}"));
    }

    /** Entry id → registered IPUI, for the uniqueness rule. */
    public Map<String, String> boundIpuis() {
        Map<String, String> bound = new HashMap<>();
        byEntry.keySet().forEach(id -> boundIpui(id).ifPresent(ipui -> bound.put(id, ipui)));
        return bound;
    }

    /**
     * The plan with the facts the DM reported recorded as requests: an entry asked To register whose handset is
     * Registered now asks to keep that registration, so no later push reads as an invitation to register again.
     */
    public HandsetPlan adoptInto(HandsetPlan plan) {
        HandsetPlan adopted = plan;
        for (HandsetEntry entry : plan.entries()) {
            boolean registered = find(entry.id()).map(LiveSubscription::status).orElse(null) == RegStatus.REGISTERED;
            if (registered && entry.requestedStatus() == RegStatus.TO_REGISTER) {
                adopted = adopted.with(entry.withRequestedStatus(RegStatus.REGISTERED));
            }
        }
        return adopted;
    }
}
