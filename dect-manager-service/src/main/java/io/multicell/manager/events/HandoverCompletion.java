package io.multicell.manager.events;

import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Rfpi;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A handset in a call was handed over (topic multicell.handover.v1, key IPUI).
 *
 * @param reason   why the DM decided it (SIGNAL)
 * @param duration from the decision to the first voice frame on the target base
 */
public record HandoverCompletion(UUID eventId, Instant occurredAt, Ipui ipui, String callId, MacAddress from,
                                 Optional<Rfpi> fromRfpi, MacAddress to, Optional<Rfpi> toRfpi, String reason, boolean success,
                                 Duration duration) implements DectManagerEvent {

    /** The handset heard the target stronger than its bearer base by the hysteresis. */
    public static final String SIGNAL = "SIGNAL";

    @Override
    public String key() {
        return ipui.value();
    }
}
