package io.multicell.manager.basestation;

import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Rpn;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers the bases of a plan: a base keeps the RPN it has, a newly confirmed base gets the lowest free index
 * of the DM's RPN group, and a base that left the plan frees its RPN.
 */
public final class RpnAllocator {

    private RpnAllocator() {
    }

    /**
     * @param group   the DM's RPN group, 0..3
     * @param planned the bases of the new plan, in plan order (new bases are numbered in this order)
     * @param current the RPNs of the plan in force
     * @return the RPN of every planned base
     */
    public static Map<MacAddress, Rpn> allocate(int group, List<MacAddress> planned, Map<MacAddress, Rpn> current) {
        Map<MacAddress, Rpn> result = new LinkedHashMap<>();
        Set<Rpn> used = new HashSet<>();
        for (MacAddress mac : planned) {
            Rpn kept = current.get(mac);
            if (kept != null) {
                result.put(mac, kept);
                used.add(kept);
            }
        }
        int next = 0;
        for (MacAddress mac : planned) {
            if (result.containsKey(mac)) {
                continue;
            }
            while (next < Rpn.PER_GROUP && used.contains(Rpn.of(group, next))) {
                next++;
            }
            try {
                Rpn rpn = Rpn.of(group, next);
                result.put(mac, rpn);
                used.add(rpn);
            } catch (InvalidValueException full) {
                throw full.under("baseStations[" + mac + "]");
            }
        }
        // Plan order for the new bases, but the caller wants every base: rebuild in plan order.
        Map<MacAddress, Rpn> ordered = new LinkedHashMap<>();
        planned.forEach(mac -> ordered.put(mac, result.get(mac)));
        return ordered;
    }
}
