package io.multicell.base.air;

import io.multicell.base.call.CallEvent;
import io.multicell.base.call.CallEventSink;
import io.multicell.base.call.CallState;
import io.multicell.base.call.Codec;
import io.multicell.base.call.ReleaseCause;
import io.multicell.base.link.DmCommand;
import io.multicell.base.voice.VoiceRoutes;
import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The call bearers of this base: the channels the DM reserved here, the air streams carrying them and the gateway's
 * relay streams feeding them. Applies the DM's call commands to the handsets' streams and reports what the handsets
 * do. A bearer nobody told this base to expect is refused, and so is one beyond the channels of the base.
 *
 * <p>Owned by the air executor together with {@link HandsetSessions}, which hands it the sessions and the streams.
 */
final class CallBearers {

    private static final Logger LOG = Logger.getLogger(CallBearers.class);

    static final String NOT_EXPECTED = "no bearer expected for this call and handset";
    /** Relay streams that may wait for their call's reservation at once; beyond, a RelayOpen is NOT_FOUND. */
    static final int MAX_WAITING_RELAYS = 32;

    private final MacAddress base;
    private final CallChannels channels;
    private final CallEventSink events;
    private final Clock clock;
    /** Every handset session of the base (a live view of the sessions' map). */
    private final Collection<HandsetSession> sessions;
    /** Where each bearer publishes its voice route for the voice socket. */
    private final VoiceRoutes routes;

    private final Map<String, Bearer> bearers = new HashMap<>();
    /** Relay streams opened for a call not reserved here (yet), by call id. */
    private final Map<String, List<RelayStream>> waitingRelays = new HashMap<>();
    private long bearersRefused;

    CallBearers(MacAddress base, CallChannels channels, CallEventSink events, Clock clock,
            Collection<HandsetSession> sessions, VoiceRoutes routes) {
        this.base = base;
        this.routes = routes;
        this.channels = channels;
        this.events = events;
        this.clock = clock;
        this.sessions = sessions;
    }

    /** Bearers reserved or carried here now. */
    int active() {
        return bearers.size();
    }

    long refused() {
        return bearersRefused;
    }

    // ---- the handset's streams ----

    /**
     * A Lock with a call id: the handset opens the bearer the DM told this base to expect.
     *
     * @return empty when the stream now carries the call; otherwise why it is refused (reported as bearer_refused)
     */
    Optional<String> bearerLock(HandsetSession session, Uplink.Lock lock) {
        Bearer bearer = bearers.get(lock.callId());
        String refusal = null;
        if (bearer == null || !bearer.ipui.equals(lock.ipui())) {
            refusal = NOT_EXPECTED;
        } else if (bearer.state() != BearerState.RESERVED) {
            refusal = "the call already has its bearer here";
        }
        if (refusal != null) {
            refuse(lock.callId(), lock.ipui(), refusal);
            return Optional.of(refusal);
        }
        session.locked(lock);
        bearer.carriedBy(session);
        acceptRelays(bearer);
        LOG.infof("call %s: bearer of %s arrived (%.1f dBm)", bearer.callId, lock.ipui(), lock.rssiDbm());
        events.report(new CallEvent.BearerArrived(bearer.callId, bearer.ipui, lock.rssiDbm()));
        return Optional.empty();
    }

    /** A call message of a handset (CallSetup, CallAnswer, CallRelease, NeighbourMeasurement). */
    void uplink(HandsetSession session, Uplink message) {
        Ipui ipui = session.ipui().orElseThrow();
        if (message instanceof Uplink.CallSetup setup) {
            session.calls.add(setup.callId());
            LOG.infof("call %s: %s dials", setup.callId(), ipui);
            events.report(new CallEvent.Setup(setup.callId(), ipui, setup.dialledNumber(), setup.heard()));
        } else if (message instanceof Uplink.CallAnswer answer) {
            LOG.debugf("call %s: %s answers", answer.callId(), ipui);
            events.report(new CallEvent.Answered(answer.callId(), ipui));
        } else if (message instanceof Uplink.CallRelease release) {
            LOG.infof("call %s: %s releases (%s)", release.callId(), ipui, release.cause());
            events.report(new CallEvent.Released(release.callId(), ipui, release.cause(), release.sipStatus(),
                    release.reason()));
            // The handset ended the call: nothing more to tell it, its channel here is free.
            forget(release.callId());
            Optional.ofNullable(bearers.get(release.callId())).ifPresent(b -> free(b, "released by the handset"));
        } else if (message instanceof Uplink.NeighbourMeasurement measurement) {
            events.report(new CallEvent.Measurement(measurement.callId(), ipui, measurement.heard()));
        }
    }

