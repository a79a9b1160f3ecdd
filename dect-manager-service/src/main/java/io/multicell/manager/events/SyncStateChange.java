package io.multicell.manager.events;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Rfpi;
import io.multicell.core.sync.BaseStationStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A base changed its sync status, effective level or source (topic multicell.sync.v1).
 *
 * @param previousStatus empty when the DM had no status for the base before (first resolution after start or newly planned)
 * @param sequence       per base, strictly increasing within one DM run
 */
public record SyncStateChange(
        UUID eventId,
        Instant occurredAt,
        MacAddress mac,
        Rfpi rfpi,
        String name,
        int cluster,
        int syncLevel,
        Optional<BaseStationStatus> previousStatus,
        BaseStationStatus status,
        String syncType,
        Optional<MacAddress> syncSourceMac,
        Optional<Rfpi> syncSourceRfpi,
        long sequence) implements DectManagerEvent {

    @Override
    public String key() {
        return mac.value();
    }
}
