package io.multicell.manager.location;

import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which base every registered handset is locked to. A handset that left its base (air stream ended, base lost)
 * keeps its last location but is not reachable; paging starts there.
 */
public final class LocationRegistry {

    private final Map<Ipui, HandsetLocation> locations = new HashMap<>();

    public Optional<HandsetLocation> of(Ipui ipui) {
        return Optional.ofNullable(locations.get(ipui));
    }

    /** A location read back from the store: nobody is reachable until a base says so. */
    public void restore(Ipui ipui, MacAddress base, Instant updatedAt) {
        locations.put(ipui, new HandsetLocation(base, updatedAt, false));
    }

    /**
     * The handset attached at {@code base}: it is reachable there now.
     *
     * @return where it was before, if the DM knew
     */
    public Optional<HandsetLocation> attach(Ipui ipui, MacAddress base, Instant now) {
        return Optional.ofNullable(locations.put(ipui, new HandsetLocation(base, now, true)));
    }

    /** The handset's air stream at {@code base} ended; ignored when it has attached elsewhere since. */
    public boolean detach(Ipui ipui, MacAddress base) {
        HandsetLocation location = locations.get(ipui);
        if (location == null || !location.base().equals(base) || !location.reachable()) {
            return false;
        }
        locations.put(ipui, new HandsetLocation(base, location.updatedAt(), false));
        return true;
    }

    /** The base went away: none of its handsets is reachable any more. Returns those that were. */
    public List<Ipui> baseLost(MacAddress base) {
        List<Ipui> lost = reachableAt(base);
        lost.forEach(ipui -> detach(ipui, base));
        return lost;
    }

    /** Handsets reachable at {@code base} now. */
    public List<Ipui> reachableAt(MacAddress base) {
        List<Ipui> here = new ArrayList<>();
        locations.forEach((ipui, location) -> {
            if (location.reachable() && location.base().equals(base)) {
                here.add(ipui);
            }
        });
        return here;
    }

    public int countReachableAt(MacAddress base) {
        return (int) locations.values().stream().filter(l -> l.reachable() && l.base().equals(base)).count();
    }

    public void forget(Ipui ipui) {
        locations.remove(ipui);
    }

    public void forgetAll(Collection<Ipui> ipuis) {
        ipuis.forEach(locations::remove);
    }
}
