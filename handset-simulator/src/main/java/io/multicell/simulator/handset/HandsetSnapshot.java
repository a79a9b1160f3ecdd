package io.multicell.simulator.handset;

import io.multicell.core.radio.FloorPosition;
import io.multicell.simulator.call.AnswerMode;
import io.multicell.simulator.call.CallState;
import java.util.Map;
import java.util.Optional;

/**
 * Immutable picture of one handset as the engine last left it; safe to read from any thread.
 *
 * @param lockedBaseMac          the base it locks to (also while the stream opens); empty when out of range
 * @param reachable              in range of at least one base in service
 * @param registered             holds a key from an accepted registration
 * @param lastRegistrationResult empty until a registration ended
 * @param lastAttachResult       empty until an attach ended
 * @param rssi                   what it hears (at or above sensitivity) from each base in service, by MAC, dBm
 * @param roams                  how often it re-locked from one base to another
 * @param answerMode             what it does when a call rings
 * @param callState              state of its current (or last) call; IDLE when it never had one
 * @param callId                 that call; empty when it never had one
 */
public record HandsetSnapshot(
        String id,
        String ipui,
        String model,
        String firmware,
        HandsetState state,
        FloorPosition position,
        Optional<String> lockedBaseMac,
        Optional<String> lockedRfpi,
        boolean reachable,
        boolean registered,
        boolean registrationPending,
        Optional<ProcedureResult> lastRegistrationResult,
        Optional<ProcedureResult> lastAttachResult,
        Map<String, Double> rssi,
        long roams,
        boolean walking,
        AnswerMode answerMode,
        CallState callState,
        Optional<String> callId) {

    public boolean attached() {
        return state == HandsetState.ATTACHED;
    }
}
