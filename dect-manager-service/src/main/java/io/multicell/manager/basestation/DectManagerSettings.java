package io.multicell.manager.basestation;

import io.multicell.core.identity.Rpn;
import java.time.Duration;

/**
 * What the registry needs of the configuration.
 *
 * @param name         DM name
 * @param rpnGroup     RPN group 0..3
 * @param offlineAfter heartbeat silence after which a base is Offline
 * @param eventSource  source field of the events it publishes
 */
public record DectManagerSettings(String name, int rpnGroup, Duration offlineAfter, String eventSource) {

    public DectManagerSettings {
        Rpn.of(rpnGroup, 0); // fails early on a group outside 0..3
        if (offlineAfter.isNegative() || offlineAfter.isZero()) {
            throw new IllegalArgumentException("multicell.dm.offline-after must be positive");
        }
    }
}
