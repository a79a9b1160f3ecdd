package io.multicell.simulator.handset;

import io.multicell.core.radio.FloorPosition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The handset store as a map: what survives a restart of the engine in plain tests. */
final class InMemoryHandsetStore implements HandsetStore {

    final Map<String, HandsetRecord> records = new TreeMap<>();

    @Override
    public List<HandsetRecord> loadAll() {
        return new ArrayList<>(records.values());
    }

    @Override
    public void insert(Collection<HandsetRecord> handsets) {
        for (HandsetRecord h : handsets) {
            if (records.containsKey(h.id())) {
                throw new DuplicateHandsetException(h.id());
            }
        }
        handsets.forEach(h -> records.put(h.id(), h));
    }

    @Override
    public void savePosition(String id, FloorPosition position) {
        var h = records.get(id);
        records.put(id, new HandsetRecord(id, h.ipui(), h.model(), h.firmware(), position, h.uak(), h.answerMode()));
    }

    @Override
    public void saveKey(String id, byte[] uak) {
        var h = records.get(id);
        records.put(id, new HandsetRecord(id, h.ipui(), h.model(), h.firmware(), h.position(), Optional.of(uak),
                h.answerMode()));
    }

    @Override
    public void saveAnswerMode(String id, io.multicell.simulator.call.AnswerMode mode) {
        var h = records.get(id);
        records.put(id, new HandsetRecord(id, h.ipui(), h.model(), h.firmware(), h.position(), h.uak(), mode));
    }

    @Override
    public void delete(String id) {
        records.remove(id);
    }
}
