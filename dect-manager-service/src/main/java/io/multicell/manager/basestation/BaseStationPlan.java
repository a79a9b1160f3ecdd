package io.multicell.manager.basestation;

import io.multicell.core.InvalidValueException;
import io.multicell.core.sync.PlannedBase;
import io.multicell.core.sync.SyncPlanRules;
import java.util.ArrayList;
import java.util.List;

/** The whole plan the integrator sends: every confirmed base of this DM, under a revision. */
public record BaseStationPlan(long revision, List<ConfirmedBase> bases) {

    public BaseStationPlan {
        if (revision < 1) {
            throw new InvalidValueException("revision", "must be at least 1");
        }
        bases = List.copyOf(bases);
        checkRulesAcrossBases(bases);
    }

    /** Runs the cross-base rules and reports the violation under the base that breaks them. */
    private static void checkRulesAcrossBases(List<ConfirmedBase> bases) {
        List<PlannedBase> planned = bases.stream().map(b -> b.planned(false)).toList();
        try {
            SyncPlanRules.validate(planned);
        } catch (InvalidValueException violation) {
            // The rules name the field but not the base; the first prefix that fails ends with the offender.
            List<PlannedBase> prefix = new ArrayList<>();
            for (PlannedBase base : planned) {
                prefix.add(base);
                try {
                    SyncPlanRules.validate(prefix);
                } catch (InvalidValueException first) {
                    throw first.under("baseStations[" + base.mac() + "]");
                }
            }
            throw violation;
        }
    }
}
