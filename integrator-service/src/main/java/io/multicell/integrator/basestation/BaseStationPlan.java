package io.multicell.integrator.basestation;

import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.sync.SyncPlanRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The whole base station plan at one revision: every confirmed base, ordered by MAC. */
public record BaseStationPlan(long revision, List<ConfirmedBase> bases) {

    public BaseStationPlan {
        if (revision < 0) {
            throw new IllegalArgumentException("revision must be >= 0");
        }
        bases = bases.stream().sorted(Comparator.comparing(ConfirmedBase::mac)).toList();
    }

    public static BaseStationPlan empty() {
        return new BaseStationPlan(0, List.of());
    }

    public Optional<ConfirmedBase> find(MacAddress mac) {
        return bases.stream().filter(b -> b.mac().equals(mac)).findFirst();
    }

    public boolean contains(MacAddress mac) {
        return find(mac).isPresent();
    }

    /** The plan with {@code base} added, or replacing the base with its MAC. */
    public BaseStationPlan with(ConfirmedBase base) {
        var next = new ArrayList<ConfirmedBase>(bases.size() + 1);
        bases.stream().filter(b -> !b.mac().equals(base.mac())).forEach(next::add);
        next.add(base);
        return new BaseStationPlan(revision, next);
    }

    public BaseStationPlan without(java.util.Collection<MacAddress> macs) {
        return new BaseStationPlan(revision, bases.stream().filter(b -> !macs.contains(b.mac())).toList());
    }

    public BaseStationPlan atRevision(long next) {
        return new BaseStationPlan(next, bases);
    }

    /** The same plan with the RPN/RFPI the DM assigned; bases it did not mention keep what they had. */
    public BaseStationPlan withAssignments(Map<MacAddress, RadioIdentity> assignments) {
        return new BaseStationPlan(revision, bases.stream()
                .map(b -> assignments.containsKey(b.mac()) ? b.withRadio(assignments.get(b.mac())) : b)
                .toList());
    }

    /** Rules spanning bases (dect-core): one entry per MAC, level 1 at most once per cluster. */
    public void validate() throws InvalidValueException {
        SyncPlanRules.validate(bases.stream().map(ConfirmedBase::planned).toList());
    }
}
