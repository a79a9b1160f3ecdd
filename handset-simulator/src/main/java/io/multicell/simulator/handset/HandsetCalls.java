package io.multicell.simulator.handset;

import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.MacAddress;
import io.multicell.simulator.air.AirStream;
import io.multicell.simulator.air.BaseHeard;
import io.multicell.simulator.air.Downlink;
import io.multicell.simulator.air.ReleaseCause;
import io.multicell.simulator.air.Uplink;
import io.multicell.simulator.call.CallSession;
import io.multicell.simulator.call.CallState;
import io.multicell.simulator.call.VoiceSignal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The calls of every handset, on the engine thread: drives each handset's {@link CallSession} from the air and the
 * API, owns the call's bearer streams (a second stream when the network puts the call on another base, two during a
 * handover), and sends every talking handset's voice and measurements from one timer.
 *
 * <p>While a call is in progress the handset does not roam by itself: it stays on its bearers until the network
 * hands it over or it no longer hears a bearer's base (link lost).
 */
final class HandsetCalls {

    private static final Logger LOG = Logger.getLogger(HandsetCalls.class);
    /** How many of the strongest bases a measurement, a call setup or a page answer names. */
    static final int MEASURED_BASES = 8;

    /** What the calls need from the engine that owns the handsets. */
    interface Host {
        /** Opens a stream whose events reach this class as bearer events of {@code handset}; sends nothing. */
        Optional<Opened> open(VirtualHandset handset, String airEndpoint);

        /** The handset's lock stream is gone (link lost): it locks again like after any lost stream. */
        void lockLost(VirtualHandset handset, String reason);
    }

    record Opened(long streamId, AirStream stream) {
    }

    private final EngineSettings settings;
    private final Clock clock;
    private final EngineScheduler scheduler;
    private final Host host;

    /** Handsets in a connected call: the voice timer serves them. */
    private final Set<VirtualHandset> talking = new LinkedHashSet<>();
    private EngineScheduler.Cancellable voiceTimer = EngineScheduler.Cancellable.NONE;
    private boolean voiceTimerRunning;

    HandsetCalls(EngineSettings settings, Clock clock, EngineScheduler scheduler, Host host) {
        this.settings = settings;
        this.clock = clock;
        this.scheduler = scheduler;
        this.host = host;
    }

    // ---------------------------------------------------------------- the API

    /** The handset dials {@code number} on its lock stream. */
    String dial(VirtualHandset handset, String number) {
        if (handset.state() != HandsetState.ATTACHED || handset.stream().isEmpty()) {
            throw new CallConflictException("state", "must be ATTACHED",
                    "handset " + handset.id + " is " + handset.state() + ": only an attached handset can dial");
        }
        busyCheck(handset);
        String callId = UUID.randomUUID().toString();
        handset.call().dial(callId, number);
        LOG.infof("handset %s (%s) dials %s, call %s", handset.id, handset.ipui, number, callId);
        handset.stream().get().send(new Uplink.CallSetup(callId, number, heard(handset)));
        return callId;
    }

    void answer(VirtualHandset handset) {
        CallSession call = handset.call();
        if (call.state() != CallState.RINGING || call.answered()) {
            throw new CallConflictException("state", "must be RINGING",
                    "handset " + handset.id + " has no unanswered call ringing (call state " + call.state() + ")");
        }
        call.answer();
        LOG.debugf("handset %s (%s) answers call %s", handset.id, handset.ipui, call.callId().orElseThrow());
        control(handset).ifPresent(s -> s.send(new Uplink.CallAnswer(call.callId().orElseThrow())));
    }

    /**
     * Presses keys in a connected call: each key goes as one frame with its DTMF event on every bearer, with a
     * sequence number of its own (the voice's sequence goes on), and the network sends it to the far end.
     */
    void pressKeys(VirtualHandset handset, String keys) {
        CallSession call = handset.call();
        if (call.state() != io.multicell.simulator.call.CallState.CONNECTED) {
            if (call.callId().isEmpty()) {
                throw new NoCallException(handset.id);
            }
            throw new CallConflictException("state", "must be a connected call",
                    "the call of handset " + handset.id + " is " + call.state());
        }
        String callId = call.callId().orElseThrow();
        for (CallSession.KeyFrame key : call.pressKeys(keys)) {
            var uplink = new Uplink.VoiceFrame(callId, key.sequence(), call.codec(), new byte[0], key.event());
            for (Bearer bearer : handset.bearers()) {
                bearer.stream().send(uplink);
            }
        }
        LOG.infof("handset %s (%s) presses %s in call %s", handset.id, handset.ipui, keys, callId);
    }

