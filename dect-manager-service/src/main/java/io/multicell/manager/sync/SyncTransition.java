package io.multicell.manager.sync;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.sync.SyncOutcome;
import java.util.Optional;

/**
 * One base whose sync state changed between two resolutions.
 *
 * @param previous empty when the base had no state before (newly planned, or first resolution of this run)
 * @param sequence per base, strictly increasing within one DM run
 */
public record SyncTransition(MacAddress mac, Optional<SyncOutcome> previous, SyncOutcome current, long sequence) {

    public boolean statusChanged() {
        return previous.map(p -> p.status() != current.status()).orElse(true);
    }
}
