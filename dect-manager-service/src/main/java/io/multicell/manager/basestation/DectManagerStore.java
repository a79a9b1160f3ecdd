package io.multicell.manager.basestation;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Pari;
import java.util.List;
import java.util.function.Supplier;

/** Where the DM keeps what must survive a restart: its identity, the applied plan with its RPNs, the LED setting. */
public interface DectManagerStore {

    /** The DM's PARI; drawn with {@code firstStart} and stored the first time, read back ever after. */
    Pari identity(Supplier<Pari> firstStart);

    StoredPlan loadPlan();

    /** Replaces the stored plan and its revision in one transaction. */
    void replacePlan(long revision, List<StoredBase> bases);

    void saveLedDisplay(boolean enabled);

    /** Records the last Hello of a planned base. */
    void saveLastSeen(MacAddress mac, LastSeen lastSeen);

    /** The persisted plan. */
    record StoredPlan(long revision, boolean ledDisplay, List<StoredBase> bases) {
    }

    /** One persisted base: configuration, RPN and what it last reported. */
    record StoredBase(AssignedBase base, LastSeen lastSeen) {
    }
}