    /** Hangs up a call in progress; a ringing call not yet answered is rejected (DECLINED). */
    void hangUp(VirtualHandset handset) {
        CallSession call = handset.call();
        if (!call.state().active()) {
            if (call.callId().isEmpty()) {
                throw new NoCallException(handset.id);
            }
            throw new CallConflictException("state", "must be a call in progress",
                    "the last call of handset " + handset.id + " is " + call.state());
        }
        boolean reject = call.state() == CallState.RINGING && !call.answered();
        releaseByHandset(handset, reject ? ReleaseCause.DECLINED : ReleaseCause.NORMAL,
                reject ? "rejected on the handset" : "hung up on the handset");
    }

    private void busyCheck(VirtualHandset handset) {
        if (handset.call().state().active()) {
            throw new CallConflictException("call", "must be no call in progress",
                    "handset " + handset.id + " is in call " + handset.call().callId().orElse("") + " ("
                            + handset.call().state() + ")");
        }
    }

    private void releaseByHandset(VirtualHandset handset, ReleaseCause cause, String reason) {
        String callId = handset.call().callId().orElseThrow();
        LOG.infof("handset %s (%s) releases call %s: %s", handset.id, handset.ipui, callId, cause);
        control(handset).ifPresent(s -> s.send(new Uplink.CallRelease(callId, cause)));
        handset.call().release(cause, 0, reason);
        endCall(handset);
    }

    // ---------------------------------------------------------------- the air

    void downlink(VirtualHandset handset, long streamId, Downlink.CallMessage message) {
        if (message instanceof Downlink.VoiceFrame frame) {
            if (handset.call().isCurrent(frame.callId())) {
                handset.call().received(frame.sequence(), frame.payload());
                if (frame.dtmfEvent() >= 0) {
                    handset.call().keyReceived(frame.dtmfEvent());
                }
            }
        } else if (message instanceof Downlink.IncomingCall incoming) {
            incoming(handset, streamId, incoming);
        } else if (message instanceof Downlink.CallProgress progress) {
            progress(handset, streamId, progress);
        } else if (message instanceof Downlink.CallRelease release) {
            if (handset.call().isCurrent(release.callId())) {
                LOG.infof("handset %s (%s): call %s released by the network: %s %s", handset.id, handset.ipui,
                        release.callId(), release.cause(), release.reason());
                handset.call().release(release.cause(), release.sipStatus(), release.reason());
                endCall(handset);
            }
        } else if (message instanceof Downlink.HandoverCommand command) {
            handover(handset, command);
        } else if (message instanceof Downlink.BearerReleased released) {
            if (handset.call().isCurrent(released.callId()) && handset.hasBearer(streamId)) {
                dropBearer(handset, streamId, true, true, "bearer released");
            }
        }
    }

    private void incoming(VirtualHandset handset, long streamId, Downlink.IncomingCall incoming) {
        CallSession call = handset.call();
        if (call.state().active()) {
            if (!call.isCurrent(incoming.callId())) {
                // The DM knows the handset is busy; should a second call still come, a real handset refuses it.
                sendOn(handset, streamId, new Uplink.CallRelease(incoming.callId(), ReleaseCause.BUSY));
            }
            return;
        }
        call.ring(incoming.callId(), incoming.callingNumber(), incoming.callingName(), incoming.codec());
        LOG.debugf("handset %s (%s) rings: call %s from %s", handset.id, handset.ipui, incoming.callId(),
                incoming.callingNumber());
        if (incoming.bearerAirEndpoint().isEmpty()) {
            bearerHere(handset, streamId);
        } else if (!openBearer(handset, incoming.bearerAirEndpoint(), incoming.bearerBaseMac(), incoming.callId())) {
            call.release(ReleaseCause.LINK_LOST, 0, "cannot reach the bearer base " + incoming.bearerBaseMac());
            endCall(handset);
            return;
        }
        switch (handset.answerMode()) {
            case AUTO -> answer(handset);
            case BUSY -> releaseByHandset(handset, ReleaseCause.BUSY, "busy (answer mode BUSY)");
            case REJECT -> releaseByHandset(handset, ReleaseCause.DECLINED, "rejected (answer mode REJECT)");
            case MANUAL -> { }
        }
    }