    /** A handset stream is gone: a bearer it still carried is lost. */
    void streamClosed(HandsetSession session, String reason) {
        Bearer bearer = session.carried;
        session.calls.clear();
        if (bearer != null) {
            LOG.warnf("call %s: bearer of %s lost: %s", bearer.callId, bearer.ipui, reason);
            events.report(new CallEvent.BearerLost(bearer.callId, bearer.ipui, reason));
            free(bearer, "bearer lost");
        }
    }

    // ---- the DM's commands ----

    void command(DmCommand.CallCommand command) {
        if (command instanceof DmCommand.AlertHandset alert) {
            alert(alert);
        } else if (command instanceof DmCommand.CallProgress progress) {
            progress(progress);
        } else if (command instanceof DmCommand.ReleaseCall release) {
            release(release);
        } else if (command instanceof DmCommand.ExpectBearer expect) {
            reserve(expect.callId(), expect.ipui(), expect.codec())
                    .ifPresent(refusal -> refuse(expect.callId(), expect.ipui(), refusal));
        } else if (command instanceof DmCommand.HandoverHandset handover) {
            handover(handover);
        } else if (command instanceof DmCommand.ReleaseBearer release) {
            releaseBearer(release);
        }
    }

    private void alert(DmCommand.AlertHandset alert) {
        var session = handsetStream(alert.ipui());
        if (session.isEmpty()) {
            LOG.infof("call %s: %s is not attached here, cannot ring", alert.callId(), alert.ipui());
            events.report(new CallEvent.Released(alert.callId(), alert.ipui(),
                    ReleaseCause.UNREACHABLE, 0, "handset not attached at this base"));
            return;
        }
        var stream = session.get();
        boolean here = alert.bearer().isHere(base.value());
        if (here && !carryOnStream(stream, alert.callId(), alert.ipui(), alert.codec())) {
            return;
        }
        stream.calls.add(alert.callId());
        stream.connection.send(new Downlink.IncomingCall(alert.callId(), alert.callingNumber(), alert.callingName(),
                alert.codec(), here ? "" : alert.bearer().airEndpoint(), here ? "" : alert.bearer().baseMac()));
        LOG.debugf("call %s: %s rings, bearer %s", alert.callId(), alert.ipui(), here ? "here" : alert.bearer().baseMac());
        if (here) {
            events.report(new CallEvent.Alerting(alert.callId(), alert.ipui()));
        }
    }

    private void progress(DmCommand.CallProgress progress) {
        boolean here = progress.bearer().isHere(base.value());
        Bearer bearer = bearers.get(progress.callId());
        var stream = bearer != null && bearer.stream() != null
                ? Optional.of(bearer.stream())
                : streamOfCall(progress.callId()).or(() -> handsetStream(progress.ipui()));
        if (stream.isEmpty()) {
            LOG.infof("call %s: progress %s for %s, who has no stream here", progress.callId(), progress.state(),
                    progress.ipui());
            return;
        }
        if (progress.state() == CallState.PROCEEDING && here && bearer == null
                && !carryOnStream(stream.get(), progress.callId(), progress.ipui(), progress.codec())) {
            return;
        }
        stream.get().connection.send(new Downlink.CallProgress(progress.callId(), progress.state(), progress.codec(),
                here ? "" : progress.bearer().airEndpoint(), here ? "" : progress.bearer().baseMac()));
    }

    /** The call's bearer is this base and lives on the handset's lock stream. */
    private boolean carryOnStream(HandsetSession stream, String callId, Ipui ipui, Codec codec) {
        if (stream.carried != null && !stream.carried.callId.equals(callId)) {
            refuse(callId, ipui, "the handset's stream already carries call " + stream.carried.callId);
            return false;
        }
        var refusal = reserve(callId, ipui, codec);
        if (refusal.isPresent()) {
            refuse(callId, ipui, refusal.get());
            return false;
        }
        Bearer bearer = bearers.get(callId);
        if (bearer.state() == BearerState.RESERVED) {
            bearer.carriedBy(stream);
            acceptRelays(bearer);
        }
        return true;
    }

    private void release(DmCommand.ReleaseCall release) {
        var streams = new LinkedHashSet<HandsetSession>();
        Bearer bearer = bearers.get(release.callId());
        if (bearer != null && bearer.stream() != null) {
            streams.add(bearer.stream());
        }
        streamOfCallAll(release.callId(), streams);
        var message = new Downlink.CallRelease(release.callId(), release.cause(), release.sipStatus(), release.reason());
        streams.forEach(s -> s.connection.send(message));
        forget(release.callId());
        if (bearer != null) {
            free(bearer, "call released (" + release.cause() + ")");
        }
        endWaitingRelays(release.callId(), "call released (" + release.cause() + ")");
        LOG.infof("call %s released (%s): %d stream(s) told", release.callId(), release.cause(), streams.size());
    }

