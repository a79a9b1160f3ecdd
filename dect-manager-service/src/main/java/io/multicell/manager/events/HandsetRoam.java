package io.multicell.manager.events;

import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Rfpi;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An idle handset locked to another base than its last one (topic multicell.roaming.v1, key IPUI).
 *
 * @param fromRfpi empty when the base it left is not planned
 * @param toRfpi   empty when the base it locked to is not planned
 */
public record HandsetRoam(UUID eventId, Instant occurredAt, Ipui ipui, MacAddress from, Optional<Rfpi> fromRfpi, MacAddress to,
                          Optional<Rfpi> toRfpi) implements DectManagerEvent {

    @Override
    public String key() {
        return ipui.value();
    }
}
