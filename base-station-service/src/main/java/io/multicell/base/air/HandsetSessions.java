package io.multicell.base.air;

import io.multicell.base.air.HandsetAccessClient.ChallengeAnswer;
import io.multicell.base.air.HandsetAccessClient.DmChallenge;
import io.multicell.base.air.HandsetAccessClient.DmOutcome;
import io.multicell.base.air.HandsetAccessClient.HandsetProcedure;
import io.multicell.base.call.CallEvent;
import io.multicell.base.call.CallEventSink;
import io.multicell.base.link.AirCounters;
import io.multicell.base.link.DmCommand;
import io.multicell.base.link.HandsetSide;
import io.multicell.base.voice.VoiceRoutes;
import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Every handset air stream of this base and the relay of their procedures to the DM. The base decides nothing about
 * access rights: it forwards requests and answers and tracks which handsets are locked and attached here. Calls on
 * these streams, their bearers and the gateway's relay streams are kept by {@link CallBearers}.
 *
 * <p>All state is owned by the air executor (one serial executor); transport threads, the control link and DM answers
 * post tasks to it. Readers get immutable snapshots ({@link #statistics()}, {@link #handsets()},
 * {@link #attachedHandsets()}).
 */
public final class HandsetSessions implements HandsetSide {

    private static final Logger LOG = Logger.getLogger(HandsetSessions.class);

    static final String NOT_IN_SERVICE = "base not in service";
    static final String DM_UNREACHABLE = "DECT manager not reachable";

    private final MacAddress base;
    private final HandsetAccessClient dm;
    private final Executor air;
    private final Clock clock;
    private final Instant since;
    private final AtomicLong nextId = new AtomicLong();

    // --- owned by the air executor ---
    private final Map<Long, HandsetSession> sessions = new LinkedHashMap<>();
    private final CallBearers calls;
    /** Conn since the last ResetStatistics. */
    private long connections;
    private long connectionsTotal;
    private Instant connSince;
    private long registrationsAccepted;
    private long registrationsRefused;
    private long attachesRefused;
    private long locksRefused;
    private long pageResponses;

    private volatile boolean inService;
    private volatile Set<Ipui> attached = Set.of();
    private volatile List<HandsetView> views = List.of();
    private volatile List<BearerView> bearerViews = List.of();
    private volatile AirStatistics statistics;

    /** A base without call reports (procedure tests). */
    public HandsetSessions(MacAddress base, HandsetAccessClient dm, Executor air, Clock clock) {
        this(base, dm, air, clock, CallChannels.DEFAULT, event -> { });
    }

    /** A base whose bearers publish their voice routes nowhere the voice socket reads (tests of the streams). */
    public HandsetSessions(MacAddress base, HandsetAccessClient dm, Executor air, Clock clock, CallChannels channels,
            CallEventSink events) {
        this(base, dm, air, clock, channels, events, new VoiceRoutes());
    }

    public HandsetSessions(MacAddress base, HandsetAccessClient dm, Executor air, Clock clock, CallChannels channels,
            CallEventSink events, VoiceRoutes routes) {
        this.base = base;
        this.dm = dm;
        this.air = air;
        this.clock = clock;
        this.since = clock.instant();
        this.connSince = since;
        this.calls = new CallBearers(base, channels, events, clock, sessions.values(), routes);
        publish();
    }

    /** A new air stream; its events are handled in order after it is registered. */
    public HandsetStreamListener open(HandsetConnection connection) {
        var session = new HandsetSession(nextId.incrementAndGet(), connection, clock);
        air.execute(() -> sessions.put(session.id, session));
        return new HandsetStreamListener() {
            @Override
            public void onUplink(Uplink message) {
                air.execute(() -> uplink(session, message));
            }

            @Override
            public void onInvalid(String field, String rule) {
                air.execute(() -> invalid(session, field, rule));
            }

            @Override
            public void onEnded() {
                air.execute(() -> ended(session));
            }
        };
    }

    /** A new VoiceRelay stream of the gateway; its events are handled in order on the air thread. */
    public RelayStreamListener openRelay(RelayConnection connection) {
        var relay = new RelayStream(connection);
        return new RelayStreamListener() {
            @Override
            public void onOpen(String callId, Ipui ipui, InetSocketAddress uplink) {
                air.execute(() -> {
                    calls.relayOpen(relay, callId, ipui, uplink);
                    publish();
                });
            }

            @Override
            public void onInvalid(String field, String rule) {
                air.execute(() -> calls.relayInvalid(relay, field, rule));
            }

            @Override
            public void onEnded() {
                air.execute(() -> {
                    calls.relayEnded(relay);
                    publish();
                });
            }
        };
    }

    public AirStatistics statistics() {
        return statistics;
    }

    /** Call bearers reserved or carried here now, by call id. */
    public List<BearerView> bearers() {
        return bearerViews;
    }

    /** Handsets locked here now, by IPUI. */
    public List<HandsetView> handsets() {
        return views;
    }

    public boolean isInService() {
        return inService;
    }

    // ---- HandsetSide: called by the control link ----

    @Override
    public Set<Ipui> attachedHandsets() {
        return attached;
    }

    @Override
    public void page(Ipui ipui, String pageId) {
        air.execute(() -> {
            var targets = streamsOf(ipui, SessionState.ATTACHED);
            if (targets.isEmpty()) {
                // Handed over here in a call: the bearer stream is the handset's lock stream now.
                targets = streamsOf(ipui, SessionState.BEARER);
            }
            if (targets.isEmpty()) {
                LOG.infof("page %s for %s: the handset is not attached here", pageId, ipui);
            }
            targets.forEach(s -> s.connection.send(new Downlink.Page(pageId)));
        });
    }

    private List<HandsetSession> streamsOf(Ipui ipui, SessionState state) {
        return sessions.values().stream()
                .filter(s -> s.state() == state && s.ipui().filter(ipui::equals).isPresent())
                .toList();
    }

    @Override
    public void release(Ipui ipui, String reason) {
        air.execute(() -> {
            var targets = sessions.values().stream().filter(s -> s.ipui().filter(ipui::equals).isPresent()).toList();
            for (HandsetSession session : targets) {
                LOG.infof("releasing handset %s: %s", ipui, reason);
                session.connection.send(new Downlink.LocationResult(false, reason));
                session.connection.complete();
                close(session, "handset released: " + reason);
            }
            publish();
        });
    }

    @Override
    public void call(DmCommand.CallCommand command) {
        air.execute(() -> {
            calls.command(command);
            publish();
        });
    }

    @Override
    public AirCounters counters() {
        var now = statistics;
        return new AirCounters(now.connections(), now.activeBearers());
    }

    @Override
    public void resetStatistics() {
        air.execute(() -> {
            connections = 0;
            connSince = clock.instant();
            publish();
        });
    }

    @Override
    public void inService(boolean inService) {
        if (this.inService != inService) {
            LOG.infof("base %s %s", base, inService ? "in service: handsets may lock" : "not in service: Locks refused");
        }
        this.inService = inService;
    }

    @Override
    public void terminateAll(String reason) {
        air.execute(() -> {
            calls.terminateAll(reason); // first: the DM learns of the bearers from the lost link, not one by one
            for (HandsetSession session : List.copyOf(sessions.values())) {
                session.connection.abort(reason);
                close(session, reason);
            }
            publish();
        });
    }

    // ---- everything below runs on the air executor ----

    private void uplink(HandsetSession session, Uplink message) {
        if (session.state() == SessionState.CLOSED) {
            return;
        }
        if (session.state() == SessionState.AWAITING_LOCK) {
            if (message instanceof Uplink.Lock lock) {
                lock(session, lock);
            } else {
                reject(session, "message", "the first uplink of a stream must be Lock");
            }
            publish();
            return;
        }
        if (message instanceof Uplink.Lock) {
            reject(session, "lock", "only the first uplink of a stream may be Lock");
        } else if (message instanceof Uplink.AccessRightsRequest request) {
            request(session, Procedure.ACCESS_RIGHTS, request.ipui(), "access_rights_request.ipui");
        } else if (message instanceof Uplink.LocationRequest request) {
            request(session, Procedure.LOCATION, request.ipui(), "location_request.ipui");
        } else if (message instanceof Uplink.ChallengeResponse response) {
            answer(session, response);
        } else if (message instanceof Uplink.CallSetup) {
            if (session.state() == SessionState.ATTACHED) {
                calls.uplink(session, message);
            } else {
                session.connection.rejectOutOfOrder("call_setup: the handset must be attached at this base to dial");
                closeAndReport(session, "air stream rejected");
            }
        } else if (message instanceof Uplink.CallAnswer || message instanceof Uplink.CallRelease
                || message instanceof Uplink.NeighbourMeasurement) {
            calls.uplink(session, message);
        } else if (message instanceof Uplink.PageResponse response) {
            pageResponses++;
            Ipui ipui = session.ipui().orElseThrow();
            dm.reportPageResponse(base, ipui, response.pageId(), response.heard()).whenCompleteAsync((outcome, error) -> {
                if (error != null) {
                    LOG.warnf("page response of %s not delivered to the DM: %s", ipui, cause(error).getMessage());
                }
            }, air);
        }
        publish();
    }

    private void lock(HandsetSession session, Uplink.Lock lock) {
        if (!inService) {
            locksRefused++;
            LOG.infof("Lock of %s refused: %s", lock.ipui(), NOT_IN_SERVICE);
            if (lock.isBearer()) {
                calls.refuseBearer(lock.callId(), lock.ipui(), NOT_IN_SERVICE);
            }
            refuseLock(session, NOT_IN_SERVICE);
            return;
        }
        if (lock.isBearer()) {
            // A bearer stream: no attach procedure; it is an established connection once accepted.
            calls.bearerLock(session, lock).ifPresentOrElse(refusal -> refuseLock(session, refusal), () -> {
                connections++;
                connectionsTotal++;
            });
            return;
        }
        session.locked(lock);
        LOG.debugf("handset %s locked (%.1f dBm, %s %s)", lock.ipui(), lock.rssiDbm(), lock.model(), lock.firmware());
    }

    /** A refused Lock is answered as a refused location: LocationResult(false, reason), then the stream ends. */
    private void refuseLock(HandsetSession session, String reason) {
        session.connection.send(new Downlink.LocationResult(false, reason));
        session.connection.complete();
        close(session, "Lock refused");
    }

    private void request(HandsetSession session, Procedure procedure, Ipui ipui, String field) {
        Uplink.Lock lock = session.lock().orElseThrow();
        if (!lock.ipui().equals(ipui)) {
            reject(session, field, "must be the IPUI of the Lock (" + lock.ipui() + ")");
            return;
        }
        // A procedure whose challenge the handset never answered is abandoned by a new request; one waiting for
        // the DM is not, since its outcome would then answer the wrong request.
        if (session.procedure().isPresent() && session.phase() != HandsetSession.Phase.AWAITING_HANDSET) {
            session.connection.rejectOutOfOrder("a " + session.procedure().get() + " procedure is in progress");
            closeAndReport(session, "air stream rejected");
            return;
        }
        if (!inService) {
            session.connection.send(result(procedure, false, NOT_IN_SERVICE));
            return;
        }
        if (session.procedure().isPresent()) {
            session.finish(false); // the abandoned one
        }
        long attempt = session.start(procedure);
        var request = new HandsetProcedure(base, ipui, lock.rssiDbm(), lock.model(), lock.firmware());
        var asked = procedure == Procedure.ACCESS_RIGHTS ? dm.requestAccessRights(request) : dm.requestLocation(request);
        asked.whenCompleteAsync((challenge, error) -> challenged(session, attempt, challenge, error), air);
    }

    private void challenged(HandsetSession session, long attempt, DmChallenge challenge, Throwable error) {
        if (session.state() == SessionState.CLOSED || session.attempt() != attempt) {
            return;
        }
        if (error != null) {
            LOG.warnf("%s of %s: DM call failed: %s", session.procedure().orElseThrow(), session.ipui().orElseThrow(),
                    cause(error).getMessage());
            finish(session, false, DM_UNREACHABLE);
        } else if (challenge.refused()) {
            finish(session, false, challenge.reason());
        } else {
            session.challengeSent(challenge.transactionId());
            session.connection.send(session.procedure().orElseThrow() == Procedure.ACCESS_RIGHTS
                    ? new Downlink.RegistrationChallenge(challenge.transactionId(), challenge.rs(), challenge.rand())
                    : new Downlink.AuthenticationChallenge(challenge.transactionId(), challenge.rand()));
        }
        publish();
    }

    private void answer(HandsetSession session, Uplink.ChallengeResponse response) {
        if (session.procedure().isEmpty() || session.phase() != HandsetSession.Phase.AWAITING_HANDSET
                || !session.transactionId().equals(response.transactionId())) {
            reject(session, "challenge_response.transaction_id", "must be the transaction of the challenge in progress");
            return;
        }
        Procedure procedure = session.procedure().get();
        long attempt = session.attempt();
        session.answerRelayed();
        var answer = new ChallengeAnswer(base, session.ipui().orElseThrow(), response.transactionId(), response.res());
        var confirmed = procedure == Procedure.ACCESS_RIGHTS ? dm.confirmAccessRights(answer) : dm.confirmLocation(answer);
        confirmed.whenCompleteAsync((outcome, error) -> confirmed(session, procedure, attempt, outcome, error), air);
    }

    private void confirmed(HandsetSession session, Procedure procedure, long attempt, DmOutcome outcome, Throwable error) {
        if (session.state() == SessionState.CLOSED) {
            if (procedure == Procedure.LOCATION && error == null && outcome.accepted()) {
                // The DM placed the handset here after its stream had already ended: take that back.
                reportDetached(session.ipui().orElseThrow());
            }
            return;
        }
        if (session.attempt() != attempt) {
            return;
        }
        if (error != null) {
            LOG.warnf("%s of %s: DM call failed: %s", procedure, session.ipui().orElseThrow(), cause(error).getMessage());
            finish(session, false, DM_UNREACHABLE);
        } else {
            finish(session, outcome.accepted(), outcome.reason());
        }
        publish();
    }

    private void finish(HandsetSession session, boolean accepted, String reason) {
        Procedure procedure = session.procedure().orElseThrow();
        Ipui ipui = session.ipui().orElseThrow();
        if (procedure == Procedure.ACCESS_RIGHTS) {
            if (accepted) {
                registrationsAccepted++;
            } else {
                registrationsRefused++;
            }
            LOG.infof("access rights of %s %s%s", ipui, accepted ? "accepted" : "refused", accepted ? "" : ": " + reason);
        } else if (accepted) {
            connections++;
            connectionsTotal++;
            LOG.infof("handset %s attached", ipui);
        } else {
            attachesRefused++;
            LOG.infof("attach of %s refused: %s", ipui, reason);
        }
        session.finish(procedure == Procedure.LOCATION && accepted);
        session.connection.send(result(procedure, accepted, reason));
    }

    private static Downlink result(Procedure procedure, boolean accepted, String reason) {
        return procedure == Procedure.ACCESS_RIGHTS
                ? new Downlink.AccessRightsResult(accepted, reason)
                : new Downlink.LocationResult(accepted, reason);
    }

    private void invalid(HandsetSession session, String field, String rule) {
        if (session.state() != SessionState.CLOSED) {
            reject(session, field, rule);
            publish();
        }
    }

    private void reject(HandsetSession session, String field, String rule) {
        LOG.infof("air stream of %s rejected: %s %s", session.ipui().map(Ipui::toString).orElse("(no Lock yet)"), field, rule);
        session.connection.rejectInvalid(field, rule);
        closeAndReport(session, "air stream rejected: " + field);
    }

    private void ended(HandsetSession session) {
        if (session.state() != SessionState.CLOSED) {
            // A handset that half-closed waits for the base to end its side too.
            session.connection.complete();
            closeAndReport(session, "air stream ended without a release");
            publish();
        }
    }

    private void closeAndReport(HandsetSession session, String reason) {
        // A bearer stream was never attached: the DM learns of it by bearer_lost only.
        boolean wasLocked = session.isLocked() && session.state() != SessionState.BEARER;
        close(session, reason);
        if (wasLocked) {
            reportDetached(session.ipui().orElseThrow());
        }
    }

    private void close(HandsetSession session, String reason) {
        if (session.state() != SessionState.CLOSED) {
            session.close();
        }
        sessions.remove(session.id);
        calls.streamClosed(session, reason);
    }

    private void reportDetached(Ipui ipui) {
        dm.reportDetached(base, ipui).whenCompleteAsync((outcome, error) -> {
            if (error != null) {
                LOG.debugf("detach of %s not delivered to the DM: %s", ipui, cause(error).getMessage());
            }
        }, air);
    }

    private void publish() {
        var nowAttached = new TreeSet<Ipui>(Comparator.comparing(Ipui::value));
        var nowViews = new ArrayList<HandsetView>();
        int locked = 0;
        int attachedCount = 0;
        for (HandsetSession session : sessions.values()) {
            if (session.lock().isEmpty()) {
                continue;
            }
            var lock = session.lock().get();
            locked++;
            if (session.state() == SessionState.ATTACHED) {
                attachedCount++;
                nowAttached.add(lock.ipui());
            }
            nowViews.add(new HandsetView(lock.ipui().value(), session.state(), lock.rssiDbm(), lock.model(),
                    lock.firmware(), session.since()));
        }
        nowViews.sort(Comparator.comparing(HandsetView::ipui));
        attached = Set.copyOf(nowAttached);
        views = List.copyOf(nowViews);
        bearerViews = List.copyOf(calls.views());
        statistics = new AirStatistics(since, connections, connSince, connectionsTotal, attachedCount, locked,
                registrationsAccepted, registrationsRefused, attachesRefused, locksRefused, pageResponses,
                calls.active(), calls.refused());
    }

    private static Throwable cause(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