    private void handover(DmCommand.HandoverHandset handover) {
        Bearer bearer = bearers.get(handover.callId());
        if (bearer == null || bearer.stream() == null) {
            LOG.warnf("call %s: handover to %s, but no bearer stream here", handover.callId(), handover.targetBaseMac());
            return;
        }
        LOG.infof("call %s: handover of %s to %s", handover.callId(), bearer.ipui, handover.targetBaseMac());
        bearer.stream().connection.send(new Downlink.HandoverCommand(handover.callId(), handover.targetBaseMac(),
                handover.targetAirEndpoint()));
    }

    private void releaseBearer(DmCommand.ReleaseBearer release) {
        Bearer bearer = bearers.get(release.callId());
        if (bearer == null) {
            LOG.infof("call %s: bearer release, but no bearer here", release.callId());
            return;
        }
        HandsetSession stream = bearer.stream();
        if (stream != null) {
            stream.calls.remove(release.callId());
            stream.connection.send(new Downlink.BearerReleased(release.callId()));
        }
        free(bearer, "bearer released (handover done)");
    }

    // ---- the gateway's relay streams ----

    /**
     * RelayOpen: the stream feeds the call's bearer here and takes its uplink voice to {@code uplink}. A call not
     * reserved here yet waits for its ExpectBearer (a handover's leg is opened while the handset moves).
     */
    void relayOpen(RelayStream relay, String callId, Ipui ipui, InetSocketAddress uplink) {
        if (relay.state != RelayStream.State.AWAITING_OPEN) {
            rejectRelay(relay, "open", "only the first message of a relay stream may be open");
            return;
        }
        relay.callId = callId;
        relay.ipui = ipui;
        relay.uplink = uplink;
        Bearer bearer = bearers.get(callId);
        if (bearer != null) {
            attach(relay, bearer);
            return;
        }
        int waiting = waitingRelays.values().stream().mapToInt(List::size).sum();
        if (waiting >= MAX_WAITING_RELAYS) {
            relay.state = RelayStream.State.CLOSED;
            relay.connection.notFound("no bearer of call " + callId + " for " + ipui + " at this base");
            return;
        }
        relay.state = RelayStream.State.AWAITING_BEARER;
        waitingRelays.computeIfAbsent(callId, id -> new ArrayList<>(1)).add(relay);
        LOG.debugf("call %s: relay stream waits for the bearer's reservation", callId);
    }

    /** The relay feeds the bearer; RelayAccepted once the bearer is carried (at once when it is). */
    private void attach(RelayStream relay, Bearer bearer) {
        if (!bearer.ipui.equals(relay.ipui)) {
            relay.state = RelayStream.State.CLOSED;
            relay.connection.notFound("no bearer of call " + relay.callId + " for " + relay.ipui + " at this base");
            return;
        }
        relay.state = RelayStream.State.OPEN;
        relay.bearer = bearer;
        bearer.addRelay(relay);
        if (bearer.state() == BearerState.CARRIED) {
            accept(relay);
        }
        LOG.debugf("call %s: relay stream open (%d)", relay.callId, bearer.relayCount());
    }

    private static void acceptRelays(Bearer bearer) {
        for (RelayStream relay : bearer.relays()) {
            accept(relay);
        }
    }

    private static void accept(RelayStream relay) {
        if (!relay.accepted) {
            relay.accepted = true;
            relay.connection.accepted();
        }
    }

    /** The call will not have a bearer here: relay streams waiting for it are NOT_FOUND. */
    private void endWaitingRelays(String callId, String why) {
        List<RelayStream> waiting = waitingRelays.remove(callId);
        if (waiting != null) {
            for (RelayStream relay : waiting) {
                relay.state = RelayStream.State.CLOSED;
                relay.connection.notFound("call " + callId + ": " + why);
            }
        }
    }

    void relayInvalid(RelayStream relay, String field, String rule) {
        if (relay.state != RelayStream.State.CLOSED) {
            rejectRelay(relay, field, rule);
        }
    }

    void relayEnded(RelayStream relay) {
        if (relay.state != RelayStream.State.CLOSED) {
            closeRelay(relay);
            relay.connection.complete();
        }
    }

    private void rejectRelay(RelayStream relay, String field, String rule) {
        LOG.infof("relay stream rejected: %s %s", field, rule);
        closeRelay(relay);
        relay.connection.rejectInvalid(field, rule);
    }

