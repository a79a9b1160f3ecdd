package io.multicell.simulator.handset;

import io.multicell.core.access.Pin;
import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.FloorPosition;
import io.multicell.simulator.air.AirStream;
import io.multicell.simulator.call.AnswerMode;
import io.multicell.simulator.call.CallSession;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One virtual handset: identity, position, key, the base it locks to and its state machine. Owned by the engine
 * thread; not thread-safe. The {@link HandsetEngine} drives it; this class keeps its state consistent.
 */
final class VirtualHandset {

    final String id;
    final Ipui ipui;
    final String model;
    final String firmware;
    private final Clock clock;

    private HandsetState state = HandsetState.OUT_OF_RANGE;
    private Instant since;
    private FloorPosition position;
    private Walk walk;
    private byte[] uak;

    // --- the base and its stream ---
    private MacAddress selectedBase;
    private AirStream stream;
    private long streamId;
    /** When a LOCKING handset opens its stream, or a REFUSED one attaches again. */
    private Instant retryAt;
    /** When a REGISTERING or ATTACHING handset gives up waiting for the result. */
    private Instant deadline;
    private int attachFailures;

    // --- registration ---
    private Pin pendingPin;
    private byte[] candidateUak;

    // --- what it reports ---
    private Map<MacAddress, Double> heard = Map.of();
    private ProcedureResult lastRegistration;
    private ProcedureResult lastAttach;
    private long roams;

    // --- calls ---
    private final CallSession call;
    private AnswerMode answerMode;
    /** The streams carrying the call now, by stream id, oldest first; the lock stream may be one of them. */
    private final Map<Long, Bearer> bearers = new LinkedHashMap<>();

    VirtualHandset(HandsetRecord record, Clock clock) {
        this.id = record.id();
        this.ipui = record.ipui();
        this.model = record.model();
        this.firmware = record.firmware();
        this.position = record.position();
        this.uak = record.uak().orElse(null);
        this.clock = clock;
        this.since = clock.instant();
        this.answerMode = record.answerMode();
        this.call = new CallSession(clock);
    }

    /** @throws IllegalHandsetTransitionException when {@code next} may not follow the current state */
    void transitionTo(HandsetState next) {
        if (!next.canFollow(state)) {
            throw new IllegalHandsetTransitionException(id, state, next);
        }
        state = next;
        since = clock.instant();
    }

    HandsetState state() {
        return state;
    }

    Instant since() {
        return since;
    }

    FloorPosition position() {
        return position;
    }

    void moveTo(FloorPosition position) {
        this.position = position;
    }

    Optional<Walk> walk() {
        return Optional.ofNullable(walk);
    }

    void walk(Walk walk) {
        this.walk = walk;
    }

    Optional<byte[]> uak() {
        return Optional.ofNullable(uak);
    }

    void keep(byte[] uak) {
        this.uak = uak;
    }

    Optional<MacAddress> selectedBase() {
        return Optional.ofNullable(selectedBase);
    }

    void select(MacAddress base) {
        this.selectedBase = base;
    }

    Optional<AirStream> stream() {
        return Optional.ofNullable(stream);
    }

    long streamId() {
        return streamId;
    }

    void streamOpened(AirStream stream, long streamId) {
        this.stream = stream;
        this.streamId = streamId;
    }

    /** Forgets the stream (its events are ignored from now on) and returns it, for closing. */
    Optional<AirStream> dropStream() {
        var dropped = Optional.ofNullable(stream);
        stream = null;
        streamId = 0;
        return dropped;
    }

    Optional<Instant> retryAt() {
        return Optional.ofNullable(retryAt);
    }

    void retryAt(Instant when) {
        this.retryAt = when;
    }

    Optional<Instant> deadline() {
        return Optional.ofNullable(deadline);
    }

    void deadline(Instant when) {
        this.deadline = when;
    }

    int attachFailures() {
        return attachFailures;
    }

    void attachFailed() {
        attachFailures++;
    }

    void attachSucceeded() {
        attachFailures = 0;
    }

    Optional<Pin> pendingPin() {
        return Optional.ofNullable(pendingPin);
    }

    void requestRegistration(Pin pin) {
        this.pendingPin = pin;
    }

    void registrationEnded(ProcedureResult result) {
        this.pendingPin = null;
        this.lastRegistration = result;
    }

    Optional<byte[]> candidateUak() {
        return Optional.ofNullable(candidateUak);
    }

    void candidateUak(byte[] uak) {
        this.candidateUak = uak;
    }

    Map<MacAddress, Double> heard() {
        return heard;
    }

    void heard(Map<MacAddress, Double> heard) {
        this.heard = heard;
    }

    void attachEnded(ProcedureResult result) {
        this.lastAttach = result;
    }

    Optional<ProcedureResult> lastRegistration() {
        return Optional.ofNullable(lastRegistration);
    }

    Optional<ProcedureResult> lastAttach() {
        return Optional.ofNullable(lastAttach);
    }

    long roams() {
        return roams;
    }

    void roamed() {
        roams++;
    }

    CallSession call() {
        return call;
    }

    AnswerMode answerMode() {
        return answerMode;
    }

    void answerMode(AnswerMode mode) {
        this.answerMode = mode;
    }

    void bearerAdded(Bearer bearer) {
        bearers.put(bearer.streamId(), bearer);
    }

    Optional<Bearer> bearer(long streamId) {
        return Optional.ofNullable(bearers.get(streamId));
    }

    Optional<Bearer> removeBearer(long streamId) {
        return Optional.ofNullable(bearers.remove(streamId));
    }

    /** Oldest first: the first is the one the call's control messages go to. */
    List<Bearer> bearers() {
        return new ArrayList<>(bearers.values());
    }

    boolean hasBearer(long streamId) {
        return bearers.containsKey(streamId);
    }

    /** Forgets every bearer and returns them, for closing. */
    List<Bearer> dropBearers() {
        var dropped = bearers();
        bearers.clear();
        return dropped;
    }
}
