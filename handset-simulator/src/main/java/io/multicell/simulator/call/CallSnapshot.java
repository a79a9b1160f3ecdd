package io.multicell.simulator.call;

import io.multicell.simulator.air.Codec;
import io.multicell.simulator.air.ReleaseCause;
import java.util.List;
import java.util.Optional;

/**
 * A handset's current (or last) call as the engine last saw it; immutable.
 *
 * @param remoteNumber  the dialled number, or the calling number of an incoming call (may be empty)
 * @param bearerBases   MACs of the bases carrying the call now (two during a handover)
 * @param handovers     handovers completed (the call left one base for another)
 * @param releaseCause  why it ended; empty while it is in progress
 * @param releaseReason for a person: the network's reason, or what the handset did
 * @param keysSent      keys pressed in the call (0-9 * # A-D), in order
 * @param keysReceived  keys the far end sent (DTMF), in order
 */
public record CallSnapshot(
        String callId,
        CallDirection direction,
        CallState state,
        String remoteNumber,
        String remoteName,
        Codec codec,
        boolean answered,
        List<String> bearerBases,
        int handovers,
        Optional<ReleaseCause> releaseCause,
        int sipStatus,
        String releaseReason,
        MediaCounters media,
        String keysSent,
        String keysReceived) {
}