    private void closeRelay(RelayStream relay) {
        if (relay.bearer != null) {
            relay.bearer.removeRelay(relay);
        }
        if (relay.state == RelayStream.State.AWAITING_BEARER) {
            List<RelayStream> waiting = waitingRelays.get(relay.callId);
            if (waiting != null && waiting.remove(relay) && waiting.isEmpty()) {
                waitingRelays.remove(relay.callId);
            }
        }
        relay.state = RelayStream.State.CLOSED;
    }

    /** Reboot: every bearer and relay is gone; the DM learns it from the lost link. */
    void terminateAll(String reason) {
        for (Bearer bearer : List.copyOf(bearers.values())) {
            for (RelayStream relay : bearer.relays()) {
                closeRelay(relay);
                relay.connection.abort(reason);
            }
            bearer.released();
        }
        bearers.clear();
        for (List<RelayStream> waiting : waitingRelays.values()) {
            for (RelayStream relay : waiting) {
                relay.state = RelayStream.State.CLOSED;
                relay.connection.abort(reason);
            }
        }
        waitingRelays.clear();
    }

    List<BearerView> views() {
        var views = new ArrayList<BearerView>(bearers.size());
        for (Bearer bearer : bearers.values()) {
            HandsetSession stream = bearer.stream();
            String kind = stream == null ? null
                    : stream.lock().map(Uplink.Lock::isBearer).orElse(false) ? "BEARER" : "LOCK";
            views.add(new BearerView(bearer.callId, bearer.ipui.value(), bearer.state(), bearer.codec.name(), kind,
                    bearer.relayCount(), bearer.since()));
        }
        views.sort(Comparator.comparing(BearerView::callId));
        return views;
    }

    // ---- bearers and channels ----

    /** Reserves a channel for the call, or says why not; a second reservation of the same call is the first one. */
    private Optional<String> reserve(String callId, Ipui ipui, Codec codec) {
        Bearer existing = bearers.get(callId);
        if (existing != null) {
            return existing.ipui.equals(ipui) ? Optional.empty()
                    : Optional.of("call " + callId + " has a bearer here for " + existing.ipui);
        }
        boolean wideband = codec.wideband() || bearers.values().stream().anyMatch(b -> b.codec.wideband());
        int limit = channels.limit(wideband);
        if (bearers.size() >= limit) {
            return Optional.of("no channel free (" + bearers.size() + " of " + limit + " in use"
                    + (wideband ? ", wideband" : "") + ")");
        }
        var bearer = new Bearer(callId, ipui, codec, clock, routes);
        bearers.put(callId, bearer);
        LOG.debugf("call %s: channel reserved for %s (%d in use)", callId, ipui, bearers.size());
        List<RelayStream> waiting = waitingRelays.remove(callId);
        if (waiting != null) {
            waiting.forEach(relay -> attach(relay, bearer));
        }
        return Optional.empty();
    }

    /** A bearer Lock refused before it was looked at (base not in service). */
    void refuseBearer(String callId, Ipui ipui, String reason) {
        refuse(callId, ipui, reason);
    }

    private void refuse(String callId, Ipui ipui, String reason) {
        endWaitingRelays(callId, "bearer refused: " + reason);
        bearersRefused++;
        LOG.infof("call %s: bearer of %s refused: %s", callId, ipui, reason);
        events.report(new CallEvent.BearerRefused(callId, ipui, reason));
    }

    private void free(Bearer bearer, String why) {
        bearers.remove(bearer.callId);
        bearer.released();
        for (RelayStream relay : bearer.relays()) {
            closeRelay(relay);
            relay.connection.notFound("call " + bearer.callId + ": " + why);
        }
    }

    /** The call no longer involves any stream of this base. */
    private void forget(String callId) {
        for (HandsetSession session : sessions) {
            session.calls.remove(callId);
        }
    }

    /** The stream that takes calls for the handset: attached here, else a bearer stream it was handed over to. */
    private Optional<HandsetSession> handsetStream(Ipui ipui) {
        HandsetSession found = null;
        for (HandsetSession session : sessions) {
            if (session.ipui().filter(ipui::equals).isEmpty()) {
                continue;
            }
            if (session.state() == SessionState.ATTACHED) {
                found = session; // the latest attached stream wins
            } else if (session.state() == SessionState.BEARER && (found == null
                    || found.state() != SessionState.ATTACHED)) {
                found = session;
            }
        }
        return Optional.ofNullable(found);
    }

    private Optional<HandsetSession> streamOfCall(String callId) {
        for (HandsetSession session : sessions) {
            if (session.calls.contains(callId)) {
                return Optional.of(session);
            }
        }
        return Optional.empty();
    }

    private void streamOfCallAll(String callId, Set<HandsetSession> into) {
        for (HandsetSession session : sessions) {
            if (session.calls.contains(callId)) {
                into.add(session);
            }
        }
    }
}
