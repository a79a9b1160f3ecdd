package io.multicell.manager.calls;

import static io.multicell.proto.air.v1.ReleaseCause.BUSY;
import static io.multicell.proto.air.v1.ReleaseCause.LINK_LOST;
import static io.multicell.proto.air.v1.ReleaseCause.NETWORK_FAILURE;
import static io.multicell.proto.air.v1.ReleaseCause.NORMAL;
import static io.multicell.proto.air.v1.ReleaseCause.NO_ANSWER;
import static io.multicell.proto.air.v1.ReleaseCause.NO_CHANNEL;
import static io.multicell.proto.air.v1.ReleaseCause.UNREACHABLE;

import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.sync.SyncOutcome;
import io.multicell.manager.basestation.BaseCommand;
import io.multicell.manager.events.EventSink;
import io.multicell.manager.events.HandoverCompletion;
import io.multicell.manager.paging.PageResult;
import io.multicell.manager.paging.Timers;
import io.multicell.manager.sync.SyncTransition;
import io.multicell.proto.air.v1.ReleaseCause;
import io.multicell.proto.media.v1.Codec;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Routes every call between the SIP gateway(s) and the bases: paging, bearer choice and channels, alerting, answer,
 * progress, release from either side, handover, and the statistics counters that follow from them.
 *
 * <p>Not thread-safe on purpose: it lives on the control loop's thread with the base and handset registries (it asks
 * them through {@link CallNetwork}); gateway messages, base call events and timers are all handed to that thread.
 */
public final class CallRouter {

    private static final Logger LOG = Logger.getLogger(CallRouter.class);

    private final CallSettings settings;
    private final Clock clock;
    private final CallNetwork network;
    private final Timers timers;
    private final EventSink events;
    private final CallMetrics metrics;
    private final ChannelBook channels;
    private final HandoverPolicy policy;
    private final BaseStatistics statistics = new BaseStatistics();
    private final Map<String, Call> calls = new LinkedHashMap<>();
    /** The latest list of bases each handset heard (CallSetup, measurements): neighbours for the bearer choice. */
    private final Map<Ipui, List<Heard>> lastHeard = new HashMap<>();
    /** Connected gateways, oldest first; outgoing calls go to the newest. */
    private final Set<GatewayLink> gateways = new LinkedHashSet<>();
    private long handoverSerial;

    public CallRouter(CallSettings settings, Clock clock, CallNetwork network, Timers timers, EventSink events, CallMetrics metrics) {
        this.settings = settings;
        this.clock = clock;
        this.network = network;
        this.timers = timers;
        this.events = events;
        this.metrics = metrics;
        this.channels = new ChannelBook(settings.channelsPerBase(), settings.widebandChannelsPerBase());
        this.policy = new HandoverPolicy(settings.handoverHysteresisDb());
    }

    // ---- the SIP gateway ----

    /** A gateway said hello: calls it still holds that the DM does not know are released back to it. */
    public void gatewayConnected(GatewayLink link, List<String> activeCallIds) {
        gateways.add(link);
        LOG.infof("SIP gateway connected (%d call(s) it still holds)", activeCallIds.size());
        for (String id : activeCallIds) {
            if (!calls.containsKey(id)) {
                link.send(new GatewaySignal.Released(id, NETWORK_FAILURE, 0, "call unknown to the DECT manager"));
            }
        }
    }

    /** A gateway's stream ended: every call of it is released towards the handsets (LINK_LOST). */
    public void gatewayLost(GatewayLink link) {
        if (!gateways.remove(link)) {
            return;
        }
        List<Call> lost = calls.values().stream().filter(c -> c.gateway == link).toList();
        LOG.infof("SIP gateway connection lost: releasing %d call(s)", lost.size());
        for (Call call : lost) {
            release(call, LINK_LOST, 0, "SIP gateway connection lost", false, call.bases(), null);
        }
    }

