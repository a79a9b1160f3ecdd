package io.multicell.integrator.basestation;

import io.multicell.core.identity.Rfpi;
import io.multicell.core.identity.Rpn;

/** RPN and RFPI the DECT manager assigned to a confirmed base. */
public record RadioIdentity(Rpn rpn, Rfpi rfpi) {
}
