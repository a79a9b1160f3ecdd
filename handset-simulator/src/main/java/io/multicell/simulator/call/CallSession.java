package io.multicell.simulator.call;

import io.multicell.simulator.air.Codec;
import io.multicell.simulator.air.ProgressState;
import io.multicell.simulator.air.ReleaseCause;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The call of one handset: its state machine, what the display shows, and its voice (the {@link VoiceSignal} it sends,
 * the {@link VoiceCheck} of what it receives). One per handset, reused call after call: the last call stays readable
 * after release until the next one starts. Knows nothing of air streams; the engine owns them. Not thread-safe.
 */
public final class CallSession {

    private final Clock clock;

    private CallState state = CallState.IDLE;
    private Instant since;
    private String callId;
    private CallDirection direction;
    private String remoteNumber = "";
    private String remoteName = "";
    private Codec codec = Codec.PCMA;
    private boolean answered;
    private final List<String> bearerBases = new ArrayList<>();
    private int handovers;
    private ReleaseCause releaseCause;
    private int sipStatus;
    private String releaseReason = "";

    private VoiceSignal signal;
    private VoiceCheck check;
    private Instant connectedAt;
    private long framesSent;
    private Instant nextMeasurement;

    public CallSession(Clock clock) {
        this.clock = clock;
        this.since = clock.instant();
    }

    public CallState state() {
        return state;
    }

    public Instant since() {
        return since;
    }

    /** The current or last call; empty while IDLE. */
    public Optional<String> callId() {
        return Optional.ofNullable(callId);
    }

    /** {@code callId} is the call in progress. */
    public boolean isCurrent(String callId) {
        return state.active() && callId.equals(this.callId);
    }

    public Optional<CallDirection> direction() {
        return Optional.ofNullable(direction);
    }

    public boolean answered() {
        return answered;
    }

    public Codec codec() {
        return codec;
    }

    // ---------------------------------------------------------------- call control

    /** The handset dials {@code number}: DIALLING. */
    public void dial(String callId, String number) {
        start(callId, CallDirection.OUTGOING, number, "", Codec.PCMA);
        transitionTo(CallState.DIALLING);
    }

    /** A call for the handset: RINGING. */
    public void ring(String callId, String callingNumber, String callingName, Codec codec) {
        start(callId, CallDirection.INCOMING, callingNumber, callingName, codec == null ? Codec.PCMA : codec);
        transitionTo(CallState.RINGING);
    }

    private void start(String id, CallDirection dir, String number, String name, Codec offered) {
        if (state.active()) {
            throw new IllegalCallTransitionException(id, state, dir == CallDirection.OUTGOING ? CallState.DIALLING
                    : CallState.RINGING);
        }
        callId = id;
        direction = dir;
        remoteNumber = number == null ? "" : number;
        remoteName = name == null ? "" : name;
        codec = offered;
        answered = false;
        bearerBases.clear();
        handovers = 0;
        releaseCause = null;
        sipStatus = 0;
        releaseReason = "";
        signal = null;
        check = null;
        connectedAt = null;
        framesSent = 0;
        nextMeasurement = null;
    }

    /** The handset answers its ringing call (the network still has to connect it). */
    public void answer() {
        if (state != CallState.RINGING || answered) {
            throw new IllegalStateException("call " + callId + " is not ringing unanswered");
        }
        answered = true;
    }

    /**
     * The network's progress report. A report that does not move the call on (a repeat, or PROCEEDING after RINGBACK)
     * is ignored.
     *
     * @param offered the codec the network names, null when it names none
     * @return true when the call entered a new state
     */
    public boolean progress(ProgressState progress, Codec offered) {
        if (offered != null) {
            codec = offered;
        }
        CallState next = switch (progress) {
            case PROCEEDING -> CallState.PROCEEDING;
            case RINGBACK -> CallState.RINGBACK;
            case CONNECTED -> CallState.CONNECTED;
        };
        if (!next.canFollow(state)) {
            return false;
        }
        transitionTo(next);
        if (next == CallState.CONNECTED) {
            connectedAt = clock.instant();
            signal = new VoiceSignal(codec);
            if (check == null) {
                check = new VoiceCheck(signal);
            } else {
                check.expect(signal); // frames came before CONNECTED did; the codec is settled now
            }
            nextMeasurement = connectedAt;
        }
        return true;
    }

