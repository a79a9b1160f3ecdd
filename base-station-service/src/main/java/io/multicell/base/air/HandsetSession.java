package io.multicell.base.air;

import io.multicell.base.voice.VoiceTarget;
import io.multicell.core.identity.Ipui;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One handset's air stream at this base: its state machine, the Lock it arrived with and the procedure it runs.
 * Owned by the air thread; not thread-safe.
 */
final class HandsetSession {

    /** Where a running procedure waits. */
    enum Phase {
        /** The request went to the DM; its challenge (or refusal) has not come back. */
        AWAITING_DM_CHALLENGE,
        /** The challenge went to the handset; its answer has not come back. */
        AWAITING_HANDSET,
        /** The answer went to the DM; its outcome has not come back. */
        AWAITING_DM_OUTCOME
    }

    final long id;
    final HandsetConnection connection;
    private final Clock clock;
    private SessionState state = SessionState.AWAITING_LOCK;
    private Instant since;
    private Uplink.Lock lock;

    private Procedure procedure;
    private Phase phase;
    private String transactionId = "";
    /** Rises with every procedure started, so that late DM answers of an abandoned one are recognised. */
    private long attempt;

    /** Calls this stream takes part in (alerted or set up here), whether their bearer is here or elsewhere. */
    final Set<String> calls = new HashSet<>(2);
    /** The bearer this stream carries; null when none. Kept by {@link CallBearers}. */
    Bearer carried;

    HandsetSession(long id, HandsetConnection connection, Clock clock) {
        this.id = id;
        this.connection = connection;
        this.clock = clock;
        this.since = clock.instant();
    }

    /** @throws IllegalSessionTransitionException when {@code next} may not follow the current state */
    void transitionTo(SessionState next) {
        if (!next.canFollow(state)) {
            throw new IllegalSessionTransitionException(state, next);
        }
        state = next;
        since = clock.instant();
    }

    SessionState state() {
        return state;
    }

    Instant since() {
        return since;
    }

    void locked(Uplink.Lock lock) {
        this.lock = lock;
        transitionTo(lock.isBearer() ? SessionState.BEARER : SessionState.LOCKED);
    }

    Optional<Uplink.Lock> lock() {
        return Optional.ofNullable(lock);
    }

    /** Where this stream's downlink voice goes (from its Lock); empty before the Lock or when it takes none. */
    Optional<VoiceTarget> voiceTarget() {
        return lock == null ? Optional.empty() : Optional.ofNullable(lock.voice());
    }

    Optional<Ipui> ipui() {
        return lock().map(Uplink.Lock::ipui);
    }

    boolean isLocked() {
        return lock != null && state != SessionState.CLOSED;
    }

    /** Starts {@code next} and returns its attempt number. */
    long start(Procedure next) {
        procedure = next;
        phase = Phase.AWAITING_DM_CHALLENGE;
        transactionId = "";
        transitionTo(next == Procedure.ACCESS_RIGHTS ? SessionState.REGISTERING : SessionState.ATTACHING);
        return ++attempt;
    }

    Optional<Procedure> procedure() {
        return Optional.ofNullable(procedure);
    }

    Phase phase() {
        return phase;
    }

    String transactionId() {
        return transactionId;
    }

    long attempt() {
        return attempt;
    }

    void challengeSent(String transactionId) {
        this.transactionId = transactionId;
        phase = Phase.AWAITING_HANDSET;
    }

    void answerRelayed() {
        phase = Phase.AWAITING_DM_OUTCOME;
    }

    /** Ends the running procedure: attached when an accepted location, else back to locked. */
    void finish(boolean attached) {
        procedure = null;
        phase = null;
        transactionId = "";
        transitionTo(attached ? SessionState.ATTACHED : SessionState.LOCKED);
    }

    void close() {
        procedure = null;
        phase = null;
        transitionTo(SessionState.CLOSED);
    }
}
