package io.multicell.manager.subscription;

import io.multicell.core.identity.Ipui;
import java.time.Instant;
import java.util.Optional;

/**
 * The handset an entry is bound to. Registered while it holds a UAK; a de-registered subscription keeps the
 * handset's identity (for the list and the events) but has lost its key, so the handset can no longer attach.
 */
public record Subscription(String entryId, Ipui ipui, Optional<Uak> uak, String model, String firmware, Instant registeredAt) {

    public Subscription {
        model = model == null ? "" : model;
        firmware = firmware == null ? "" : firmware;
        uak = uak == null ? Optional.empty() : uak;
    }

    public boolean registered() {
        return uak.isPresent();
    }

    /** What the database keeps in the status column. */
    public RegStatus status() {
        return registered() ? RegStatus.REGISTERED : RegStatus.NOT_REGISTERED;
    }

    public Subscription deregistered() {
        return new Subscription(entryId, ipui, Optional.empty(), model, firmware, registeredAt);
    }

    public Subscription reporting(String newModel, String newFirmware) {
        return new Subscription(entryId, ipui, uak, newModel, newFirmware, registeredAt);
    }
}
