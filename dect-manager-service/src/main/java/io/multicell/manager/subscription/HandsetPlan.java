package io.multicell.manager.subscription;

import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.Ipui;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The handset plan the integrator applies as a whole: the entries of the Mobile devices list in list order,
 * the Registration Centre window (none: closed) and the most handsets that may be registered.
 */
public record HandsetPlan(long revision, List<HandsetEntry> entries, Optional<RegistrationWindow> window, int maxHandsets) {

    /** The N670 profile's handset limit, in force until the first plan arrives. */
    public static final int DEFAULT_MAX_HANDSETS = 20;

    /** What a DM runs before any plan was applied: no entries, window closed. */
    public static final HandsetPlan NONE = new HandsetPlan(0, List.of(), Optional.empty(), DEFAULT_MAX_HANDSETS);

    public HandsetPlan {
        if (revision < 0) {
            throw new InvalidValueException("revision", "must not be negative");
        }
        entries = List.copyOf(entries);
        window = window == null ? Optional.empty() : window;
        if (maxHandsets < 1) {
            throw new InvalidValueException("maxHandsets", "must be at least 1");
        }
        Map<String, HandsetEntry> ids = new HashMap<>();
        Map<Ipui, String> concrete = new HashMap<>();
        for (HandsetEntry entry : entries) {
            String field = "entries[" + entry.entryId() + "]";
            if (ids.put(entry.entryId(), entry) != null) {
                throw new InvalidValueException(field + ".entryId", "must be unique");
            }
            entry.ipui().concrete().ifPresent(ipui -> {
                String other = concrete.putIfAbsent(ipui, entry.entryId());
                if (other != null) {
                    throw new InvalidValueException(field + ".ipui", ipui + " is already the IPUI of entry " + other);
                }
            });
        }
    }

    public Map<String, HandsetEntry> entriesById() {
        Map<String, HandsetEntry> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.entryId(), e));
        return byId;
    }

    public boolean registrationOpen(java.time.Instant now) {
        return window.map(w -> w.contains(now)).orElse(false);
    }
}
