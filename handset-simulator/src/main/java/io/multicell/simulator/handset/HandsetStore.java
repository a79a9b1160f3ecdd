package io.multicell.simulator.handset;

import io.multicell.core.radio.FloorPosition;
import java.util.Collection;
import java.util.List;

/** Where virtual handsets survive a restart of the simulator (schema handset_simulator). */
public interface HandsetStore {

    List<HandsetRecord> loadAll();

    /**
     * Stores new handsets, all or none.
     *
     * @throws DuplicateHandsetException when an id is taken
     */
    void insert(Collection<HandsetRecord> handsets);

    void savePosition(String id, FloorPosition position);

    /** The key of an accepted registration: from now on the handset is registered. */
    void saveKey(String id, byte[] uak);

    /** What the handset does when a call rings, kept like a phone setting. */
    void saveAnswerMode(String id, io.multicell.simulator.call.AnswerMode mode);

    void delete(String id);
}