    /** OfferCall: ring a handset. */
    public void offer(GatewayLink link, IncomingOffer offer) {
        if (calls.containsKey(offer.callId())) {
            LOG.warnf("OfferCall for call %s that exists already: ignored", offer.callId());
            return;
        }
        Ipui ipui = offer.ipui();
        if (!network.registered(ipui) || network.attachedAt(ipui).isEmpty()) {
            LOG.infof("call %s for %s: handset not reachable", offer.callId(), ipui);
            link.send(new GatewaySignal.Released(offer.callId(), UNREACHABLE, 480, "handset not registered or not attached"));
            return;
        }
        if (inCall(ipui)) {
            LOG.infof("call %s for %s: handset busy", offer.callId(), ipui);
            link.send(new GatewaySignal.Released(offer.callId(), BUSY, 486, "handset busy"));
            return;
        }
        var call = new Call(offer.callId(), ipui, Call.Direction.INCOMING, offer.callingNumber(), link, offer.codec(), CallState.PAGING);
        call.callingName = offer.callingName();
        calls.put(call.id, call);
        metrics.started(call.direction);
        updateActive();
        LOG.debugf("call %s from %s for %s: paging", call.id, offer.callingNumber(), ipui);
        network.page(ipui).whenComplete((result, error) -> {
            if (error != null) {
                LOG.errorf(error, "call %s: paging failed", call.id);
                guarded(call, () -> release(call, UNREACHABLE, 480, "paging failed", true, Set.of(), null));
                return;
            }
            try {
                paged(call, result);
            } catch (RuntimeException e) {
                LOG.errorf(e, "call %s: routing after the page failed", call.id);
            }
        });
    }

    /** The gateway ended a call (CANCEL, BYE, failure of an outgoing call). */
    public void gatewayReleased(GatewayLink link, String callId, ReleaseCause cause, int sipStatus, String reason) {
        Call call = ownCall(link, callId);
        if (call == null) {
            return;
        }
        LOG.infof("call %s released by the SIP side: %s %s", callId, cause, reason);
        release(call, cause, sipStatus, reason, false, call.bases(), null);
    }

    /** Progress of an outgoing call: forwarded to the handset. */
    public void progress(GatewayLink link, String callId, Progress progress, Codec codec) {
        Call call = ownCall(link, callId);
        if (call == null || call.direction != Call.Direction.OUTGOING) {
            return;
        }
        guarded(call, () -> {
            switch (progress) {
                case RINGBACK -> {
                    if (call.state() != CallState.PROCEEDING) {
                        return;
                    }
                    call.moveTo(CallState.RINGBACK);
                }
                case CONNECTED -> {
                    call.moveTo(CallState.CONNECTED);
                    if (codec != Codec.CODEC_UNSPECIFIED && codec != Codec.UNRECOGNIZED) {
                        call.codec = codec;
                        call.channelBases().forEach(b -> channels.recodec(b, call.id, codec));
                    }
                }
                default -> {
                    return;
                }
            }
            network.send(progressBase(call), new BaseCommand.CallProgress(call.id, call.ipui, progress, call.codec,
                    Optional.empty(), ""));
        });
    }

    /** The gateway relayed the first frame to a bearer: a handover to that base is complete. */
    public void mediaOnBearer(GatewayLink link, String callId, MacAddress base) {
        Call call = ownCall(link, callId);
        if (call != null && call.handover != null && call.handover.target.equals(base)) {
            completeHandover(call);
        }
    }

    // ---- the bases ----

    /** The bases a handset hears, from its page answer: neighbours for the bearer choice of its next call. */
    public void heard(Ipui ipui, List<Heard> heard) {
        if (!heard.isEmpty()) {
            lastHeard.put(ipui, List.copyOf(heard));
        }
    }

