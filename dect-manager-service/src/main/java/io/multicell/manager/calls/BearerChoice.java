package io.multicell.manager.calls;

import io.multicell.core.identity.MacAddress;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which base carries a new call's bearer: the base the handset is at if it has a free channel, else the strongest
 * base the handset hears of the same cluster, in Sync and online, with a free channel (overload balancing).
 *
 * @param bearer      empty: no base has a channel (NO_CHANNEL)
 * @param fullAtFirst the handset's base had no free channel (it counts Busy)
 */
public record BearerChoice(Optional<MacAddress> bearer, boolean fullAtFirst) {

    /**
     * @param at      the base the handset answered the page / dialled through
     * @param heard   the bases the handset hears (any order; unknown bases and {@code at} itself are skipped)
     * @param bases   what the DM knows of a base
     * @param hasFree whether a base has a free channel for this call
     */
    public static BearerChoice choose(MacAddress at, List<Heard> heard, Function<MacAddress, Optional<CallBase>> bases,
                                      Predicate<MacAddress> hasFree) {
        if (hasFree.test(at)) {
            return new BearerChoice(Optional.of(at), false);
        }
        int cluster = bases.apply(at).map(CallBase::cluster).orElse(0);
        if (cluster == 0) {
            return new BearerChoice(Optional.empty(), true);
        }
        Optional<MacAddress> neighbour = heard.stream()
                .filter(h -> !h.base().equals(at))
                .sorted(Comparator.comparingDouble(Heard::rssiDbm).reversed())
                .map(Heard::base)
                .filter(mac -> bases.apply(mac).filter(b -> b.canCarry() && b.cluster() == cluster).isPresent())
                .filter(hasFree)
                .findFirst();
        return new BearerChoice(neighbour, true);
    }
}
