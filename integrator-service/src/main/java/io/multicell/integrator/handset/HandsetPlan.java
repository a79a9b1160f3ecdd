package io.multicell.integrator.handset;

import io.multicell.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The handset plan the integrator owns and pushes whole to the DM: the entries of the Mobile devices list (in list
 * order) and the registration window, at a revision the DM accepted.
 */
public record HandsetPlan(long revision, List<HandsetEntry> entries, RegistrationWindow window) {

    public HandsetPlan {
        entries = List.copyOf(entries);
        window = window == null ? RegistrationWindow.closed() : window;
    }

    public static HandsetPlan empty() {
        return new HandsetPlan(0, List.of(), RegistrationWindow.closed());
    }

    public Optional<HandsetEntry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The plan with {@code entry} replaced in place, or appended when it is new. */
    public HandsetPlan with(HandsetEntry entry) {
        var next = new ArrayList<HandsetEntry>(entries.size() + 1);
        boolean replaced = false;
        for (HandsetEntry e : entries) {
            if (e.id().equals(entry.id())) {
                next.add(entry);
                replaced = true;
            } else {
                next.add(e);
            }
        }
        if (!replaced) {
            next.add(entry);
        }
        return new HandsetPlan(revision, next, window);
    }

    public HandsetPlan without(Collection<String> ids) {
        Set<String> doomed = Set.copyOf(ids);
        return new HandsetPlan(revision, entries.stream().filter(e -> !doomed.contains(e.id())).toList(), window);
    }

    public HandsetPlan withWindow(RegistrationWindow next) {
        return new HandsetPlan(revision, entries, next);
    }

    public HandsetPlan atRevision(long next) {
        return new HandsetPlan(next, entries, window);
    }

    /** Same entries and window, whatever the revision: a change that changes nothing is not sent. */
    public boolean sameContent(HandsetPlan other) {
        return entries.equals(other.entries) && window.equals(other.window);
    }

    /**
     * Same entries and window as far as the DM is concerned (VoIP accounts are the SIP gateway's business): when only
     * accounts change, the DM is not sent a new plan.
     */
    public boolean sameDectContent(HandsetPlan other) {
        return window.equals(other.window) && withoutAccounts(entries).equals(withoutAccounts(other.entries));
    }

    private static List<HandsetEntry> withoutAccounts(List<HandsetEntry> entries) {
        return entries.stream().map(e -> e.withVoipAccount(VoipAccount.NONE)).toList();
    }

    /**
     * The rules spanning entries: at most {@code maxHandsets} entries (a plan that already has more because the
     * setting was lowered may still shrink), every IPUI and wildcard slot at most once, counting the IPUIs handsets
     * registered with ({@code bound}: entry id → IPUI), and every internal number at most once.
     */
    public void validate(int maxHandsets, HandsetPlan before, Map<String, String> bound) {
        if (entries.size() > maxHandsets && entries.size() > before.entries.size()) {
            throw new InvalidValueException("handsets", "the system allows at most " + maxHandsets + " handsets");
        }
        Map<String, String> ipuis = new HashMap<>();
        Map<String, String> numbers = new HashMap<>();
        for (HandsetEntry entry : entries) {
            for (String identity : identities(entry, bound)) {
                String other = ipuis.putIfAbsent(identity, entry.id());
                if (other != null && !other.equals(entry.id())) {
                    throw new InvalidValueException("ipui", identity + " is already used by another entry");
                }
            }
            if (!entry.internalNumber().isEmpty() && numbers.putIfAbsent(entry.internalNumber(), entry.id()) != null) {
                throw new InvalidValueException("internalNumber", entry.internalNumber() + " is already used by another entry");
            }
        }
    }

    /** What identifies the handset of an entry: its IPUI or wildcard slot, and the IPUI it registered with. */
    private static List<String> identities(HandsetEntry entry, Map<String, String> bound) {
        var identities = new ArrayList<String>(2);
        if (!entry.ipui().text().isEmpty()) {
            identities.add(entry.ipui().text());
        }
        String registered = bound.get(entry.id());
        if (registered != null && !registered.isEmpty() && !identities.contains(registered)) {
            identities.add(registered);
        }
        return identities;
    }
}