    /** A call event reported by a base. */
    public void baseEvent(MacAddress base, String callId, Ipui ipui, BaseCallReport report) {
        if (report instanceof BaseCallReport.Setup setup) {
            setup(base, callId, ipui, setup);
            return;
        }
        if (report instanceof BaseCallReport.Measurement measurement) {
            lastHeard.put(ipui, measurement.heard());
        }
        Call call = calls.get(callId);
        if (call == null || !call.ipui.equals(ipui)) {
            LOG.debugf("base %s: %s for unknown call %s of %s ignored", base, report.getClass().getSimpleName(), callId, ipui);
            return;
        }
        guarded(call, () -> {
            if (report instanceof BaseCallReport.Alerting) {
                alerting(call);
            } else if (report instanceof BaseCallReport.Answered) {
                answered(call);
            } else if (report instanceof BaseCallReport.Released released) {
                handsetReleased(call, base, released);
            } else if (report instanceof BaseCallReport.Measurement measurement) {
                measured(call, measurement.heard());
            } else if (report instanceof BaseCallReport.BearerArrived) {
                bearerArrived(call, base);
            } else if (report instanceof BaseCallReport.BearerLost lost) {
                bearerLost(call, base, lost.reason());
            } else if (report instanceof BaseCallReport.BearerRefused refused) {
                bearerRefused(call, base, refused.reason());
            }
        });
    }

    /** A base's control stream ended: Conn drops +1; calls it carried are dropped, handovers to it abandoned. */
    public void baseLost(MacAddress base) {
        statistics.connDrop(base);
        for (Call call : List.copyOf(calls.values())) {
            guarded(call, () -> {
                if (call.handover != null && call.handover.target.equals(base)) {
                    abandonHandover(call, "target base lost");
                } else if (base.equals(call.bearer)) {
                    drop(call, base, "base " + base + " lost");
                }
            });
        }
    }

    /** A heartbeat: the base's Conn counter. */
    public void heartbeat(MacAddress base, long macConnections) {
        statistics.conn(base, macConnections);
    }

    /** A sync resolution ran (Async, Sync swaps). */
    public void syncSettled(List<SyncTransition> transitions, Map<MacAddress, SyncOutcome> outcomes) {
        statistics.syncSettled(transitions, outcomes);
    }

    // ---- status ----

    public List<CallView> calls() {
        return calls.values().stream().map(Call::view).toList();
    }

    /** The Statistics table: every planned base, ordered by MAC. */
    public List<BaseStatisticsRow> statistics() {
        List<BaseStatisticsRow> rows = new ArrayList<>();
        for (PlannedBaseInfo base : network.plannedBases()) {
            BaseCounters c = statistics.of(base.mac());
            int now = channels.callsOn(base.mac());
            rows.add(new BaseStatisticsRow(base.mac(), base.name(), base.cluster(), base.rpn(), base.syncRpn(), base.syncLevel(),
                    c.conn(), c.hoSetup(), c.hoRelease(), c.callDrops(), c.async(), c.busy(), c.connDrops(), now,
                    Math.max(c.callsPeak(), now), c.syncSwaps()));
        }
        return rows;
    }

    /** "Reset all": the DM's counters to 0 (Calls-pk to Calls), ResetStatistics to every connected base. */
    public void resetStatistics() {
        statistics.reset(channels::callsOn);
        network.connectedBases().forEach(b -> network.send(b, new BaseCommand.ResetStatistics()));
        LOG.info("statistics reset");
    }

    // ---- incoming ----

    private void paged(Call call, PageResult result) {
        if (calls.get(call.id) != call || call.state() != CallState.PAGING) {
            return; // cancelled while paging
        }
        guarded(call, () -> {
            if (!result.answered()) {
                release(call, UNREACHABLE, 480, "handset did not answer the page", true, Set.of(), null);
                return;
            }
            MacAddress at = result.answeredAt().orElseThrow();
            call.lockBase = at;
            BearerChoice choice = choose(at, lastHeard.getOrDefault(call.ipui, List.of()), call.codec);
            if (choice.fullAtFirst()) {
                statistics.busy(at);
            }
            if (choice.bearer().isEmpty()) {
                LOG.infof("call %s: no channel at %s or a neighbour", call.id, at);
                release(call, NO_CHANNEL, 486, "no channel free", true, Set.of(), null);
                return;
            }
            MacAddress bearer = choice.bearer().get();
            boolean elsewhere = takeBearer(call, at, bearer);
            network.send(at, new BaseCommand.AlertHandset(call.id, call.ipui, call.remoteNumber, call.callingName, call.codec,
                    elsewhere ? Optional.of(bearer) : Optional.empty(), elsewhere ? endpoint(bearer) : ""));
            call.moveTo(CallState.CALLING);
            LOG.debugf("call %s: alerting %s at %s, bearer %s", call.id, call.ipui, at, bearer);
            timers.schedule(settings.ringTimeout(), () -> ringTimedOut(call));
        });
    }

