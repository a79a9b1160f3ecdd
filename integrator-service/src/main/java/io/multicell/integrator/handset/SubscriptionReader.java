package io.multicell.integrator.handset;

import io.multicell.integrator.dm.DectManagerClient;
import io.multicell.integrator.dm.DectManagerFailedException;
import io.multicell.integrator.dm.DectManagerUnreachableException;
import io.multicell.integrator.dm.HandsetSubscriptionsClient;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Asks the DM for the live state of the handset entries; read views degrade to "DM not connected" instead of failing. */
@ApplicationScoped
public class SubscriptionReader {

    private static final Logger LOG = Logger.getLogger(SubscriptionReader.class);

    private final HandsetSubscriptionsClient subscriptions;
    private final DectManagerClient dm;
    private volatile String lastDmName;

    public SubscriptionReader(HandsetSubscriptionsClient subscriptions, DectManagerClient dm) {
        this.subscriptions = subscriptions;
        this.dm = dm;
    }

    /** For read views: never throws because of the DM. */
    public LiveSubscriptions read() {
        try {
            var snapshot = subscriptions.list();
            return LiveSubscriptions.of(snapshot, dmName());
        } catch (DectManagerUnreachableException | DectManagerFailedException e) {
            LOG.debugf("Showing handset entries without live state: %s", e.getMessage());
            return LiveSubscriptions.unreachable(lastDmName);
        }
    }

    /** For changes and anything that must know the live state: the DM must answer. */
    public LiveSubscriptions require() {
        return LiveSubscriptions.of(subscriptions.list(), lastDmName);
    }

    private String dmName() {
        try {
            lastDmName = dm.summary().name();
        } catch (DectManagerUnreachableException | DectManagerFailedException e) {
            LOG.debugf("DM name unknown: %s", e.getMessage());
        }
        return lastDmName;
    }
}
