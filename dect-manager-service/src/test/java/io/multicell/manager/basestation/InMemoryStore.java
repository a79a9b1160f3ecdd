package io.multicell.manager.basestation;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Pari;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Keeps the DM's persistent state in memory; can be told to fail like a database that went away. */
final class InMemoryStore implements DectManagerStore {

    Pari pari;
    long revision;
    boolean ledDisplay = true;
    List<StoredBase> bases = new ArrayList<>();
    int planWrites;
    boolean failing;

    @Override
    public Pari identity(Supplier<Pari> firstStart) {
        if (pari == null) {
            pari = firstStart.get();
        }
        return pari;
    }

    @Override
    public StoredPlan loadPlan() {
        return new StoredPlan(revision, ledDisplay, List.copyOf(bases));
    }

    @Override
    public void replacePlan(long revision, List<StoredBase> bases) {
        failIfAsked();
        this.revision = revision;
        this.bases = new ArrayList<>(bases);
        planWrites++;
    }

    @Override
    public void saveLedDisplay(boolean enabled) {
        failIfAsked();
        ledDisplay = enabled;
    }

    @Override
    public void saveLastSeen(MacAddress mac, LastSeen lastSeen) {
        failIfAsked();
        bases.replaceAll(b -> b.base().mac().equals(mac) ? new StoredBase(b.base(), lastSeen) : b);
    }

    private void failIfAsked() {
        if (failing) {
            throw new IllegalStateException("database down");
        }
    }
}