    private void alerting(Call call) {
        if (call.state() != CallState.CALLING) {
            return;
        }
        call.moveTo(CallState.ALERTING);
        call.gateway.send(new GatewaySignal.Alerting(call.id, bearerOf(call.bearer)));
    }

    private void answered(Call call) {
        if (call.direction != Call.Direction.INCOMING) {
            return;
        }
        call.moveTo(CallState.CONNECTED);
        call.bearerUp = true;
        call.gateway.send(new GatewaySignal.Answered(call.id, bearerOf(call.bearer)));
        network.send(call.bearer, new BaseCommand.CallProgress(call.id, call.ipui, Progress.CONNECTED, call.codec, Optional.empty(), ""));
        LOG.infof("call %s answered on %s", call.id, call.bearer);
    }

    private void ringTimedOut(Call call) {
        if (calls.get(call.id) == call && (call.state() == CallState.CALLING || call.state() == CallState.ALERTING)) {
            LOG.infof("call %s: no answer within %s", call.id, settings.ringTimeout());
            release(call, NO_ANSWER, 480, "no answer", true, call.bases(), null);
        }
    }

    // ---- outgoing ----

    private void setup(MacAddress at, String callId, Ipui ipui, BaseCallReport.Setup setup) {
        lastHeard.put(ipui, setup.heard());
        if (calls.containsKey(callId)) {
            LOG.warnf("base %s: setup of call %s that exists already: ignored", at, callId);
            return;
        }
        if (gateways.isEmpty()) {
            LOG.infof("call %s from %s: no SIP gateway connected", callId, ipui);
            network.send(at, new BaseCommand.ReleaseCall(callId, ipui, NETWORK_FAILURE, 0, "no SIP gateway connected"));
            return;
        }
        if (inCall(ipui)) {
            network.send(at, new BaseCommand.ReleaseCall(callId, ipui, BUSY, 0, "handset already in a call"));
            return;
        }
        BearerChoice choice = choose(at, setup.heard(), Codec.CODEC_UNSPECIFIED);
        if (choice.fullAtFirst()) {
            statistics.busy(at);
        }
        if (choice.bearer().isEmpty()) {
            LOG.infof("call %s from %s: no channel at %s or a neighbour", callId, ipui, at);
            network.send(at, new BaseCommand.ReleaseCall(callId, ipui, NO_CHANNEL, 0, "no channel free"));
            return;
        }
        GatewayLink gateway = gateways.stream().reduce((a, b) -> b).orElseThrow();
        var call = new Call(callId, ipui, Call.Direction.OUTGOING, setup.dialledNumber(), gateway, Codec.CODEC_UNSPECIFIED,
                CallState.PROCEEDING);
        call.lockBase = at;
        calls.put(callId, call);
        metrics.started(call.direction);
        updateActive();
        MacAddress bearer = choice.bearer().get();
        boolean elsewhere = takeBearer(call, at, bearer);
        network.send(at, new BaseCommand.CallProgress(callId, ipui, Progress.PROCEEDING, call.codec,
                elsewhere ? Optional.of(bearer) : Optional.empty(), elsewhere ? endpoint(bearer) : ""));
        gateway.send(new GatewaySignal.PlaceCall(callId, ipui, setup.dialledNumber(), bearerOf(bearer)));
        LOG.infof("call %s from %s to %s: bearer %s", callId, ipui, setup.dialledNumber(), bearer);
    }

    // ---- both directions ----

    private void handsetReleased(Call call, MacAddress base, BaseCallReport.Released released) {
        ReleaseCause cause = released.cause() == ReleaseCause.RELEASE_CAUSE_UNSPECIFIED || released.cause() == ReleaseCause.UNRECOGNIZED
                ? NORMAL : released.cause();
        LOG.infof("call %s released by the handset: %s", call.id, cause);
        release(call, cause, released.sipStatus(), released.reason(), true, call.bases(), base);
    }

