package io.multicell.manager.basestation;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Rfpi;
import io.multicell.core.identity.Rpn;
import java.util.List;

/** The plan in force after ApplyBaseStationPlan: its revision and the number of every planned base. */
public record AppliedPlan(long revision, List<Numbering> assignments) {

    /** RPN and RFPI of one planned base. */
    public record Numbering(MacAddress mac, Rpn rpn, Rfpi rfpi) {
    }
}
