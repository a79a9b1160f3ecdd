package io.multicell.manager.basestation;

import io.multicell.core.identity.Rfpi;
import io.multicell.core.identity.Rpn;
import io.multicell.core.sync.BaseStationStatus;
import java.util.Optional;

/** What the DM made of a base: pushed down its control stream after Hello and whenever any part changes. */
public record Assignment(
        boolean assigned,
        Optional<Rpn> rpn,
        Optional<Rfpi> rfpi,
        String name,
        BaseStationStatus status,
        Optional<Rfpi> syncSource) {

    /** A connected base the admin has not confirmed: available, not activated, not numbered. */
    public static Assignment pending() {
        return new Assignment(false, Optional.empty(), Optional.empty(), "", BaseStationStatus.DEACTIVATED, Optional.empty());
    }
}