    private void bearerArrived(Call call, MacAddress base) {
        if (call.handover != null && call.handover.target.equals(base)) {
            if (!call.handover.arrived) {
                call.handover.arrived = true;
                if (call.bearerLost) {
                    completeHandover(call); // the old bearer is gone: nothing to wait for
                }
            }
            return;
        }
        if (base.equals(call.bearer) && !call.bearerUp) {
            call.bearerUp = true;
            alerting(call); // on another base than the handset's, the bearer's arrival is the ringing
        }
    }

    private void bearerLost(Call call, MacAddress base, String reason) {
        if (call.handover != null) {
            if (call.handover.target.equals(base)) {
                abandonHandover(call, "target bearer lost: " + reason);
            } else if (base.equals(call.bearer)) {
                if (call.handover.arrived) {
                    completeHandover(call);
                } else {
                    call.bearerLost = true; // the target may still take it; the handover timeout decides
                }
            }
            return;
        }
        if (base.equals(call.bearer)) {
            drop(call, base, reason.isEmpty() ? "radio link lost" : reason);
        }
    }

    private void bearerRefused(Call call, MacAddress base, String reason) {
        if (call.handover != null && call.handover.target.equals(base)) {
            abandonHandover(call, "target refused the bearer: " + reason);
        } else if (base.equals(call.bearer)) {
            statistics.busy(base);
            release(call, NO_CHANNEL, 486, "bearer refused: " + reason, true, call.bases(), base);
        }
    }

    /** The call lost its only bearer: a call drop on that base if it was connected, LINK_LOST to the gateway. */
    private void drop(Call call, MacAddress base, String reason) {
        if (call.state().connected()) {
            statistics.callDrop(base);
            metrics.dropped();
        }
        LOG.infof("call %s dropped on %s: %s", call.id, base, reason);
        release(call, LINK_LOST, 0, reason, true, call.bases(), base);
    }

    // ---- handover ----

    private void measured(Call call, List<Heard> heard) {
        if (call.state() != CallState.CONNECTED) {
            return; // not talking yet, or one handover at a time
        }
        policy.target(call.bearer, heard, network::base, mac -> channels.hasFree(mac, call.codec))
                .ifPresent(target -> startHandover(call, target.base()));
    }

    private void startHandover(Call call, MacAddress target) {
        var handover = new Call.Handover(target, clock.instant(), ++handoverSerial);
        call.moveTo(CallState.HANDOVER);
        call.handover = handover;
        call.bearerLost = false;
        occupy(call, target);
        network.send(target, new BaseCommand.ExpectBearer(call.id, call.ipui, call.codec));
        network.send(call.bearer, new BaseCommand.HandoverHandset(call.id, call.ipui, target, endpoint(target)));
        // The gateway opens its relay leg to the target while the handset moves: the target accepts it when the
        // handset's bearer arrives, and the first frame goes at once, so media is on the new base one hop after that.
        call.gateway.send(new GatewaySignal.BearerAdded(call.id, bearerOf(target)));
        LOG.infof("call %s: handover %s -> %s", call.id, call.bearer, target);
        timers.schedule(settings.handoverTimeout(), () -> handoverTimedOut(call, handover));
    }

    private void handoverTimedOut(Call call, Call.Handover handover) {
        if (calls.get(call.id) != call || call.handover != handover) {
            return;
        }
        guarded(call, () -> {
            if (call.bearerLost) {
                MacAddress old = call.bearer;
                drop(call, old, "radio link lost during handover");
            } else {
                abandonHandover(call, "not completed within " + settings.handoverTimeout());
            }
        });
    }

    private void abandonHandover(Call call, String why) {
        Call.Handover handover = call.handover;
        call.handover = null;
        channels.free(handover.target, call.id);
        call.gateway.send(new GatewaySignal.BearerRemoved(call.id, handover.target));
        network.send(handover.target, new BaseCommand.ReleaseBearer(call.id, call.ipui));
        LOG.infof("call %s: handover to %s abandoned (%s)", call.id, handover.target, why);
        metrics.handoverFailed();
        if (call.bearerLost) {
            drop(call, call.bearer, "radio link lost during handover");
            return;
        }
        call.moveTo(CallState.CONNECTED);
    }

