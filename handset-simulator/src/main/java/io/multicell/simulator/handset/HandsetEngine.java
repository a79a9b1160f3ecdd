package io.multicell.simulator.handset;

import io.multicell.core.access.AuthenticationKeys;
import io.multicell.core.access.Pin;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.BaseSelection;
import io.multicell.core.radio.FloorPosition;
import io.multicell.core.radio.RadioModel;
import io.multicell.simulator.air.AirConnector;
import io.multicell.simulator.air.AirListener;
import io.multicell.simulator.air.AirStream;
import io.multicell.simulator.air.Downlink;
import io.multicell.simulator.air.Uplink;
import io.multicell.simulator.call.AnswerMode;
import io.multicell.simulator.call.CallSnapshot;
import io.multicell.simulator.radio.BaseOnAir;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.jboss.logging.Logger;

/**
 * Every virtual handset of the simulator. Each tick a handset moves along its walk, listens to every base in service
 * (dect-core radio model), locks to the strongest with hysteresis ({@link BaseSelection}), and runs its procedures
 * over the air stream to that base: Lock, then registration (when asked for) or attach, and page answers. Calls are
 * {@link HandsetCalls}'s: while one is in progress the handset does not roam by itself.
 *
 * <p>All handset state is owned by the {@link EngineScheduler} (one serial executor); the REST API, the DM poller and
 * the air transport post tasks to it. Readers get immutable {@link HandsetSnapshot}s.
 */
public final class HandsetEngine {

    private static final Logger LOG = Logger.getLogger(HandsetEngine.class);
    /** What a handset without a key proves on a challenge: it has nothing better (a clone copies only the IPUI). */
    private static final byte[] NO_KEY = new byte[32];

    private final EngineSettings settings;
    private final Clock clock;
    private final EngineScheduler scheduler;
    private final AirConnector air;
    private final HandsetStore store;
    private final Executor storeExecutor;
    private final RandomGenerator random;
    private final RadioModel radio;
    private final BaseSelection selection;
    private final HandsetCalls calls;

    // --- owned by the scheduler ---
    private final Map<String, VirtualHandset> handsets = new TreeMap<>();
    /** Last known state of every base that was ever usable, and when it last was. */
    private final Map<MacAddress, BaseOnAir> knownBases = new HashMap<>();
    private final Map<MacAddress, Instant> lastUsable = new HashMap<>();
    /** What handsets hear, as of the DM's last list; unchanged while the DM does not answer. */
    private Map<MacAddress, BaseOnAir> usable = Map.of();
    private EngineScheduler.Cancellable tickTimer = EngineScheduler.Cancellable.NONE;
    private Instant lastTick;
    private long streamIds;
    private boolean running;

    private final Map<String, HandsetSnapshot> views = new ConcurrentHashMap<>();
    private final AtomicLong roams = new AtomicLong();

    public HandsetEngine(EngineSettings settings, Clock clock, EngineScheduler scheduler, AirConnector air,
            HandsetStore store, Executor storeExecutor, RandomGenerator random) {
        this.settings = settings;
        this.clock = clock;
        this.scheduler = scheduler;
        this.air = air;
        this.store = store;
        this.storeExecutor = storeExecutor;
        this.random = random;
        this.radio = new RadioModel(settings.radio());
        this.selection = new BaseSelection(settings.radio().handsetSensitivityDbm(), settings.hysteresisDb());
        this.calls = new HandsetCalls(settings, clock, scheduler, new HandsetCalls.Host() {
            @Override
            public Optional<HandsetCalls.Opened> open(VirtualHandset handset, String airEndpoint) {
                return openStream(handset, airEndpoint);
            }

            @Override
            public void lockLost(VirtualHandset handset, String reason) {
                HandsetEngine.this.lockLost(handset, reason);
            }
        });
    }

    // ---------------------------------------------------------------- API (any thread)

