package io.multicell.manager.events;

import io.multicell.core.identity.Ipui;
import java.time.Instant;
import java.util.UUID;

/**
 * A handset's registration status changed, or an attempt was refused (topic multicell.registration.v1, key IPUI).
 *
 * @param entryId empty for a refusal that matched no single entry
 * @param status  "Registered", "Not registered" or "Refused"
 * @param reason  why, for refusals and de-registrations
 */
public record RegistrationChange(UUID eventId, Instant occurredAt, Ipui ipui, String entryId, String status, String reason)
        implements DectManagerEvent {

    public static final String REFUSED = "Refused";

    @Override
    public String key() {
        return ipui.value();
    }
}
