package io.multicell.manager.basestation;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Pari;
import io.multicell.core.identity.Rfpi;
import io.multicell.core.identity.Rpn;

/** A planned base together with the RPN this DM gave it. */
public record AssignedBase(ConfirmedBase config, Rpn rpn) {

    public MacAddress mac() {
        return config.mac();
    }

    public Rfpi rfpi(Pari pari) {
        return new Rfpi(pari, rpn);
    }
}
