package io.multicell.integrator.basestation;

import io.multicell.core.identity.MacAddress;
import io.multicell.integrator.dm.LiveBaseStation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the DECT manager reported at one moment. When it could not be asked, {@code dmConnected} is false and
 * no base is known; {@code dmName} is then the last name it reported (null if it never answered).
 */
public record LiveState(boolean dmConnected, String dmName, Map<MacAddress, LiveBaseStation> bases) {

    public static LiveState of(String dmName, List<LiveBaseStation> bases) {
        return new LiveState(true, dmName, bases.stream()
                .collect(Collectors.toMap(LiveBaseStation::mac, Function.identity(), (a, b) -> b)));
    }

    public static LiveState unreachable(String lastDmName) {
        return new LiveState(false, lastDmName, Map.of());
    }

    public Optional<LiveBaseStation> find(MacAddress mac) {
        return Optional.ofNullable(bases.get(mac));
    }

    /** Bases the DM sees that are not in the integrator's plan: the pending list. */
    public List<LiveBaseStation> pending(BaseStationPlan plan) {
        return bases.values().stream()
                .filter(b -> !plan.contains(b.mac()))
                .sorted(java.util.Comparator.comparing(LiveBaseStation::mac))
                .toList();
    }
}
