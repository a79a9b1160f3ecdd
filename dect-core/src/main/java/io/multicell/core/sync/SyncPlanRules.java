package io.multicell.core.sync;

import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.MacAddress;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

/** Rules that span bases: one base per MAC, DECT level 1 at most once per cluster. */
public final class SyncPlanRules {

    private SyncPlanRules() {
    }

    /** Throws the first violation, naming the offending base's field. */
    public static void validate(Collection<PlannedBase> plan) {
        var seen = new HashSet<MacAddress>();
        Map<Integer, MacAddress> levelOneByCluster = new HashMap<>();
        for (PlannedBase base : plan) {
            if (!seen.add(base.mac())) {
                throw new InvalidValueException("mac", "base " + base.mac() + " is listed twice");
            }
            if (base.sync().syncLevel() == 1) {
                MacAddress other = levelOneByCluster.putIfAbsent(base.sync().cluster(), base.mac());
                if (other != null) {
                    throw new InvalidValueException("syncLevel",
                            "DECT level 1 may appear only once in each cluster: cluster " + base.sync().cluster()
                                    + " already has " + other + " on level 1");
                }
            }
        }
    }
}
