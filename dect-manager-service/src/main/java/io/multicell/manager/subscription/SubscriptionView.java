package io.multicell.manager.subscription;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Rfpi;
import java.util.Optional;

/**
 * Live state of one entry as ListSubscriptions shows it.
 *
 * @param ipui         the bound handset's IPUI while registered, else the entry's pattern (may be a wildcard or empty)
 * @param reachable    true while the handset is attached at some base
 * @param locationBase the base it last attached at (registered handsets only)
 */
public record SubscriptionView(
        String entryId,
        String ipui,
        RegStatus status,
        boolean reachable,
        Optional<MacAddress> locationBase,
        Optional<Rfpi> locationRfpi,
        String model,
        String firmware) {
}
