package io.multicell.manager.subscription;

import java.time.Duration;

/**
 * What the handset side needs of the configuration.
 *
 * @param transactionTimeout how long a challenge stays answerable
 * @param refusalsKept       how many refused registration attempts ListSubscriptions shows
 * @param pageLastBaseWait   how long a page waits for an answer through the handset's last known base
 * @param pageClusterWait    how long it then waits for an answer through the whole cluster
 */
public record HandsetSettings(Duration transactionTimeout, int refusalsKept, Duration pageLastBaseWait, Duration pageClusterWait) {

    public HandsetSettings {
        if (transactionTimeout.isNegative() || transactionTimeout.isZero()) {
            throw new IllegalArgumentException("multicell.dm.handsets.transaction-timeout must be positive");
        }
        if (refusalsKept < 1) {
            throw new IllegalArgumentException("multicell.dm.handsets.refusals-kept must be at least 1");
        }
    }

    public static HandsetSettings defaults() {
        return new HandsetSettings(Duration.ofSeconds(10), 100, Duration.ofSeconds(1), Duration.ofSeconds(2));
    }
}