    /** Loads every handset from the store and starts ticking. */
    public CompletableFuture<Void> start() {
        var started = new CompletableFuture<Void>();
        scheduler.execute(() -> {
            try {
                if (!running) {
                    for (HandsetRecord record : store.loadAll()) {
                        handsets.put(record.id(), new VirtualHandset(record, clock));
                    }
                    running = true;
                    lastTick = clock.instant();
                    handsets.values().forEach(this::publish);
                    LOG.infof("handset engine started with %d handsets", handsets.size());
                    tickTimer = scheduler.schedule(this::tick, settings.tick());
                }
                started.complete(null);
            } catch (RuntimeException e) {
                started.completeExceptionally(e);
            }
        });
        return started;
    }

    /** Ends every air stream and forgets every handset (they stay in the store); like switching them all off. */
    public CompletableFuture<Void> stop() {
        var stopped = new CompletableFuture<Void>();
        scheduler.execute(() -> {
            tickTimer.cancel();
            handsets.values().forEach(calls::forget);
            handsets.values().forEach(this::leave);
            calls.stop();
            handsets.clear();
            views.clear();
            running = false;
            stopped.complete(null);
        });
        return stopped;
    }

    /**
     * The DM's latest list of bases. A base that left service (or the list) is still heard for the grace period, so
     * that a DM restart, during which the DM briefly lists every base as offline, does not drop every handset. Without
     * a new list (the DM away) handsets keep hearing what they heard.
     */
    public void updateBases(List<BaseOnAir> bases) {
        scheduler.execute(() -> {
            Instant now = clock.instant();
            for (BaseOnAir base : bases) {
                if (base.usable()) {
                    knownBases.put(base.mac(), base);
                    lastUsable.put(base.mac(), now);
                } else if (knownBases.containsKey(base.mac())) {
                    knownBases.put(base.mac(), base);
                }
            }
            Instant graceStart = now.minus(settings.baseLossGrace());
            var next = new HashMap<MacAddress, BaseOnAir>();
            lastUsable.forEach((mac, at) -> {
                if (!at.isBefore(graceStart)) {
                    next.put(mac, knownBases.get(mac));
                }
            });
            usable = Map.copyOf(next);
        });
    }

    /** Puts handsets that are already in the store on the floor plan. */
    public CompletableFuture<List<HandsetSnapshot>> add(List<HandsetRecord> records) {
        return call(() -> {
            for (HandsetRecord record : records) {
                if (handsets.containsKey(record.id())) {
                    throw new DuplicateHandsetException("a handset with id " + record.id() + " exists");
                }
            }
            var added = new ArrayList<HandsetSnapshot>();
            Instant now = clock.instant();
            var usable = usableBases();
            for (HandsetRecord record : records) {
                var handset = new VirtualHandset(record, clock);
                handsets.put(record.id(), handset);
                evaluate(handset, usable, now);
                added.add(publish(handset));
            }
            return added;
        });
    }

    /** Switches a handset off and takes it away. */
    public CompletableFuture<Void> remove(String id) {
        return call(() -> {
            var handset = existing(id);
            calls.forget(handset);
            leave(handset);
            handsets.remove(id);
            views.remove(id);
            return null;
        });
    }

    /**
     * Puts the handset into registration mode with {@code pin}: it registers at the base it is locked to, or at the
     * next one it locks to.
     *
     * @return completes exceptionally with {@link RegistrationInProgressException} while a registration runs
     */
    public CompletableFuture<HandsetSnapshot> requestRegistration(String id, Pin pin) {
        return call(() -> {
            var handset = existing(id);
            if (handset.state() == HandsetState.REGISTERING) {
                throw new RegistrationInProgressException(id);
            }
            handset.requestRegistration(pin);
            Instant now = clock.instant();
            proceed(handset, usableBases(), now);
            return publish(handset);
        });
    }

