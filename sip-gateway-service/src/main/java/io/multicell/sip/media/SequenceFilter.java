package io.multicell.sip.media;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/**
 * Drops copies of uplink frames: during a handover the handset sends every frame on both bearers, and only the
 * first copy of each sequence number goes on to the PBX. Remembers the last {@value #WINDOW} sequence numbers seen.
 * Not thread-safe: its owner serialises calls.
 */
public final class SequenceFilter {

    static final int WINDOW = 512;

    private final Set<Long> seen = new HashSet<>();
    private final ArrayDeque<Long> order = new ArrayDeque<>();

    /** Whether the frame of this sequence number is new (true) or a copy (false). */
    public boolean firstCopy(long sequence) {
        if (!seen.add(sequence)) {
            return false;
        }
        order.addLast(sequence);
        if (order.size() > WINDOW) {
            seen.remove(order.removeFirst());
        }
        return true;
    }
}
