package io.multicell.manager.calls;

import io.multicell.core.identity.MacAddress;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * When to hand a connected call over, and to which base: the strongest heard base of the bearer base's cluster, in
 * Sync and online, with a free channel, heard at least {@code hysteresisDb} stronger than the bearer base. Never across
 * clusters, never to a base that is not in Sync. A bearer base the handset no longer hears counts as infinitely weak
 * (any qualifying base is better). Pure: the caller brings the state.
 */
public final class HandoverPolicy {

    private final double hysteresisDb;

    public HandoverPolicy(double hysteresisDb) {
        this.hysteresisDb = hysteresisDb;
    }

    public Optional<Heard> target(MacAddress bearer, List<Heard> heard, Function<MacAddress, Optional<CallBase>> bases,
                                  Predicate<MacAddress> hasFree) {
        int cluster = bases.apply(bearer).map(CallBase::cluster).orElse(0);
        if (cluster == 0) {
            return Optional.empty();
        }
        double bearerRssi = heard.stream().filter(h -> h.base().equals(bearer)).mapToDouble(Heard::rssiDbm).max()
                .orElse(Double.NEGATIVE_INFINITY);
        return heard.stream()
                .filter(h -> !h.base().equals(bearer))
                .filter(h -> h.rssiDbm() >= bearerRssi + hysteresisDb)
                .filter(h -> bases.apply(h.base()).filter(b -> b.canCarry() && b.cluster() == cluster).isPresent())
                .filter(h -> hasFree.test(h.base()))
                .max(Comparator.comparingDouble(Heard::rssiDbm));
    }
}
