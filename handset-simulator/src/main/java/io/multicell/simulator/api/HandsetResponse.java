package io.multicell.simulator.api;

import io.multicell.simulator.handset.HandsetSnapshot;
import io.multicell.simulator.handset.ProcedureResult;
import java.util.Map;

/**
 * One virtual handset as GET /api/v1/handsets/{id} shows it.
 *
 * @param state                  OUT_OF_RANGE, LOCKING, LOCKED_UNREGISTERED, REGISTERING, ATTACHING, ATTACHED or REFUSED
 * @param lockedBaseMac          the base it is locked to; null when out of range
 * @param lockedRfpi             that base's RFPI; null when out of range or the base has none yet
 * @param attached               state is ATTACHED: the DM located it at that base
 * @param reachable              in radio range of at least one base in service
 * @param registered             holds a key from an accepted registration
 * @param registrationPending    a registration was asked for and has not ended
 * @param lastRegistrationResult null until a registration ended
 * @param lastAttachResult       null until an attach ended
 * @param rssi                   dBm at which it hears each base in service (at or above sensitivity), by MAC
 * @param roams                  re-locks from one base to another
 * @param walking                moving along a path now
 * @param answerMode             MANUAL, AUTO, BUSY or REJECT: what it does when a call rings
 * @param callState              IDLE (never had a call), DIALLING, PROCEEDING, RINGBACK, RINGING, CONNECTED or RELEASED
 * @param callId                 its current or last call; null when it never had one
 */
public record HandsetResponse(
        String id,
        String ipui,
        String model,
        String firmware,
        String state,
        Requests.Position position,
        String lockedBaseMac,
        String lockedRfpi,
        boolean attached,
        boolean reachable,
        boolean registered,
        boolean registrationPending,
        Result lastRegistrationResult,
        Result lastAttachResult,
        Map<String, Double> rssi,
        long roams,
        boolean walking,
        String answerMode,
        String callState,
        String callId) {

    /** Outcome of a procedure; {@code reason} is empty when accepted. */
    public record Result(boolean accepted, String reason) {

        static Result of(ProcedureResult result) {
            return new Result(result.accepted(), result.reason());
        }
    }

    static HandsetResponse of(HandsetSnapshot h) {
        return new HandsetResponse(h.id(), h.ipui(), h.model(), h.firmware(), h.state().name(),
                new Requests.Position(h.position().x(), h.position().y()),
                h.lockedBaseMac().orElse(null), h.lockedRfpi().orElse(null),
                h.attached(), h.reachable(), h.registered(), h.registrationPending(),
                h.lastRegistrationResult().map(Result::of).orElse(null),
                h.lastAttachResult().map(Result::of).orElse(null),
                h.rssi(), h.roams(), h.walking(), h.answerMode().name(), h.callState().name(),
                h.callId().orElse(null));
    }
}