    /** Puts the handset at {@code position} now (ending any walk) and lets it listen there at once. */
    public CompletableFuture<HandsetSnapshot> moveTo(String id, FloorPosition position) {
        return call(() -> {
            var handset = existing(id);
            handset.walk(null);
            handset.moveTo(position);
            persistPosition(handset);
            Instant now = clock.instant();
            evaluate(handset, usableBases(), now);
            return publish(handset);
        });
    }

    /** Starts {@code walk} from where the handset is; it moves every tick. */
    public CompletableFuture<HandsetSnapshot> walk(String id, Walk walk) {
        return call(() -> {
            var handset = existing(id);
            handset.walk(walk);
            return publish(handset);
        });
    }

    // ---------------------------------------------------------------- calls (any thread)

    /**
     * The handset dials {@code number} (already checked: digits, *, #, +).
     *
     * @return the new call (DIALLING); completes exceptionally with {@link CallConflictException} when the handset is
     *         not attached or already in a call
     */
    public CompletableFuture<CallSnapshot> dial(String id, String number) {
        return call(() -> {
            var handset = existing(id);
            calls.dial(handset, number);
            publish(handset);
            return handset.call().snapshot().orElseThrow();
        });
    }

    /** Answers the ringing call; {@link CallConflictException} when none rings unanswered. */
    public CompletableFuture<CallSnapshot> answer(String id) {
        return call(() -> {
            var handset = existing(id);
            calls.answer(handset);
            publish(handset);
            return handset.call().snapshot().orElseThrow();
        });
    }

    /** Presses keys (DTMF) in the connected call. */
    public CompletableFuture<CallSnapshot> pressKeys(String id, String keys) {
        return call(() -> {
            var handset = existing(id);
            calls.pressKeys(handset, keys);
            return handset.call().snapshot().orElseThrow();
        });
    }

    /** Hangs up the call in progress (rejects it while it rings); {@link NoCallException} without any call. */
    public CompletableFuture<CallSnapshot> hangUp(String id) {
        return call(() -> {
            var handset = existing(id);
            calls.hangUp(handset);
            publish(handset);
            return handset.call().snapshot().orElseThrow();
        });
    }

    /** The call in progress, or the last one; {@link NoCallException} when the handset never had one. */
    public CompletableFuture<CallSnapshot> currentCall(String id) {
        return call(() -> existing(id).call().snapshot().orElseThrow(() -> new NoCallException(id)));
    }

    /** What the handset does from now on when a call rings (the store is the caller's). */
    public CompletableFuture<HandsetSnapshot> answerMode(String id, AnswerMode mode) {
        return call(() -> {
            var handset = existing(id);
            handset.answerMode(mode);
            return publish(handset);
        });
    }

    public Optional<HandsetSnapshot> snapshot(String id) {
        return Optional.ofNullable(views.get(id));
    }

    public List<HandsetSnapshot> snapshots() {
        return views.values().stream().sorted(Comparator.comparing(HandsetSnapshot::id)).toList();
    }

    /** Re-locks from one base to another since the process started. */
    public long roams() {
        return roams.get();
    }

    /** Handsets whose current (or last) call is in {@code state}, as of their last view. */
    public long countCalls(io.multicell.simulator.call.CallState state) {
        return views.values().stream().filter(v -> v.callState() == state).count();
    }

    public long count(HandsetState state) {
        return views.values().stream().filter(v -> v.state() == state).count();
    }