    /** The call ends, by the network or by the handset; a call already released keeps its first cause. */
    public void release(ReleaseCause cause, int sipStatus, String reason) {
        if (!state.active()) {
            return;
        }
        transitionTo(CallState.RELEASED);
        this.releaseCause = cause;
        this.sipStatus = sipStatus;
        this.releaseReason = reason == null ? "" : reason;
        bearerBases.clear();
    }

    // ---------------------------------------------------------------- bearers

    public void bearerAdded(String baseMac) {
        if (!bearerBases.contains(baseMac)) {
            bearerBases.add(baseMac);
        }
    }

    /** @param handover the call stays on another base: one handover completed */
    public void bearerRemoved(String baseMac, boolean handover) {
        bearerBases.remove(baseMac);
        if (handover) {
            handovers++;
        }
    }

    public List<String> bearerBases() {
        return List.copyOf(bearerBases);
    }

    // ---------------------------------------------------------------- voice

    /** Keys 0..15 of DTMF events. */
    static final String KEYS = "0123456789*#ABCD";
    /** Key frames take uplink sequence numbers from here on, apart from the voice's 0, 1, 2 ... */
    static final long KEY_SEQUENCE_BASE = 1L << 32;
    private final StringBuilder keysSent = new StringBuilder();
    private final StringBuilder keysReceived = new StringBuilder();

    /** A key press to send: its own uplink sequence number and DTMF event. */
    public record KeyFrame(long sequence, int event) {
    }

    /** The key frames for {@code keys} (0-9 * # A-D), counted as sent. */
    public List<KeyFrame> pressKeys(String keys) {
        var frames = new ArrayList<KeyFrame>();
        for (char key : keys.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            int event = KEYS.indexOf(key);
            if (event < 0) {
                throw new IllegalArgumentException("keys: only 0-9, *, #, A-D (not '" + key + "')");
            }
            frames.add(new KeyFrame(KEY_SEQUENCE_BASE + keysSent.length(), event));
            keysSent.append(key);
        }
        return frames;
    }

    /** A key the far end pressed, as the network delivered it (one frame per key). */
    public void keyReceived(int event) {
        if (event >= 0 && event < KEYS.length()) {
            keysReceived.append(KEYS.charAt(event));
        }
    }

    /** A voice frame to send: its index (= uplink sequence) and payload. */
    public record Frame(long index, byte[] payload) {
    }

    /** The frames due by now since the call connected (one per ptime), counted as sent; none unless CONNECTED. */
    public List<Frame> framesDue(Instant now) {
        if (state != CallState.CONNECTED) {
            return List.of();
        }
        long due = Duration.between(connectedAt, now).toNanos() / VoiceSignal.PTIME.toNanos() + 1;
        var frames = new ArrayList<Frame>();
        while (framesSent < due) {
            frames.add(new Frame(framesSent, signal.frame(framesSent)));
            framesSent++;
        }
        return frames;
    }

    /** A downlink frame of the call (any state: a bearer may deliver voice before CONNECTED reaches the handset). */
    public void received(long sequence, byte[] payload) {
        if (check == null) {
            signal = new VoiceSignal(codec);
            check = new VoiceCheck(signal);
        }
        check.receive(sequence, payload, framesSent);
    }

    /** True once per {@code interval} while CONNECTED: time to report what the handset hears. */
    public boolean measurementDue(Instant now, Duration interval) {
        if (state != CallState.CONNECTED || now.isBefore(nextMeasurement)) {
            return false;
        }
        nextMeasurement = now.plus(interval);
        return true;
    }

    public MediaCounters media() {
        return check == null ? new MediaCounters(framesSent, 0, 0, 0, 0, 0, 0, 0) : check.counters(framesSent);
    }

    public Optional<CallSnapshot> snapshot() {
        if (callId == null) {
            return Optional.empty();
        }
        return Optional.of(new CallSnapshot(callId, direction, state, remoteNumber, remoteName, codec, answered,
                List.copyOf(bearerBases), handovers, Optional.ofNullable(releaseCause), sipStatus, releaseReason,
                media(), keysSent.toString(), keysReceived.toString()));
    }

    private void transitionTo(CallState next) {
        if (!next.canFollow(state)) {
            throw new IllegalCallTransitionException(callId, state, next);
        }
        state = next;
        since = clock.instant();
    }
}
