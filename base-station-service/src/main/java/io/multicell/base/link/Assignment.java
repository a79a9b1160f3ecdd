package io.multicell.base.link;

import io.multicell.core.identity.Rfpi;
import io.multicell.core.identity.Rpn;
import io.multicell.core.sync.BaseStationStatus;
import java.util.Optional;

/**
 * What the DM made of this base: RPN and RFPI once assigned, the admin's name, status and sync source.
 *
 * @param status empty when the DM did not say
 */
public record Assignment(
        boolean assigned,
        Optional<Rpn> rpn,
        Optional<Rfpi> rfpi,
        String name,
        Optional<BaseStationStatus> status,
        Optional<Rfpi> syncSource) {

    public Assignment {
        name = name == null ? "" : name;
    }
}