    private <T> CompletableFuture<T> call(Supplier<T> task) {
        var result = new CompletableFuture<T>();
        scheduler.execute(() -> {
            try {
                if (!running) {
                    throw new EngineNotRunningException();
                }
                result.complete(task.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private VirtualHandset existing(String id) {
        var handset = handsets.get(id);
        if (handset == null) {
            throw new UnknownHandsetException(id);
        }
        return handset;
    }

    // ---------------------------------------------------------------- the tick

    private void tick() {
        if (!running) {
            return;
        }
        Instant now = clock.instant();
        double seconds = Duration.between(lastTick, now).toNanos() / 1e9;
        lastTick = now;
        var usable = usableBases();
        for (VirtualHandset handset : handsets.values()) {
            handset.walk().ifPresent(walk -> {
                handset.moveTo(walk.advance(handset.position(), seconds));
                if (walk.finished()) {
                    handset.walk(null);
                    persistPosition(handset);
                }
            });
            evaluate(handset, usable, now);
            publish(handset);
        }
        tickTimer = scheduler.schedule(this::tick, settings.tick());
    }

    /** Bases a handset can hear now. */
    private Map<MacAddress, BaseOnAir> usableBases() {
        return usable;
    }

    /** Listens, chooses a base, and moves the handset's procedures on. */
    private void evaluate(VirtualHandset handset, Map<MacAddress, BaseOnAir> usable, Instant now) {
        var rssi = new HashMap<MacAddress, Double>();
        usable.forEach((mac, base) -> rssi.put(mac, radio.rssiDbm(base.position(), handset.position())));
        var heard = new HashMap<MacAddress, Double>();
        rssi.forEach((mac, dbm) -> {
            if (dbm >= settings.radio().handsetSensitivityDbm()) {
                heard.put(mac, dbm);
            }
        });
        handset.heard(heard);
        if (handset.call().state().active()) {
            calls.listen(handset, heard, now);
        }
        // In a call the handset stays on its bearers; the network hands it over.
        if (!handset.call().state().active()) {
            Optional<MacAddress> chosen = selection.select(rssi, handset.selectedBase());
            if (!chosen.equals(handset.selectedBase())) {
                relock(handset, chosen, now);
            }
        }
        proceed(handset, usable, now);
    }

    private void relock(VirtualHandset handset, Optional<MacAddress> chosen, Instant now) {
        leave(handset);
        handset.deadline(null);
        if (chosen.isEmpty()) {
            LOG.infof("handset %s (%s) out of range of every base", handset.id, handset.ipui);
            handset.select(null);
            handset.retryAt(null);
            if (handset.state() != HandsetState.OUT_OF_RANGE) {
                handset.transitionTo(HandsetState.OUT_OF_RANGE);
            }
            return;
        }
        if (handset.selectedBase().isPresent()) {
            handset.roamed();
            roams.incrementAndGet();
            LOG.infof("handset %s (%s) re-locks %s -> %s", handset.id, handset.ipui, handset.selectedBase().get(),
                    chosen.get());
        } else {
            LOG.debugf("handset %s (%s) locks to %s", handset.id, handset.ipui, chosen.get());
        }
        handset.select(chosen.get());
        if (handset.state() != HandsetState.LOCKING) {
            handset.transitionTo(HandsetState.LOCKING);
        }
        handset.retryAt(now);
    }

    private void proceed(VirtualHandset handset, Map<MacAddress, BaseOnAir> usable, Instant now) {
        switch (handset.state()) {
            case LOCKING -> {
                if (due(handset.retryAt(), now)) {
                    connect(handset, usable, now);
                }
            }
            case REFUSED -> {
                if (handset.pendingPin().isPresent()) {
                    startRegistration(handset, now);
                } else if (due(handset.retryAt(), now)) {
                    startAttach(handset, now);
                }
            }
            case LOCKED_UNREGISTERED, ATTACHED -> {
                if (handset.pendingPin().isPresent()) {
                    startRegistration(handset, now);
                }
            }
            case REGISTERING, ATTACHING -> {
                if (due(handset.deadline(), now)) {
                    timedOut(handset, now);
                }
            }
            case OUT_OF_RANGE -> {
                // nothing to do until a base is heard
            }
        }
    }

    private static boolean due(Optional<Instant> when, Instant now) {
        return when.isPresent() && !when.get().isAfter(now);
    }

    private void connect(VirtualHandset handset, Map<MacAddress, BaseOnAir> usable, Instant now) {
        BaseOnAir base = usable.get(handset.selectedBase().orElseThrow());
        if (base == null) {
            return; // in a call the handset does not choose another base; it waits for the call to end
        }
        long streamId = ++streamIds;
        AirStream stream;
        try {
            stream = air.open(base.airEndpoint(), listener(handset.id, streamId));
        } catch (RuntimeException e) {
            LOG.warnf("handset %s cannot open an air stream to %s at %s: %s", handset.id, base.mac(),
                    base.airEndpoint(), e.getMessage());
            handset.retryAt(now.plus(settings.relockBackoff()));
            return;
        }
        handset.streamOpened(stream, streamId);
        handset.retryAt(null);
        stream.send(new Uplink.Lock(handset.ipui, radio.rssiDbm(base.position(), handset.position()), handset.model,
                handset.firmware));
        if (handset.pendingPin().isPresent()) {
            startRegistration(handset, now);
        } else {
            startAttach(handset, now);
        }
    }

    private void startRegistration(VirtualHandset handset, Instant now) {
        handset.transitionTo(HandsetState.REGISTERING);
        handset.deadline(now.plus(settings.procedureTimeout()));
        handset.candidateUak(null);
        send(handset, new Uplink.AccessRightsRequest(handset.ipui));
    }

    // Every locked handset tries to attach, also one without a key: that is what a clone (same IPUI, no key) does,
    // and the DM's refusal is what the user sees in lastAttachResult.
    private void startAttach(VirtualHandset handset, Instant now) {
        handset.transitionTo(HandsetState.ATTACHING);
        handset.deadline(now.plus(settings.procedureTimeout()));
        handset.retryAt(null);
        send(handset, new Uplink.LocationRequest(handset.ipui));
    }

    private void timedOut(VirtualHandset handset, Instant now) {
        if (handset.state() == HandsetState.REGISTERING && handset.pendingPin().isEmpty()) {
            return; // accepted; the key is still being stored, after which it attaches
        }
        var noAnswer = ProcedureResult.refused("no answer from the base");
        LOG.warnf("handset %s (%s): %s in %s", handset.id, handset.ipui, noAnswer.reason(), handset.state());
        if (handset.state() == HandsetState.REGISTERING) {
            handset.registrationEnded(noAnswer);
        } else {
            handset.attachEnded(noAnswer);
        }
        // The base may still be busy with it: start over on a fresh stream rather than talk across it.
        leave(handset);
        handset.deadline(null);
        handset.transitionTo(HandsetState.LOCKING);
        handset.retryAt(now.plus(settings.relockBackoff()));
    }

    private void send(VirtualHandset handset, Uplink message) {
        handset.stream().ifPresent(stream -> stream.send(message));
    }

    /** A new stream of {@code handset} to {@code airEndpoint} whose events reach the call's bearer handling. */
    private Optional<HandsetCalls.Opened> openStream(VirtualHandset handset, String airEndpoint) {
        long streamId = ++streamIds;
        try {
            return Optional.of(new HandsetCalls.Opened(streamId, air.open(airEndpoint, listener(handset.id, streamId))));
        } catch (RuntimeException e) {
            LOG.warnf("handset %s cannot open an air stream to %s: %s", handset.id, airEndpoint, e.getMessage());
            return Optional.empty();
        }
    }

    /** Ends the handset's air stream, if any; its late events are ignored. */
    private void leave(VirtualHandset handset) {
        handset.dropStream().ifPresent(AirStream::close);
    }

    // ---------------------------------------------------------------- the air

    private AirListener listener(String handsetId, long streamId) {
        return new AirListener() {
            @Override
            public void onDownlink(Downlink message) {
                scheduler.execute(() -> current(handsetId, streamId).ifPresent(h -> downlink(h, streamId, message)));
            }

            @Override
            public void onEnded(String reason) {
                scheduler.execute(() -> current(handsetId, streamId).ifPresent(h -> ended(h, streamId, reason)));
            }
        };
    }

    /**
     * The handset, if {@code streamId} is still its lock stream or a bearer of its call: events of a stream it left
     * are ignored.
     */
    private Optional<VirtualHandset> current(String handsetId, long streamId) {
        var handset = handsets.get(handsetId);
        return handset != null && (handset.streamId() == streamId || handset.hasBearer(streamId))
                ? Optional.of(handset) : Optional.empty();
    }

    private void downlink(VirtualHandset handset, long streamId, Downlink message) {
        if (message instanceof Downlink.CallMessage call) {
            calls.downlink(handset, streamId, call);
            if (!(message instanceof Downlink.VoiceFrame)) {
                publish(handset); // 50 frames a second: the tick publishes often enough
            }
            return;
        }
        if (streamId != handset.streamId()) {
            return; // a bearer stream on another base carries only the call
        }
        Instant now = clock.instant();
        if (message instanceof Downlink.RegistrationChallenge challenge) {
            if (handset.state() == HandsetState.REGISTERING && handset.pendingPin().isPresent()) {
                byte[] uak = AuthenticationKeys.deriveUak(handset.pendingPin().get(), challenge.rs(), handset.ipui);
                handset.candidateUak(uak);
                send(handset, new Uplink.ChallengeResponse(challenge.transactionId(),
                        AuthenticationKeys.response(uak, challenge.rand(), handset.ipui)));
            }
        } else if (message instanceof Downlink.AccessRightsResult result) {
            registrationResult(handset, result, now);
        } else if (message instanceof Downlink.AuthenticationChallenge challenge) {
            if (handset.state() == HandsetState.ATTACHING) {
                byte[] key = handset.uak().orElse(NO_KEY);
                send(handset, new Uplink.ChallengeResponse(challenge.transactionId(),
                        AuthenticationKeys.response(key, challenge.rand(), handset.ipui)));
            }
        } else if (message instanceof Downlink.LocationResult result) {
            locationResult(handset, result, now);
        } else if (message instanceof Downlink.Page page) {
            send(handset, new Uplink.PageResponse(page.pageId(), HandsetCalls.heard(handset)));
        }
        publish(handset);
    }

    private void registrationResult(VirtualHandset handset, Downlink.AccessRightsResult result, Instant now) {
        if (handset.state() != HandsetState.REGISTERING || handset.pendingPin().isEmpty()) {
            return;
        }
        if (result.accepted() && handset.candidateUak().isPresent()) {
            LOG.infof("handset %s (%s) registered", handset.id, handset.ipui);
            handset.registrationEnded(ProcedureResult.success());
            byte[] uak = handset.candidateUak().get();
            handset.keep(uak);
            handset.candidateUak(null);
            persistKeyThenAttach(handset, uak);
            return;
        }
        LOG.infof("handset %s (%s): registration refused: %s", handset.id, handset.ipui, result.reason());
        handset.registrationEnded(ProcedureResult.refused(result.reason()));
        handset.candidateUak(null);
        if (handset.uak().isPresent()) {
            startAttach(handset, now);
        } else {
            handset.deadline(null);
            handset.transitionTo(HandsetState.LOCKED_UNREGISTERED);
        }
    }

    // Like a real handset: the key is in flash before the handset relies on it.
    private void persistKeyThenAttach(VirtualHandset handset, byte[] uak) {
        String id = handset.id;
        long streamId = handset.streamId();
        storeExecutor.execute(() -> {
            try {
                store.saveKey(id, uak);
            } catch (RuntimeException e) {
                LOG.errorf("key of handset %s not stored (it is lost on restart): %s", id, e.getMessage());
            }
            scheduler.execute(() -> current(id, streamId).ifPresent(h -> {
                if (h.state() == HandsetState.REGISTERING) {
                    startAttach(h, clock.instant());
                    publish(h);
                }
            }));
        });
    }

    private void locationResult(VirtualHandset handset, Downlink.LocationResult result, Instant now) {
        if (handset.state() == HandsetState.ATTACHING) {
            handset.deadline(null);
            handset.attachEnded(new ProcedureResult(result.accepted(), result.reason()));
            if (result.accepted()) {
                LOG.debugf("handset %s (%s) attached at %s", handset.id, handset.ipui, handset.selectedBase().orElse(null));
                handset.attachSucceeded();
                handset.transitionTo(HandsetState.ATTACHED);
            } else {
                attachRefused(handset, result.reason(), now);
            }
        } else if (!result.accepted()) {
            // The base refused the Lock or released the handset; the end of the stream follows.
            handset.attachEnded(ProcedureResult.refused(result.reason()));
            if (handset.state() == HandsetState.ATTACHED) {
                attachRefused(handset, result.reason(), now);
            }
        }
    }

    private void attachRefused(VirtualHandset handset, String reason, Instant now) {
        if (handset.uak().isEmpty() && handset.state() == HandsetState.ATTACHING) {
            LOG.debugf("handset %s (%s) without a key refused: %s", handset.id, handset.ipui, reason);
            handset.transitionTo(HandsetState.LOCKED_UNREGISTERED);
            return;
        }
        handset.attachFailed();
        Duration wait = attachRetry(handset.attachFailures());
        LOG.infof("handset %s (%s) refused: %s; tries again in %d ms", handset.id, handset.ipui, reason, wait.toMillis());
        handset.transitionTo(HandsetState.REFUSED);
        handset.retryAt(now.plus(wait));
    }

    /** min, 2 min, 4 min ... at most max, each ±20% so that many handsets do not retry in lockstep. */
    private Duration attachRetry(int failures) {
        long min = settings.attachRetryMin().toMillis();
        long max = settings.attachRetryMax().toMillis();
        long base = min << Math.min(20, Math.max(0, failures - 1));
        double jitter = 0.8 + 0.4 * random.nextDouble();
        return Duration.ofMillis(Math.max(1, (long) (Math.min(base, max) * jitter)));
    }

    private void ended(VirtualHandset handset, long streamId, String reason) {
        if (handset.hasBearer(streamId)) {
            calls.bearerEnded(handset, streamId, reason);
        } else {
            lockLost(handset, reason);
        }
        publish(handset);
    }

    /** The lock stream ended (the base ended it, or the call it carried lost its link): lock again after a back-off. */
    private void lockLost(VirtualHandset handset, String reason) {
        LOG.debugf("handset %s (%s): air stream ended: %s", handset.id, handset.ipui, reason);
        handset.dropStream();
        handset.deadline(null);
        if (handset.state().hasStream()) {
            handset.transitionTo(HandsetState.LOCKING);
        }
        handset.retryAt(clock.instant().plus(settings.relockBackoff()));
    }

    // ---------------------------------------------------------------- store and views

    private void persistPosition(VirtualHandset handset) {
        String id = handset.id;
        FloorPosition position = handset.position();
        storeExecutor.execute(() -> {
            try {
                store.savePosition(id, position);
            } catch (RuntimeException e) {
                LOG.warnf("position of handset %s not stored: %s", id, e.getMessage());
            }
        });
    }

    private HandsetSnapshot publish(VirtualHandset handset) {
        var rssi = new LinkedHashMap<String, Double>();
        handset.heard().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> rssi.put(e.getKey().value(), Math.round(e.getValue() * 10) / 10.0));
        var base = handset.selectedBase().map(knownBases::get);
        var snapshot = new HandsetSnapshot(
                handset.id,
                handset.ipui.value(),
                handset.model,
                handset.firmware,
                handset.state(),
                handset.position(),
                handset.selectedBase().map(MacAddress::value),
                base.map(BaseOnAir::rfpi).filter(r -> !r.isEmpty()),
                handset.state() != HandsetState.OUT_OF_RANGE,
                handset.uak().isPresent(),
                handset.pendingPin().isPresent(),
                handset.lastRegistration(),
                handset.lastAttach(),
                Collections.unmodifiableMap(rssi),
                handset.roams(),
                handset.walk().isPresent(),
                handset.answerMode(),
                handset.call().state(),
                handset.call().callId());
        views.put(handset.id, snapshot);
        return snapshot;
    }
}