    private void progress(VirtualHandset handset, long streamId, Downlink.CallProgress progress) {
        CallSession call = handset.call();
        if (!call.isCurrent(progress.callId())) {
            return;
        }
        if (!progress.bearerAirEndpoint().isEmpty() && handset.bearers().stream()
                .noneMatch(b -> b.baseMac().equalsIgnoreCase(progress.bearerBaseMac()))) {
            if (!openBearer(handset, progress.bearerAirEndpoint(), progress.bearerBaseMac(), progress.callId())) {
                releaseByHandset(handset, ReleaseCause.LINK_LOST,
                        "cannot reach the bearer base " + progress.bearerBaseMac());
                return;
            }
        }
        if (!call.progress(progress.state(), progress.codec())) {
            return;
        }
        if (handset.bearers().isEmpty()) {
            bearerHere(handset, streamId);
        }
        LOG.debugf("handset %s (%s): call %s %s on %s", handset.id, handset.ipui, progress.callId(), call.state(),
                call.bearerBases());
        if (call.state() == CallState.CONNECTED) {
            talking.add(handset);
            startVoiceTimer();
        }
    }

    private void handover(VirtualHandset handset, Downlink.HandoverCommand command) {
        if (!handset.call().isCurrent(command.callId()) || command.targetAirEndpoint().isEmpty()) {
            return;
        }
        if (handset.bearers().stream().anyMatch(b -> b.baseMac().equalsIgnoreCase(command.targetBaseMac()))) {
            return; // already there
        }
        LOG.infof("handset %s (%s): handover of call %s to %s", handset.id, handset.ipui, command.callId(),
                command.targetBaseMac());
        openBearer(handset, command.targetAirEndpoint(), command.targetBaseMac(), command.callId());
    }

    /** The stream a call message came on carries the call: the lock stream, or a bearer stream already. */
    private void bearerHere(VirtualHandset handset, long streamId) {
        if (handset.hasBearer(streamId)) {
            return;
        }
        if (streamId == handset.streamId() && handset.stream().isPresent()) {
            var base = handset.selectedBase();
            var bearer = new Bearer(streamId, handset.stream().get(), base.map(MacAddress::value).orElse(""), base);
            handset.bearerAdded(bearer);
            handset.call().bearerAdded(bearer.baseMac());
        }
    }

    /** Opens a stream to the base carrying the call, with Lock{ipui, call_id}: no attach there. */
    private boolean openBearer(VirtualHandset handset, String airEndpoint, String baseMac, String callId) {
        var opened = host.open(handset, airEndpoint);
        if (opened.isEmpty()) {
            return false;
        }
        Optional<MacAddress> base = parse(baseMac);
        double rssi = base.map(handset.heard()::get).orElse(settings.radio().handsetSensitivityDbm());
        opened.get().stream().send(new Uplink.Lock(handset.ipui, rssi, handset.model, handset.firmware, callId));
        var bearer = new Bearer(opened.get().streamId(), opened.get().stream(), base.map(MacAddress::value)
                .orElse(baseMac), base);
        handset.bearerAdded(bearer);
        handset.call().bearerAdded(bearer.baseMac());
        return true;
    }

