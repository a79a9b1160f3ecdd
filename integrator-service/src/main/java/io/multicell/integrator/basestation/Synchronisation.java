package io.multicell.integrator.basestation;

import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.sync.SyncSettings;
import io.multicell.core.sync.SyncSlave;
import io.multicell.integrator.dm.DectManagerClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;

/** The manual's "Base station synchronisation" and "Cluster configuration" pages. */
@ApplicationScoped
public class Synchronisation {

    private final PlanCoordinator coordinator;
    private final LiveStateReader liveState;
    private final BaseStationAdministration administration;
    private final DectManagerClient dm;

    public Synchronisation(PlanCoordinator coordinator, LiveStateReader liveState, BaseStationAdministration administration,
                           DectManagerClient dm) {
        this.coordinator = coordinator;
        this.liveState = liveState;
        this.administration = administration;
        this.dm = dm;
    }

    /** Every activated connected base, by cluster, then level, then MAC. */
    public List<SynchronisationRow> list() {
        BaseStationPlan plan = coordinator.current();
        LiveState live = liveState.read();
        return plan.bases().stream()
                .filter(ConfirmedBase::activated)
                .sorted(Comparator.comparingInt((ConfirmedBase b) -> b.sync().cluster())
                        .thenComparingInt(b -> b.sync().syncLevel())
                        .thenComparing(ConfirmedBase::mac))
                .map(b -> SynchronisationRow.of(b, live.find(b.mac()).orElse(null), live.dmName()))
                .toList();
    }

    public BaseStationView update(MacAddress mac, BaseStationSettings syncSettings) {
        return administration.update(mac, syncSettings);
    }

    /** "Synchronise all": returns how many bases changed status. */
    public int synchroniseAll() {
        return dm.synchronise(0, SyncSlave.NONE);
    }

    /** Synchronises one cluster (1..9), optionally forcing DECT or LAN synchronisation. */
    public int synchroniseCluster(String clusterText, String syncSlaveText) {
        int cluster = parseCluster(clusterText);
        SyncSlave slave = syncSlaveText == null || syncSlaveText.isBlank()
                ? SyncSlave.NONE
                : BaseStationSettings.parseSyncSlave("syncSlave", syncSlaveText);
        return dm.synchronise(cluster, slave);
    }

    static int parseCluster(String text) {
        try {
            int cluster = Integer.parseInt(text.trim());
            if (cluster >= 1 && cluster <= SyncSettings.MAX_CLUSTER) {
                return cluster;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below with the same rule as an out-of-range number
        }
        throw new InvalidValueException("cluster", "must be 1..9");
    }
}