    private void completeHandover(Call call) {
        Call.Handover handover = call.handover;
        MacAddress from = call.bearer;
        MacAddress to = handover.target;
        Duration duration = Duration.between(handover.decidedAt, clock.instant());
        call.gateway.send(new GatewaySignal.BearerRemoved(call.id, from));
        network.send(from, new BaseCommand.ReleaseBearer(call.id, call.ipui));
        channels.free(from, call.id);
        statistics.handover(from, to);
        call.handover = null;
        call.bearer = to;
        call.lockBase = to;
        call.bearerUp = true;
        call.bearerLost = false;
        call.handovers++;
        call.moveTo(CallState.CONNECTED);
        network.handedOver(call.ipui, to);
        metrics.handedOver(duration);
        events.publish(new HandoverCompletion(UUID.randomUUID(), clock.instant(), call.ipui, call.id, from,
                network.base(from).flatMap(CallBase::rfpi), to, network.base(to).flatMap(CallBase::rfpi),
                HandoverCompletion.SIGNAL, true, duration));
        LOG.infof("call %s handed over %s -> %s in %d ms", call.id, from, to, duration.toMillis());
    }

    // ---- helpers ----

    private BearerChoice choose(MacAddress at, List<Heard> heard, Codec codec) {
        return BearerChoice.choose(at, heard, network::base, mac -> channels.hasFree(mac, codec));
    }

    /** Reserves the bearer; tells a bearer base other than the handset's to expect it. True when it is elsewhere. */
    private boolean takeBearer(Call call, MacAddress at, MacAddress bearer) {
        call.bearer = bearer;
        occupy(call, bearer);
        boolean elsewhere = !bearer.equals(at);
        call.bearerUp = !elsewhere;
        if (elsewhere) {
            network.send(bearer, new BaseCommand.ExpectBearer(call.id, call.ipui, call.codec));
        }
        return elsewhere;
    }

    private void occupy(Call call, MacAddress base) {
        channels.reserve(base, call.id, call.codec);
        statistics.calls(base, channels.callsOn(base));
    }

    /**
     * Ends a call: the gateway is told (unless it ended it), the bases named get ReleaseCallCommand (except the one
     * that reported the end), channels are freed.
     */
    private void release(Call call, ReleaseCause cause, int sipStatus, String reason, boolean tellGateway,
                         Set<MacAddress> bases, MacAddress except) {
        if (tellGateway) {
            call.gateway.send(new GatewaySignal.Released(call.id, cause, sipStatus, reason));
        }
        for (MacAddress base : bases) {
            if (!base.equals(except)) {
                network.send(base, new BaseCommand.ReleaseCall(call.id, call.ipui, cause, sipStatus, reason));
            }
        }
        call.channelBases().forEach(b -> channels.free(b, call.id));
        call.handover = null;
        call.moveTo(CallState.RELEASED);
        calls.remove(call.id);
        updateActive();
    }

    /** Runs a step of a call; a step its state does not allow is logged and changes nothing more. */
    private void guarded(Call call, Runnable step) {
        if (call.released()) {
            return;
        }
        try {
            step.run();
        } catch (IllegalStateException illegal) {
            LOG.warnf("call %s: %s; event ignored", call.id, illegal.getMessage());
        }
    }

    private Call ownCall(GatewayLink link, String callId) {
        Call call = calls.get(callId);
        if (call == null || call.gateway != link) {
            LOG.debugf("gateway message for unknown call %s ignored", callId);
            return null;
        }
        return call;
    }

    private boolean inCall(Ipui ipui) {
        return calls.values().stream().anyMatch(c -> c.ipui.equals(ipui));
    }

    /** Where call commands for the handset go: the bearer once its stream is up, else the handset's base. */
    private MacAddress progressBase(Call call) {
        return call.bearerUp ? call.bearer : call.lockBase;
    }

    private String endpoint(MacAddress base) {
        return network.base(base).map(CallBase::airEndpoint).orElse("");
    }

    private Bearer bearerOf(MacAddress base) {
        return new Bearer(base, endpoint(base));
    }

    private void updateActive() {
        metrics.active(calls.size());
    }
}