    private static Optional<MacAddress> parse(String mac) {
        try {
            return Optional.of(MacAddress.parse(mac));
        } catch (InvalidValueException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The base ended one of the call's streams: that bearer is lost. */
    void bearerEnded(VirtualHandset handset, long streamId, String reason) {
        dropBearer(handset, streamId, false, false, "link lost: " + reason);
    }

    /** Every tick: a bearer whose base the handset no longer hears is lost; a setup nobody answers is given up. */
    void listen(VirtualHandset handset, Map<MacAddress, Double> heard, Instant now) {
        CallSession call = handset.call();
        if (call.state() == CallState.DIALLING && !call.since().plus(settings.procedureTimeout()).isAfter(now)) {
            String callId = call.callId().orElseThrow();
            LOG.warnf("handset %s (%s): no answer from the network to call setup %s", handset.id, handset.ipui, callId);
            control(handset).ifPresent(s -> s.send(new Uplink.CallRelease(callId, ReleaseCause.NORMAL)));
            call.release(ReleaseCause.NETWORK_FAILURE, 0, "no answer from the network");
            endCall(handset);
            return;
        }
        for (Bearer bearer : handset.bearers()) {
            if (bearer.base().isPresent() && !heard.containsKey(bearer.base().get())) {
                LOG.infof("handset %s (%s) no longer hears bearer base %s of call %s", handset.id, handset.ipui,
                        bearer.baseMac(), call.callId().orElse(""));
                dropBearer(handset, bearer.streamId(), true, false, "link lost: out of range of " + bearer.baseMac());
            }
        }
    }

    /**
     * One bearer leaves the call: released by the network after a handover, or lost. The handset is then locked to the
     * base of the call's remaining bearer; without one the call is lost (LINK_LOST).
     */
    private void dropBearer(VirtualHandset handset, long streamId, boolean close, boolean released, String why) {
        var dropped = handset.removeBearer(streamId);
        if (dropped.isEmpty()) {
            return;
        }
        if (close) {
            dropped.get().stream().close();
        }
        var remaining = handset.bearers();
        boolean handedOver = released && !remaining.isEmpty();
        handset.call().bearerRemoved(dropped.get().baseMac(), handedOver);
        if (streamId == handset.streamId()) {
            if (!remaining.isEmpty()) {
                lockTo(handset, remaining.get(0));
            } else {
                handset.dropStream();
                host.lockLost(handset, why);
            }
        } else if (handedOver && !handset.hasBearer(handset.streamId())) {
            // The call moved on from a base other than the locked one: the handset follows it.
            handset.dropStream().ifPresent(AirStream::close);
            lockTo(handset, remaining.get(0));
        }
        if (remaining.isEmpty() && handset.call().state().active()) {
            LOG.infof("handset %s (%s): call %s lost: %s", handset.id, handset.ipui, handset.call().callId().orElse(""),
                    why);
            handset.call().release(ReleaseCause.LINK_LOST, 0, why);
            endCall(handset);
        }
    }

    private static void lockTo(VirtualHandset handset, Bearer bearer) {
        handset.streamOpened(bearer.stream(), bearer.streamId());
        bearer.base().ifPresent(handset::select);
    }

    /** The call is over: its voice stops and every bearer stream that is not the lock stream is closed. */
    private void endCall(VirtualHandset handset) {
        talking.remove(handset);
        for (Bearer bearer : handset.dropBearers()) {
            if (bearer.streamId() != handset.streamId()) {
                bearer.stream().close();
            }
        }
    }

    /** The handset is switched off or taken away. */
    void forget(VirtualHandset handset) {
        talking.remove(handset);
        for (Bearer bearer : handset.dropBearers()) {
            bearer.stream().close();
        }
    }

    /** Whom call control messages go to: the call's first bearer, else the lock stream. */
    private static Optional<AirStream> control(VirtualHandset handset) {
        var bearers = handset.bearers();
        return bearers.isEmpty() ? handset.stream() : Optional.of(bearers.get(0).stream());
    }

    private static void sendOn(VirtualHandset handset, long streamId, Uplink message) {
        if (streamId == handset.streamId()) {
            handset.stream().ifPresent(s -> s.send(message));
        } else {
            handset.bearer(streamId).ifPresent(b -> b.stream().send(message));
        }
    }

    /**
     * The bases the handset hears, strongest first: at most {@link #MEASURED_BASES}, as a handset keeps a short list
     * of its strongest neighbours. Only the strongest can take a handover or an overloaded call, and a talking handset
     * sends this five times a second: in an open office it hears every base of a large installation.
     */
    static List<BaseHeard> heard(VirtualHandset handset) {
        return handset.heard().entrySet().stream()
                .sorted(Map.Entry.<MacAddress, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MEASURED_BASES)
                .map(e -> new BaseHeard(e.getKey().value(), Math.round(e.getValue() * 10) / 10.0))
                .toList();
    }

    // ---------------------------------------------------------------- voice and measurements

    private void startVoiceTimer() {
        if (!voiceTimerRunning) {
            voiceTimerRunning = true;
            voiceTick();
        }
    }

    /** One timer for every talking handset: each sends the frames due since its call connected, on every bearer. */
    private void voiceTick() {
        voiceTimer.cancel();
        Instant now = clock.instant();
        for (VirtualHandset handset : List.copyOf(talking)) {
            CallSession call = handset.call();
            String callId = call.callId().orElseThrow();
            var bearers = handset.bearers();
            for (CallSession.Frame frame : call.framesDue(now)) {
                var uplink = new Uplink.VoiceFrame(callId, frame.index(), call.codec(), frame.payload());
                for (Bearer bearer : bearers) {
                    bearer.stream().send(uplink);
                }
            }
            if (call.measurementDue(now, settings.measurementInterval()) && !bearers.isEmpty()) {
                bearers.get(0).stream().send(new Uplink.NeighbourMeasurement(callId, heard(handset)));
            }
        }
        if (talking.isEmpty()) {
            voiceTimerRunning = false;
            voiceTimer = EngineScheduler.Cancellable.NONE;
        } else {
            voiceTimer = scheduler.schedule(this::voiceTick, VoiceSignal.PTIME);
        }
    }

    /** Everything stops (engine stopped). */
    void stop() {
        voiceTimer.cancel();
        voiceTimerRunning = false;
        talking.clear();
    }
}
