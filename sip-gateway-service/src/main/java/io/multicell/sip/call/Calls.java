package io.multicell.sip.call;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sip.ClientTransaction;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.AllowHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.Header;
import javax.sip.header.ProxyAuthenticateHeader;
import javax.sip.header.RecordRouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.multicell.proto.air.v1.CallState;
import io.multicell.proto.air.v1.ReleaseCause;
import io.multicell.proto.manager.v1.Bearer;
import io.multicell.proto.manager.v1.CallAnswered;
import io.multicell.proto.manager.v1.CallReleased;
import io.multicell.proto.manager.v1.GatewayCallMessage;
import io.multicell.proto.manager.v1.ManagerCallMessage;
import io.multicell.proto.manager.v1.MediaOnBearer;
import io.multicell.proto.manager.v1.OfferCall;
import io.multicell.proto.manager.v1.OutgoingProgress;
import io.multicell.proto.manager.v1.PlaceCall;
import io.multicell.sip.config.HostPort;
import io.multicell.sip.config.ProviderProfile;
import io.multicell.sip.config.SipAccount;
import io.multicell.sip.config.SipConfiguration;
import io.multicell.sip.digest.DigestAuthenticator;
import io.multicell.sip.digest.DigestChallenge;
import io.multicell.sip.digest.UnsupportedChallengeException;
import io.multicell.sip.media.DtmfTransmission;
import io.multicell.sip.media.InvalidSdpException;
import io.multicell.sip.media.MediaAnchor;
import io.multicell.sip.media.NegotiatedCodec;
import io.multicell.sip.media.RelayConnector;
import io.multicell.sip.media.RtpPacketisation;
import io.multicell.sip.media.RtpPortRange;
import io.multicell.sip.media.SessionDescription;
import io.multicell.sip.media.TelephoneEvents;
import io.multicell.sip.media.VoiceCodec;
import io.multicell.sip.registration.LocalEndpoint;
import io.multicell.sip.stack.JainSipEndpoint;
import io.multicell.sip.stack.SipCallHandler;
import io.multicell.sip.stack.SipProviderHandle;

/**
 * Every call of the gateway: the SIP side of incoming calls (INVITE from the PBX → OfferCall; CallAlerting → 180,
 * reliable until its PRACK when the VoIP setting PRACK is on and the caller offers 100rel; CallAnswered → 200 OK;
 * CANCEL, BYE) and outgoing calls (PlaceCall → INVITE with digest, PRACK of reliable 18x, 422 retried once with the
 * asked Min-SE, RINGBACK, CONNECTED, failures), the DM's releases and bearer changes, and the media anchor of each
 * call. Every transaction it starts runs on the VoIP settings' T1. SIP events and DM messages are
 * handled in order on one thread ("sip-calls"), which owns every {@link Call}.
 */
public final class Calls implements SipCallHandler, DectManagerLink.Listener, MediaAnchor.Events, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Calls.class);
    private static final String USER_AGENT = "multicell-sip-gateway";
    private static final String SDP_TYPE = "application";
    private static final String SDP_SUBTYPE = "sdp";
    private static final int MAX_CHALLENGES = 2;
    /** RFC 4028 422 Session Interval Too Small, RFC 3261 491 Request Pending (not among JAIN-SIP's constants). */
    private static final int SESSION_INTERVAL_TOO_SMALL = 422;
    private static final int REQUEST_PENDING = 491;
    /** The methods the gateway takes in a call (Allow). */
    private static final String ALLOWED = "INVITE, ACK, CANCEL, BYE, OPTIONS, INFO, PRACK, UPDATE";

    /** Where the configuration and the local endpoint in force come from. */
    public interface ConfigurationSource {
        SipConfiguration configuration();

        Optional<LocalEndpoint> endpoint();

        /** Where RTP port pairs are bound (multicell.sip.rtp-port-min/-max); any free pair by default. */
        default RtpPortRange rtpPorts() {
            return RtpPortRange.ANY;
        }

        /** How long one second of the session timer lasts (multicell.sip.session-timer-second; tests shorten it). */
        default java.time.Duration sessionTimerSecond() {
            return java.time.Duration.ofSeconds(1);
        }

        /** How long to wait for the ACK of a 200 OK (multicell.sip.ack-wait); default 64 x T1. */
        default Optional<java.time.Duration> ackWait() {
            return Optional.empty();
        }
    }

    private final JainSipEndpoint sip;
    private final ConfigurationSource configurations;
    private final DectManagerLink dm;
    private final RelayConnector relays;
    private final Clock clock;
    private final Supplier<String> tokens;
    private final CallMetrics metrics;
    private final DigestAuthenticator digest = new DigestAuthenticator();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "sip-calls");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService sessionTimers = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "sip-session-timers");
        thread.setDaemon(true);
        return thread;
    });
    // Written on the calls thread only; concurrent maps so that metrics and GatewayHello may read them.
    private final Map<String, Call> calls = new ConcurrentHashMap<>();
    private final Map<String, Call> bySipCallId = new ConcurrentHashMap<>();

    public Calls(JainSipEndpoint sip, ConfigurationSource configurations, DectManagerLink dm, RelayConnector relays, Clock clock,
            Supplier<String> tokens, MeterRegistry meters) {
        this.sip = sip;
        this.configurations = configurations;
        this.dm = dm;
        this.relays = relays;
        this.clock = clock;
        this.tokens = tokens;
        this.metrics = new CallMetrics(meters, calls::size);
    }

    /** Takes the SIP endpoint's call traffic and starts the link to the DM. */
    public void start() {
        sip.setCallHandler(this);
        dm.start(() -> this);
    }

    /** Calls held now. */
    public int active() {
        return calls.size();
    }

    // ------------------------------------------------------------------ events in, all onto the calls thread

    @Override
    public void request(RequestEvent event, SipProviderHandle stack) {
        onCallsThread(() -> onRequest(event, stack));
    }

    @Override
    public void response(ResponseEvent event) {
        onCallsThread(() -> onResponse(event));
    }

    @Override
    public void timeout(TimeoutEvent event) {
        onCallsThread(() -> onTimeout(event));
    }

    @Override
    public void received(ManagerCallMessage message) {
        onCallsThread(() -> onManagerMessage(message));
    }

    @Override
    public void broken(String why) {
        onCallsThread(() -> endEveryCall(why));
    }

    @Override
    public List<String> activeCallIds() {
        return List.copyOf(calls.keySet());
    }

    @Override
    public void firstFrameOnBearer(String callId, String baseMac) {
        dm.send(GatewayCallMessage.newBuilder()
                .setMediaOnBearer(MediaOnBearer.newBuilder().setCallId(callId).setBaseMac(baseMac)).build());
    }

    private void onCallsThread(Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    // One bad message must not take every call down with the thread.
                    LOG.error("call event failed", e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("calls closed; event dropped");
        }
    }

    // ------------------------------------------------------------------ SIP requests

    private void onRequest(RequestEvent event, SipProviderHandle stack) {
        Request request = event.getRequest();
        switch (request.getMethod()) {
            case Request.INVITE -> invite(event, stack);
            case Request.ACK -> ack(request);
            case Request.CANCEL -> cancel(event, stack);
            case Request.BYE -> bye(event, stack);
            case Request.OPTIONS -> respond(event, stack, Response.OK);
            case Request.INFO -> info(event, stack);
            case Request.UPDATE -> update(event, stack);
            case Request.PRACK -> prack(event, stack);
            default -> {
                Call call = bySipCallId.get(callIdOf(request));
                respond(event, stack, call != null && hasToTag(request) ? Response.OK : Response.METHOD_NOT_ALLOWED);
            }
        }
    }

    private void invite(RequestEvent event, SipProviderHandle stack) {
        Request request = event.getRequest();
        ServerTransaction transaction = serverTransaction(event, stack);
        if (transaction == null) {
            return;
        }
        Call known = bySipCallId.get(callIdOf(request));
        if (hasToTag(request)) {
            reInvite(known, request, transaction, stack);
            return;
        }
        if (known != null) {
            return; // a retransmission the stack did not absorb
        }
        if (!(request.getRequestURI() instanceof SipURI uri) || uri.getUser() == null) {
            reject(transaction, stack, Response.NOT_FOUND, "no user in the Request-URI");
            return;
        }
        SipConfiguration configuration = configurations.configuration();
        Optional<SipAccount> account = configuration.accounts().stream().filter(a -> a.username().equals(uri.getUser())).findFirst();
        if (account.isEmpty()) {
            LOG.infof("INVITE for unknown user %s: 404", uri.getUser());
            reject(transaction, stack, Response.NOT_FOUND, "no account " + uri.getUser());
            return;
        }
        ProviderProfile profile = configuration.profile(account.get().profileId()).orElseThrow();
        List<String> notUnderstood = OptionTags.notUnderstood(request, configuration.voip().prack());
        if (!notUnderstood.isEmpty()) {
            badExtension(transaction, stack, notUnderstood);
            return;
        }
        if (sessionTooSmall(request, transaction, stack)) {
            return;
        }
        sendResponse(transaction, response(stack, Response.TRYING, request));
        if (dm.state() != DectManagerLink.LinkState.UP) {
            reject(transaction, stack, Response.SERVICE_UNAVAILABLE, "DECT manager not reachable");
            return;
        }
        if (account.get().ipui().isEmpty()) {
            reject(transaction, stack, Response.TEMPORARILY_UNAVAILABLE, "account " + account.get().accountId() + " has no handset");
            return;
        }
        SessionDescription offer = null;
        Optional<NegotiatedCodec> codec;
        if (body(request).isBlank()) {
            // Late offer (RFC 3261 13.2.1): the gateway offers in its 200 OK, the answer comes in the ACK.
            codec = LateOffer.codec(profile);
            if (codec.isEmpty()) {
                LOG.infof("INVITE for %s without SDP: profile %d has no codec the gateway carries: 488", uri.getUser(), profile.id());
                reject(transaction, stack, Response.NOT_ACCEPTABLE_HERE, "no codec to offer");
                return;
            }
        } else {
            try {
                offer = SessionDescription.parse(body(request));
            } catch (InvalidSdpException e) {
                LOG.infof("INVITE for %s without a usable offer (%s): 488", uri.getUser(), e.getMessage());
                reject(transaction, stack, Response.NOT_ACCEPTABLE_HERE, e.getMessage());
                return;
            }
            codec = NegotiatedCodec.choose(profile.activeCodecs(), offer);
            if (codec.isEmpty() || offer.rejected()) {
                LOG.infof("INVITE for %s: no codec of %s in the offer %s: 488", uri.getUser(), profile.codecs(), offer.encodings());
                reject(transaction, stack, Response.NOT_ACCEPTABLE_HERE, "no common codec");
                return;
            }
        }
        String callId = java.util.UUID.randomUUID().toString();
        MediaAnchor media;
        try {
            media = bindMedia(callId, account.get().ipui(), configuration);
        } catch (IOException e) {
            LOG.warnf("INVITE for %s: %s", uri.getUser(), e.getMessage());
            reject(transaction, stack, Response.SERVER_INTERNAL_ERROR, "no RTP port");
            return;
        }
        var call = new Call(callId, Call.Direction.INCOMING, account.get(), profile, media, callIdOf(request), token(),
                io.multicell.sip.call.CallState.OFFERED);
        call.invite = request;
        call.inviteTransaction = transaction;
        call.offer = offer;
        call.farEndPtimeMs = offer == null ? 0 : offer.ptimeMs();
        call.codec = codec.get();
        call.localHost = sip.localHostTowards(firstHop(profile));
        // The dialog as the UAS sees it (RFC 3261 12.1.1): route set from Record-Route in order, target from Contact.
        call.localAddress = ((ToHeader) request.getHeader(ToHeader.NAME)).getAddress();
        var from = (FromHeader) request.getHeader(FromHeader.NAME);
        call.remoteAddress = from.getAddress();
        call.remoteTag = from.getTag();
        call.remoteTarget = contactUri(request).orElse(from.getAddress().getURI());
        call.routeSet = recordRoutes(request);
        add(call);
        var calling = callingParty(request);
        boolean sent = dm.send(GatewayCallMessage.newBuilder().setOffer(OfferCall.newBuilder()
                .setCallId(callId)
                .setIpui(account.get().ipui())
                .setAccountId(account.get().accountId())
                .setCallingNumber(calling.number())
                .setCallingName(calling.name())
                .setCodec(codec.get().codec().wire())).build());
        LOG.debugf("%s: INVITE from %s, codec %s, RTP port %d", call, calling.number(), codec.get().codec(), media.port());
        if (!sent) {
            finalResponse(call, stack, Response.SERVICE_UNAVAILABLE, "DECT manager not reachable");
            end(call, "DM link down");
        }
    }

    private void reInvite(Call call, Request request, ServerTransaction transaction, SipProviderHandle stack) {
        if (call == null || call.state() != io.multicell.sip.call.CallState.CONNECTED) {
            reject(transaction, stack, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, "no such dialog");
            return;
        }
        // A session refresh or a changed address: keep the codec, follow the far end's address.
        try {
            var offer = SessionDescription.parse(body(request));
            if (!offer.rejected()) {
                call.farEndPtimeMs = offer.ptimeMs();
                call.media.start(new InetSocketAddress(offer.address(), offer.port()), call.codec, call.dtmf, packetisation(call));
            }
        } catch (InvalidSdpException e) {
            // no offer in the re-INVITE: our answer stands
        }
        var response = response(stack, Response.OK, request);
        tagAndContact(response, call, stack);
        withSdp(response, stack, ownSdp(call));
        refreshedByPeer(call, request, response, stack);
        sendResponse(transaction, response);
    }

    // ------------------------------------------------------------------ ACK of the 200 OK (RFC 3261 13.3.1.4)

    /** T2 of RFC 3261: the longest interval between retransmissions of the 200 OK. */
    private static final long T2_MS = 4000;

    /**
     * The stack runs without dialogs, so the gateway itself retransmits its 200 OK (T1, doubling up to T2) until the
     * ACK comes, and gives the call up after 64 x T1: otherwise a caller that vanished keeps the handset busy forever.
     */
    private void awaitAck(Call call, Response ok) {
        long t1 = configurations.configuration().voip().t1Ms();
        long waitMs = configurations.ackWait().map(java.time.Duration::toMillis).orElse(64 * t1);
        call.ok = ok;
        call.okRetransmitMs = t1;
        call.okRetransmitTask = sessionTimers.schedule(() -> onCallsThread(() -> retransmitOk(call)), t1, TimeUnit.MILLISECONDS);
        call.ackWaitTask = sessionTimers.schedule(() -> onCallsThread(() -> noAck(call, waitMs)), waitMs, TimeUnit.MILLISECONDS);
    }

    private void ack(Request request) {
        Call call = bySipCallId.get(callIdOf(request));
        var cseq = (CSeqHeader) request.getHeader(CSeqHeader.NAME);
        if (call == null || call.acknowledged || call.direction != Call.Direction.INCOMING || cseq == null
                || cseq.getSeqNumber() != ((CSeqHeader) call.invite.getHeader(CSeqHeader.NAME)).getSeqNumber()) {
            LOG.debugf("ACK for %s", callIdOf(request));
            return;
        }
        call.acknowledged = true;
        call.stopWaitingForAck();
        LOG.debugf("%s: ACK", call);
        if (call.offer == null && call.state() == io.multicell.sip.call.CallState.CONNECTED) {
            lateAnswer(call, request);
        }
    }

    /**
     * The ACK of a late offer carries the answer (RFC 3264 4): RTP starts towards its address with its codec, ptime and
     * telephone-event; an ACK without a usable answer ends the call with BYE (the session cannot be set up).
     */
    private void lateAnswer(Call call, Request ack) {
        Optional<LateOffer.Answer> answer = LateOffer.answer(body(ack), call.codec);
        if (answer.isEmpty()) {
            LOG.infof("%s: the ACK carries no usable answer to the late offer: BYE", call);
            stack().ifPresent(stack -> sendBye(call, stack));
            released(call, ReleaseCause.NETWORK_FAILURE, Response.NOT_ACCEPTABLE_HERE, "no usable answer in the ACK");
            end(call, "no answer to the late offer");
            return;
        }
        SessionDescription sdp = answer.get().description();
        call.offer = sdp;
        call.codec = answer.get().codec();
        call.farEndPtimeMs = sdp.ptimeMs();
        call.dtmf = DtmfTransmission.negotiate(call.profile.dtmfMode(),
                call.profile.dtmfMode().offersTelephoneEvent() ? sdp.telephoneEventPayloadType() : OptionalInt.empty(),
                allowsInfo(call.invite));
        call.media.start(new InetSocketAddress(sdp.address(), sdp.port()), call.codec, call.dtmf, packetisation(call));
        LOG.infof("%s: answer in the ACK, RTP to %s:%d, codec %s, ptime %d ms", call, sdp.address(), sdp.port(), call.codec.codec(),
                packetisation(call).ptimeMs());
    }

    private void retransmitOk(Call call) {
        if (calls.get(call.callId) != call || call.acknowledged || call.state() != io.multicell.sip.call.CallState.CONNECTED) {
            return;
        }
        stack().ifPresent(stack -> {
            try {
                // Stateless: the INVITE server transaction is over once its 2xx left (RFC 3261 17.2.1).
                stack.provider().sendResponse(call.ok);
                LOG.debugf("%s: 200 OK again, no ACK yet", call);
            } catch (SipException | RuntimeException e) {
                LOG.debugf("%s: 200 OK not retransmitted: %s", call, e.getMessage());
            }
        });
        call.okRetransmitMs = Math.min(2 * call.okRetransmitMs, T2_MS);
        call.okRetransmitTask = sessionTimers.schedule(() -> onCallsThread(() -> retransmitOk(call)), call.okRetransmitMs,
                TimeUnit.MILLISECONDS);
    }

    /** No ACK within 64 x T1: the dialog is over (RFC 3261 13.3.1.4); BYE, and the handset's call ends normally. */
    private void noAck(Call call, long waitMs) {
        if (calls.get(call.callId) != call || call.acknowledged || call.state() != io.multicell.sip.call.CallState.CONNECTED) {
            return;
        }
        LOG.infof("%s: no ACK for the 200 OK within %d ms: BYE", call, waitMs);
        stack().ifPresent(stack -> sendBye(call, stack));
        released(call, ReleaseCause.NORMAL, 0, "no ACK");
        end(call, "no ACK for the 200 OK");
    }

    // ------------------------------------------------------------------ PRACK, reliable provisional responses (RFC 3262)

    /** Makes a provisional response reliable: Require: 100rel and its RSeq. */
    private static void reliable(Response response, SipProviderHandle stack, long rseq) {
        try {
            response.setHeader(stack.headers().createHeader(OptionTags.REQUIRE, OptionTags.RELIABLE_PROVISIONALS));
            response.setHeader(stack.headers().createHeader(ReliableProvisional.RSEQ, Long.toString(rseq)));
        } catch (ParseException e) {
            throw new IllegalStateException("Require/RSeq refused by the stack", e);
        }
    }

    /**
     * The 180 went reliably: it is sent again at T1, doubling, until its PRACK comes, a final response goes or the call
     * ends; after 64 x T1 without PRACK the INVITE is refused with 500 (RFC 3262 3) and the handset stops ringing.
     */
    private void awaitPrack(Call call, Response ringing, long rseq) {
        long t1 = t1Ms();
        var cseq = (CSeqHeader) call.invite.getHeader(CSeqHeader.NAME);
        var reliable = new ReliableProvisional(ringing, rseq, cseq.getSeqNumber(), cseq.getMethod(), t1);
        call.stopReliableRinging();
        call.reliableRinging = reliable;
        reliable.retransmitTask = sessionTimers.schedule(() -> onCallsThread(() -> retransmitReliable(call, reliable)), t1,
                TimeUnit.MILLISECONDS);
        reliable.giveUpTask = sessionTimers.schedule(() -> onCallsThread(() -> noPrack(call, reliable)), 64 * t1,
                TimeUnit.MILLISECONDS);
    }

    private boolean waitsForPrack(Call call, ReliableProvisional reliable) {
        return calls.get(call.callId) == call && call.reliableRinging == reliable && !reliable.acknowledged
                && call.state() == io.multicell.sip.call.CallState.ALERTING;
    }

    private void retransmitReliable(Call call, ReliableProvisional reliable) {
        if (!waitsForPrack(call, reliable)) {
            return;
        }
        sendResponse(call.inviteTransaction, reliable.response);
        LOG.debugf("%s: %d again (RSeq %d), no PRACK yet", call, reliable.statusCode(), reliable.rseq);
        reliable.retransmitMs *= 2;
        reliable.retransmitTask = sessionTimers.schedule(() -> onCallsThread(() -> retransmitReliable(call, reliable)),
                reliable.retransmitMs, TimeUnit.MILLISECONDS);
    }

    private void noPrack(Call call, ReliableProvisional reliable) {
        if (!waitsForPrack(call, reliable)) {
            return;
        }
        LOG.infof("%s: no PRACK for the reliable %d within 64 x T1: 500", call, reliable.statusCode());
        stack().ifPresent(stack -> finalResponse(call, stack, Response.SERVER_INTERNAL_ERROR, "No PRACK"));
        released(call, ReleaseCause.NETWORK_FAILURE, Response.SERVER_INTERNAL_ERROR, "no PRACK for the reliable 180");
        end(call, "no PRACK");
    }

    /** A PRACK from the caller: 200 when it acknowledges the reliable 180 (RAck = its RSeq, CSeq), else 481. */
    private void prack(RequestEvent event, SipProviderHandle stack) {
        Request request = event.getRequest();
        Call call = bySipCallId.get(callIdOf(request));
        var rack = ReliableProvisional.RAck.of(request);
        var reliable = call == null ? null : call.reliableRinging;
        if (reliable == null || rack.isEmpty() || !hasToTag(request) || !reliable.acknowledgedBy(rack.get())) {
            LOG.debugf("PRACK for %s (RAck %s) matches no reliable response: 481", callIdOf(request),
                    rack.map(ReliableProvisional.RAck::value).orElse("none"));
            respond(event, stack, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
            return;
        }
        respond(event, stack, Response.OK);
        if (!reliable.acknowledged) {
            reliable.acknowledged = true;
            reliable.stop();
            LOG.infof("%s: PRACK for the %d (RSeq %d)", call, reliable.statusCode(), reliable.rseq);
        }
    }

    /**
     * A reliable 18x to the gateway's INVITE (PRACK on): PRACK it in its early dialog (RFC 3262 4) when its RSeq is the
     * first or the next one; a copy of one already PRACKed is left to the PRACK's own transaction.
     */
    private void prackIfReliable(Call call, Response response, SipProviderHandle stack) {
        var rseq = ReliableProvisional.rseqOf(response);
        if (!configurations.configuration().voip().prack() || rseq.isEmpty()
                || !OptionTags.of(response, OptionTags.REQUIRE).contains(OptionTags.RELIABLE_PROVISIONALS)
                || (call.state() != io.multicell.sip.call.CallState.DIALLING && call.state() != io.multicell.sip.call.CallState.RINGBACK)) {
            return;
        }
        if (call.lastRseq >= 0 && rseq.getAsLong() != call.lastRseq + 1) {
            LOG.debugf("%s: reliable %d with RSeq %d again: not PRACKed again", call, response.getStatusCode(), rseq.getAsLong());
            return;
        }
        call.lastRseq = rseq.getAsLong();
        // The early dialog (RFC 3261 12.1.2): the 18x's tag, Contact and Record-Route reversed.
        var to = (ToHeader) response.getHeader(ToHeader.NAME);
        call.remoteTag = to.getTag();
        call.remoteAddress = to.getAddress();
        contactUri(response).ifPresent(uri -> call.remoteTarget = uri);
        var routes = recordRoutes(response);
        Collections.reverse(routes);
        call.routeSet = routes;
        var cseq = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
        var rack = new ReliableProvisional.RAck(rseq.getAsLong(), cseq.getSeqNumber(), cseq.getMethod());
        try {
            var prack = request(call, stack, Request.PRACK, ++call.localCseq);
            prack.setHeader(stack.headers().createHeader(ReliableProvisional.RACK, rack.value()));
            ClientTransaction transaction = stack.provider().getNewClientTransaction(prack);
            transaction.setRetransmitTimer(t1Ms());
            transaction.sendRequest();
            LOG.infof("%s: PRACK for the reliable %d (RAck %s)", call, response.getStatusCode(), rack.value());
        } catch (SipException | ParseException | InvalidArgumentException | RuntimeException e) {
            LOG.warnf("%s: PRACK not sent: %s", call, e.getMessage());
        }
    }

    /** A Require the gateway does not understand: 420 Bad Extension naming it in Unsupported (RFC 3261 8.2.2.3). */
    private void badExtension(ServerTransaction transaction, SipProviderHandle stack, List<String> notUnderstood) {
        LOG.infof("INVITE requires %s: 420", notUnderstood);
        var response = response(stack, Response.BAD_EXTENSION, transaction.getRequest());
        try {
            ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(token());
            response.setHeader(stack.headers().createHeader(OptionTags.UNSUPPORTED, String.join(", ", notUnderstood)));
        } catch (ParseException e) {
            LOG.debugf("420 incomplete: %s", e.getMessage());
        }
        sendResponse(transaction, response);
    }

    /** T1 of the VoIP settings in force: the base of every SIP timer of a transaction the gateway starts. */
    private int t1Ms() {
        return (int) configurations.configuration().voip().t1Ms();
    }

    /** The packets the gateway sends in a call: see {@link #packetisation(int, long)}. */
    private static RtpPacketisation packetisation(Call call) {
        return packetisation(call.farEndPtimeMs, call.profile.ptimeMs());
    }

    /** The longest a=ptime of the far end the gateway sends at; a longer one gets the profile's. */
    static final int MAX_FAR_END_PTIME_MS = 60;

    /**
     * The ptime of the RTP the gateway sends: the far end's a=ptime when it names one the gateway can cut (a multiple of
     * 10 ms up to {@value #MAX_FAR_END_PTIME_MS}; a=ptime is the packet size its sender wants to receive, RFC 4566 6),
     * else the profile's (10, 20 or 30 ms; 20 if the profile has none). The gateway's own SDP keeps the profile's ptime.
     */
    static RtpPacketisation packetisation(int farEndPtimeMs, long profilePtimeMs) {
        if (farEndPtimeMs > 0 && farEndPtimeMs % 10 == 0 && farEndPtimeMs <= MAX_FAR_END_PTIME_MS) {
            return new RtpPacketisation(farEndPtimeMs);
        }
        long ptime = profilePtimeMs;
        return ptime == 10 || ptime == 20 || ptime == 30 ? new RtpPacketisation((int) ptime) : RtpPacketisation.radioFrames();
    }

    // ------------------------------------------------------------------ session timer (RFC 4028)

    /**
     * 422 Session Interval Too Small to the gateway's INVITE: once, the INVITE goes again with the Min-SE the far end
     * asked for as Session-Expires and Min-SE (RFC 4028 7.4), with the credentials of the last one.
     */
    private boolean retryWithMinSe(Call call, Response response, SipProviderHandle stack) {
        var asked = SessionTimer.minSeOf(response);
        if (call.retriedAfter422 || asked.isEmpty()) {
            return false;
        }
        call.retriedAfter422 = true;
        call.minSe = Math.max(call.minSe, asked.getAsLong());
        call.sessionExpires = Math.max(call.sessionExpires, call.minSe);
        // The proxy may challenge the new INVITE again: that is a fresh challenge, not refused credentials.
        call.challengesAnswered = 0;
        LOG.infof("%s: 422, INVITE again with Session-Expires %d, Min-SE %d", call, call.sessionExpires, call.minSe);
        sendInvite(call, stack, call.credentials);
        return true;
    }

    /** A Session-Expires below Min-SE: 422 naming the gateway's Min-SE; the caller may try again with it. */
    private boolean sessionTooSmall(Request request, ServerTransaction transaction, SipProviderHandle stack) {
        var asked = SessionTimer.SessionExpires.of(request);
        if (asked.isEmpty() || asked.get().seconds() >= SessionTimer.MIN_SE) {
            return false;
        }
        LOG.infof("INVITE with Session-Expires %d < Min-SE %d: 422", asked.get().seconds(), SessionTimer.MIN_SE);
        var response = response(stack, SESSION_INTERVAL_TOO_SMALL, request);
        try {
            ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(token());
            response.setHeader(stack.headers().createHeader(SessionTimer.MIN_SE_HEADER, Long.toString(SessionTimer.MIN_SE)));
        } catch (ParseException e) {
            LOG.debugf("422 incomplete: %s", e.getMessage());
        }
        sendResponse(transaction, response);
        return true;
    }

    private static void sessionHeaders(Message message, SipProviderHandle stack, String sessionExpires, boolean require) {
        try {
            message.setHeader(stack.headers().createHeader(SessionTimer.SESSION_EXPIRES, sessionExpires));
            if (require) {
                message.setHeader(stack.headers().createHeader("Require", SessionTimer.TIMER));
            }
        } catch (ParseException e) {
            LOG.debugf("Session-Expires not added: %s", e.getMessage());
        }
    }

    /** Starts (again) the refresh at half the interval when the gateway refreshes, and the expiry either way. */
    private void armSessionTimer(Call call) {
        call.cancelSessionTimer();
        if (call.session == null) {
            return;
        }
        long second = configurations.sessionTimerSecond().toNanos();
        if (call.session.weRefresh()) {
            call.refreshTask = sessionTimers.schedule(() -> onCallsThread(() -> refresh(call)),
                    call.session.refreshAfterSeconds() * second, TimeUnit.NANOSECONDS);
        }
        call.expiryTask = sessionTimers.schedule(() -> onCallsThread(() -> sessionExpired(call)),
                call.session.expiresAfterSeconds() * second, TimeUnit.NANOSECONDS);
    }

    /** The peer refreshed (re-INVITE or UPDATE): its Session-Expires may change the interval; the timer starts again. */
    private void refreshedByPeer(Call call, Request request, Response response, SipProviderHandle stack) {
        if (call.session == null) {
            return;
        }
        var asked = SessionTimer.SessionExpires.of(request);
        if (asked.isPresent()) {
            boolean weRefresh = asked.get().refresher().map("uas"::equals).orElse(false);
            call.session = new SessionTimer(Math.max(asked.get().seconds(), SessionTimer.MIN_SE), weRefresh);
        }
        sessionHeaders(response, stack, call.session.responseValue(), false);
        armSessionTimer(call);
        LOG.debugf("%s: session refreshed by the peer, %s", call, call.session);
    }

    private void update(RequestEvent event, SipProviderHandle stack) {
        Request request = event.getRequest();
        Call call = bySipCallId.get(callIdOf(request));
        if (call == null || !hasToTag(request) || call.state() != io.multicell.sip.call.CallState.CONNECTED) {
            respond(event, stack, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
            return;
        }
        ServerTransaction transaction = serverTransaction(event, stack);
        if (transaction == null) {
            return;
        }
        var response = response(stack, Response.OK, request);
        tagAndContact(response, call, stack);
        refreshedByPeer(call, request, response, stack);
        sendResponse(transaction, response);
    }

    /** The gateway refreshes: UPDATE when the peer allows it, else a re-INVITE with the same SDP. */
    private void refresh(Call call) {
        if (calls.get(call.callId) != call || call.state() != io.multicell.sip.call.CallState.CONNECTED) {
            return;
        }
        stack().ifPresent(stack -> {
            String method = call.peerAllowsUpdate ? Request.UPDATE : Request.INVITE;
            try {
                var refresh = request(call, stack, method, ++call.localCseq);
                sessionHeaders(refresh, stack, call.session.refreshValue(), false);
                refresh.setHeader(stack.headers().createHeader("Supported", SessionTimer.TIMER));
                if (Request.INVITE.equals(method)) {
                    withSdp(refresh, stack, ownSdp(call));
                }
                ClientTransaction transaction = stack.provider().getNewClientTransaction(refresh);
                transaction.setRetransmitTimer(t1Ms());
                call.refreshCseq = call.localCseq;
                transaction.sendRequest();
                LOG.infof("%s: session refresh (%s)", call, method);
            } catch (SipException | ParseException | InvalidArgumentException | RuntimeException e) {
                LOG.warnf("%s: session refresh not sent: %s", call, e.getMessage());
            }
        });
    }

    private void refreshAnswered(Call call, Response response, CSeqHeader cseq, SipProviderHandle stack) {
        int status = response.getStatusCode();
        if (status < 200 || call.state() != io.multicell.sip.call.CallState.CONNECTED) {
            return;
        }
        if (Request.INVITE.equals(cseq.getMethod())) {
            sendAck(call, stack, cseq.getSeqNumber());
        }
        if (status / 100 == 2) {
            SessionTimer.SessionExpires.of(response).ifPresent(se -> call.session = new SessionTimer(
                    Math.max(se.seconds(), SessionTimer.MIN_SE), se.refresher().map("uac"::equals).orElse(true)));
            armSessionTimer(call);
            return;
        }
        if (Request.UPDATE.equals(cseq.getMethod()) && (status == Response.METHOD_NOT_ALLOWED || status == Response.NOT_IMPLEMENTED)) {
            call.peerAllowsUpdate = false; // refresh by re-INVITE instead, now
            refresh(call);
            return;
        }
        if (status == REQUEST_PENDING) {
            return; // a re-INVITE of the peer crossed ours: its refresh will do
        }
        LOG.infof("%s: session refresh answered %d: BYE", call, status);
        sendBye(call, stack);
        released(call, ReleaseCause.NORMAL, status, "session refresh failed: " + status);
        end(call, "session refresh failed");
    }

    /** No refresh in time: the session is over (RFC 4028 10); BYE, and the handset's call ends normally. */
    private void sessionExpired(Call call) {
        if (calls.get(call.callId) != call || call.state() != io.multicell.sip.call.CallState.CONNECTED) {
            return;
        }
        LOG.infof("%s: session expired (no refresh within %d s): BYE", call, call.session.expiresAfterSeconds());
        stack().ifPresent(stack -> sendBye(call, stack));
        released(call, ReleaseCause.NORMAL, 0, "session expired");
        end(call, "session expired");
    }

    /** A digit of the far end by SIP INFO (application/dtmf-relay) goes to the handset as a key frame. */
    private void info(RequestEvent event, SipProviderHandle stack) {
        Call call = bySipCallId.get(callIdOf(event.getRequest()));
        if (call == null || !hasToTag(event.getRequest())) {
            respond(event, stack, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
            return;
        }
        var type = (ContentTypeHeader) event.getRequest().getHeader(ContentTypeHeader.NAME);
        if (type != null && "application".equalsIgnoreCase(type.getContentType())
                && "dtmf-relay".equalsIgnoreCase(type.getContentSubType())) {
            var key = TelephoneEvents.parseDtmfRelay(body(event.getRequest()));
            if (key.isEmpty()) {
                respond(event, stack, Response.BAD_REQUEST);
                return;
            }
            if (call.state() == io.multicell.sip.call.CallState.CONNECTED) {
                call.media.deliverKey(key.getAsInt());
                LOG.infof("%s: INFO, key %s to the handset", call, TelephoneEvents.key(key.getAsInt()));
            }
        }
        respond(event, stack, Response.OK);
    }

    /** The handset pressed a key on a call whose digits go by SIP INFO. */
    @Override
    public void keyPressed(String callId, int event) {
        onCallsThread(() -> call(callId).ifPresent(call -> stack().ifPresent(stack -> sendInfo(call, stack, event))));
    }

    private void sendInfo(Call call, SipProviderHandle stack, int event) {
        if (call.state() != io.multicell.sip.call.CallState.CONNECTED) {
            return;
        }
        try {
            var info = request(call, stack, Request.INFO, ++call.localCseq);
            info.setContent(TelephoneEvents.dtmfRelay(event).getBytes(StandardCharsets.US_ASCII),
                    stack.headers().createContentTypeHeader("application", "dtmf-relay"));
            ClientTransaction transaction = stack.provider().getNewClientTransaction(info);
            transaction.setRetransmitTimer(t1Ms());
            transaction.sendRequest();
            LOG.infof("%s: INFO, key %s", call, TelephoneEvents.key(event));
        } catch (SipException | ParseException | InvalidArgumentException | RuntimeException e) {
            LOG.warnf("%s: INFO not sent: %s", call, e.getMessage());
        }
    }

    /** Whether the peer lists INFO in the Allow header of its INVITE or 200. */
    private static boolean allowsInfo(Message message) {
        ListIterator<Header> allows = message.getHeaders(AllowHeader.NAME);
        while (allows != null && allows.hasNext()) {
            if (allows.next() instanceof AllowHeader allow && Request.INFO.equalsIgnoreCase(allow.getMethod().strip())) {
                return true;
            }
        }
        return false;
    }

    private static void allow(Message message, SipProviderHandle stack) {
        try {
            message.setHeader(stack.headers().createAllowHeader(ALLOWED));
        } catch (ParseException e) {
            LOG.debugf("Allow not added: %s", e.getMessage());
        }
    }

    private void cancel(RequestEvent event, SipProviderHandle stack) {
        Request request = event.getRequest();
        Call call = bySipCallId.get(callIdOf(request));
        if (call == null || call.direction != Call.Direction.INCOMING || !call.state().early()) {
            respond(event, stack, call == null ? Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST : Response.OK);
            return;
        }
        respond(event, stack, Response.OK);
        finalResponse(call, stack, Response.REQUEST_TERMINATED, null);
        released(call, ReleaseCause.CANCELLED, Response.REQUEST_TERMINATED, "CANCEL from the PBX");
        end(call, "cancelled by the PBX");
    }

    private void bye(RequestEvent event, SipProviderHandle stack) {
        Call call = bySipCallId.get(callIdOf(event.getRequest()));
        if (call == null) {
            respond(event, stack, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
            return;
        }
        respond(event, stack, Response.OK);
        if (call.direction == Call.Direction.INCOMING && call.state().early()) {
            finalResponse(call, stack, Response.REQUEST_TERMINATED, null);
        }
        released(call, ReleaseCause.NORMAL, 0, "BYE from the PBX");
        end(call, "BYE from the PBX");
    }

    // ------------------------------------------------------------------ DM messages

    private void onManagerMessage(ManagerCallMessage message) {
        switch (message.getMessageCase()) {
            case ALERTING -> alerting(message.getAlerting().getCallId(), message.getAlerting().getBearer());
            case ANSWERED -> answered(message.getAnswered());
            case RELEASED -> releasedByDm(message.getReleased());
            case PLACE_CALL -> placeCall(message.getPlaceCall());
            case BEARER_ADDED -> call(message.getBearerAdded().getCallId()).ifPresent(call -> {
                var bearer = message.getBearerAdded().getBearer();
                if (call.state() == io.multicell.sip.call.CallState.CONNECTED) {
                    LOG.infof("%s: relay to %s as well (%s)", call, bearer.getBaseMac(), bearer.getRelayEndpoint());
                    call.media.addLeg(bearer.getBaseMac(), bearer.getRelayEndpoint(), true);
                }
            });
            case BEARER_REMOVED -> call(message.getBearerRemoved().getCallId()).ifPresent(call -> {
                LOG.infof("%s: no more relay to %s", call, message.getBearerRemoved().getBaseMac());
                call.media.removeLeg(message.getBearerRemoved().getBaseMac());
            });
            default -> LOG.warnf("ignoring a DM message the gateway does not know: %s", message);
        }
    }

    private Optional<Call> call(String callId) {
        var call = Optional.ofNullable(calls.get(callId));
        if (call.isEmpty()) {
            LOG.debugf("DM message for unknown call %s ignored", callId);
        }
        return call;
    }

    private void alerting(String callId, Bearer bearer) {
        call(callId).ifPresent(call -> {
            if (call.direction != Call.Direction.INCOMING || call.state() != io.multicell.sip.call.CallState.OFFERED) {
                return;
            }
            stack().ifPresent(stack -> {
                var ringing = response(stack, Response.RINGING, call.invite);
                tagAndContact(ringing, call, stack);
                boolean reliably = configurations.configuration().voip().prack()
                        && OptionTags.offered(call.invite, OptionTags.RELIABLE_PROVISIONALS);
                long rseq = java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 1L << 31);
                if (reliably) {
                    reliable(ringing, stack, rseq);
                }
                sendResponse(call.inviteTransaction, ringing);
                call.transitionTo(io.multicell.sip.call.CallState.ALERTING);
                call.bearer = bearer;
                if (reliably) {
                    awaitPrack(call, ringing, rseq);
                    LOG.infof("%s: 180 Ringing, reliably (RSeq %d)", call, rseq);
                } else {
                    LOG.debugf("%s: 180 Ringing", call);
                }
            });
        });
    }

    private void answered(CallAnswered answered) {
        call(answered.getCallId()).ifPresent(call -> {
            if (call.direction != Call.Direction.INCOMING || !call.state().early()) {
                return;
            }
            stack().ifPresent(stack -> {
                call.bearer = answered.getBearer();
                // The 180 carried no SDP: the 200 may go before its PRACK (RFC 3262 3); no more copies of it.
                call.stopReliableRinging();
                String sdp;
                if (call.offer == null) {
                    // Late offer: the far end's address and codec come with the ACK; RTP starts then (lateAnswer).
                    sdp = LateOffer.sdp(clock.millis(), call.localHost, call.media.port(), call.codec, call.profile);
                } else {
                    call.dtmf = DtmfTransmission.negotiate(call.profile.dtmfMode(), call.offer.telephoneEventPayloadType(),
                            allowsInfo(call.invite));
                    call.media.start(new InetSocketAddress(call.offer.address(), call.offer.port()), call.codec, call.dtmf,
                            packetisation(call));
                    call.sdpAnswer = SessionDescription.answer(clock.millis(), call.localHost, call.media.port(), call.codec,
                            call.dtmf.telephoneEvent(), (int) call.profile.ptimeMs());
                    sdp = call.sdpAnswer;
                }
                call.bearer().ifPresentOrElse(
                        bearer -> call.media.addLeg(bearer.getBaseMac(), bearer.getRelayEndpoint(), false),
                        () -> LOG.warnf("%s answered without a relay endpoint: no voice", call));
                var ok = response(stack, Response.OK, call.invite);
                tagAndContact(ok, call, stack);
                allow(ok, stack);
                call.session = SessionTimer.forIncoming(call.invite, configurations.configuration().voip().sessionTimerSeconds());
                call.peerAllowsUpdate = SessionTimer.lists(call.invite, AllowHeader.NAME, Request.UPDATE);
                sessionHeaders(ok, stack, call.session.responseValue(), !call.session.weRefresh());
                withSdp(ok, stack, sdp);
                sendResponse(call.inviteTransaction, ok);
                call.transitionTo(io.multicell.sip.call.CallState.CONNECTED);
                awaitAck(call, ok);
                armSessionTimer(call);
                LOG.infof("%s: 200 OK, voice via %s, DTMF %s, session timer %s", call, call.bearer.getBaseMac(), call.dtmf.kind(),
                        call.session);
            });
        });
    }

    private void releasedByDm(CallReleased released) {
        call(released.getCallId()).ifPresent(call -> {
            var stack = stack();
            if (stack.isEmpty()) {
                end(call, "SIP stack closed");
                return;
            }
            LOG.infof("%s: released by the DM (%s)", call, released.getCause());
            switch (call.state()) {
                case OFFERED, ALERTING -> {
                    int status = released.getSipStatus() >= 400 && released.getSipStatus() < 700
                            ? released.getSipStatus() : statusFor(released.getCause());
                    finalResponse(call, stack.get(), status, null);
                    end(call, "released by the DM before the answer: " + status);
                }
                case DIALLING, RINGBACK -> cancelOutgoing(call, stack.get());
                case CONNECTED -> {
                    sendBye(call, stack.get());
                    end(call, "released by the DM: BYE");
                }
                default -> {
                    // CANCELLING: the 487 ends it
                }
            }
        });
    }

    /** The final response that carries a radio-side release of an incoming call before the answer. */
    static int statusFor(ReleaseCause cause) {
        return switch (cause) {
            case BUSY, NO_CHANNEL -> Response.BUSY_HERE;
            case DECLINED -> Response.DECLINE;
            case NETWORK_FAILURE -> Response.SERVICE_UNAVAILABLE;
            default -> Response.TEMPORARILY_UNAVAILABLE;
        };
    }

    /** The release cause of a failed outgoing call. */
    static ReleaseCause causeFor(int status) {
        return switch (status) {
            case Response.BUSY_HERE, Response.BUSY_EVERYWHERE -> ReleaseCause.BUSY;
            case Response.DECLINE -> ReleaseCause.DECLINED;
            default -> ReleaseCause.NETWORK_FAILURE;
        };
    }

    // ------------------------------------------------------------------ outgoing calls

    private void placeCall(PlaceCall place) {
        if (calls.containsKey(place.getCallId())) {
            return;
        }
        SipConfiguration configuration = configurations.configuration();
        Optional<SipAccount> account = configuration.accounts().stream()
                .filter(a -> !a.ipui().isEmpty() && a.ipui().equalsIgnoreCase(place.getIpui())).findFirst();
        if (account.isEmpty() || !account.get().complete()) {
            refuse(place.getCallId(), 0, "no SIP account for handset " + place.getIpui());
            return;
        }
        ProviderProfile profile = configuration.profile(account.get().profileId()).orElseThrow();
        String number = configuration.dialRules().apply(place.getDialledNumber());
        if (number.isEmpty()) {
            refuse(place.getCallId(), Response.ADDRESS_INCOMPLETE, "no number dialled");
            return;
        }
        List<VoiceCodec> codecs = profile.activeCodecs().stream().flatMap(c -> VoiceCodec.of(c).stream()).toList();
        if (codecs.isEmpty()) {
            refuse(place.getCallId(), Response.NOT_ACCEPTABLE_HERE, "profile " + profile.id() + " has no codec the gateway carries (G.722, G.711)");
            return;
        }
        var stack = stack();
        if (stack.isEmpty()) {
            refuse(place.getCallId(), Response.SERVICE_UNAVAILABLE, "SIP endpoint not open");
            return;
        }
        MediaAnchor media;
        try {
            media = bindMedia(place.getCallId(), account.get().ipui(), configuration);
        } catch (IOException e) {
            refuse(place.getCallId(), Response.SERVER_INTERNAL_ERROR, e.getMessage());
            return;
        }
        HostPort firstHop = firstHop(profile);
        String localHost = sip.localHostTowards(firstHop);
        var call = new Call(place.getCallId(), Call.Direction.OUTGOING, account.get(), profile, media, token() + "@" + localHost, token(),
                io.multicell.sip.call.CallState.DIALLING);
        call.bearer = place.getBearer();
        call.localHost = localHost;
        call.sessionExpires = configuration.voip().sessionTimerSeconds();
        try {
            var addresses = stack.get().addresses();
            var self = addresses.createAddress(addresses.createSipURI(account.get().username(), profile.domain()));
            if (!account.get().displayName().isEmpty()) {
                self.setDisplayName(account.get().displayName());
            }
            call.localAddress = self;
            call.remoteAddress = addresses.createAddress(addresses.createSipURI(number, profile.domain()));
            call.remoteTarget = call.remoteAddress.getURI();
            var route = addresses.createSipURI(null, firstHop.host());
            route.setPort(firstHop.port());
            route.setLrParam();
            call.routeSet = List.of(addresses.createAddress(route));
        } catch (ParseException e) {
            media.close();
            refuse(place.getCallId(), Response.ADDRESS_INCOMPLETE, "cannot call '" + number + "': " + e.getMessage());
            return;
        }
        call.sdpOffer = SessionDescription.offer(clock.millis(), localHost, media.port(), codecs, (int) profile.ptimeMs(),
                profile.dtmfMode().offersTelephoneEvent());
        add(call);
        LOG.infof("%s: INVITE %s via %s", call, call.remoteTarget, firstHop);
        sendInvite(call, stack.get(), Optional.empty());
    }

    private void refuse(String callId, int status, String reason) {
        LOG.infof("call %s refused: %s", callId, reason);
        dm.send(GatewayCallMessage.newBuilder().setReleased(CallReleased.newBuilder().setCallId(callId)
                .setCause(ReleaseCause.NETWORK_FAILURE).setSipStatus(status).setReason(reason)).build());
    }

    private void sendInvite(Call call, SipProviderHandle stack, Optional<Header> credentials) {
        try {
            var invite = request(call, stack, Request.INVITE, ++call.localCseq);
            credentials.ifPresent(invite::addHeader);
            call.credentials = credentials;
            allow(invite, stack);
            invite.setHeader(stack.headers().createHeader(SessionTimer.SESSION_EXPIRES, Long.toString(call.sessionExpires)));
            invite.setHeader(stack.headers().createHeader(SessionTimer.MIN_SE_HEADER, Long.toString(call.minSe)));
            invite.removeHeader(OptionTags.SUPPORTED);
            for (String tag : OptionTags.supported(configurations.configuration().voip().prack())) {
                invite.addHeader(stack.headers().createSupportedHeader(tag));
            }
            withSdp(invite, stack, call.sdpOffer);
            ClientTransaction transaction = stack.provider().getNewClientTransaction(invite);
            transaction.setRetransmitTimer(t1Ms());
            transaction.setApplicationData(call.callId);
            call.outgoingInvite = invite;
            call.inviteClient = transaction;
            transaction.sendRequest();
        } catch (SipException | ParseException | InvalidArgumentException | RuntimeException e) {
            LOG.warnf("%s: INVITE not sent: %s", call, e.getMessage());
            released(call, ReleaseCause.NETWORK_FAILURE, 0, "INVITE not sent: " + e.getMessage());
            end(call, "INVITE not sent");
        }
    }

    private void onResponse(ResponseEvent event) {
        Response response = event.getResponse();
        Call call = bySipCallId.get(callIdOf(response));
        var cseq = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
        if (call == null || cseq == null) {
            if (call == null && cseq != null && Request.INVITE.equals(cseq.getMethod()) && response.getStatusCode() / 100 == 2) {
                LOG.debugf("200 OK for a call that is over: ignored");
            }
            return;
        }
        if (cseq.getSeqNumber() == call.refreshCseq && !Request.BYE.equals(cseq.getMethod())) {
            stack().ifPresent(stack -> refreshAnswered(call, response, cseq, stack));
            return;
        }
        if (!Request.INVITE.equals(cseq.getMethod()) || call.direction != Call.Direction.OUTGOING) {
            return; // answers to BYE, CANCEL and INFO need nothing more
        }
        var stack = stack();
        if (stack.isEmpty()) {
            return;
        }
        int status = response.getStatusCode();
        if (status / 100 == 2) {
            answeredOutgoing(call, response, stack.get());
            return;
        }
        if (event.getClientTransaction() != call.inviteClient) {
            return; // the challenged INVITE before this one
        }
        if (status < 200) {
            if (status > Response.TRYING) {
                prackIfReliable(call, response, stack.get());
            }
            if (call.cancelOnProvisional) {
                cancelOutgoing(call, stack.get());
            } else if ((status == Response.RINGING || status == Response.SESSION_PROGRESS)
                    && call.state() == io.multicell.sip.call.CallState.DIALLING) {
                call.transitionTo(io.multicell.sip.call.CallState.RINGBACK);
                progress(call, CallState.RINGBACK);
                LOG.infof("%s: %d, ringback", call, status);
            }
            return;
        }
        if ((status == Response.UNAUTHORIZED || status == Response.PROXY_AUTHENTICATION_REQUIRED)
                && call.state() != io.multicell.sip.call.CallState.CANCELLING && answerChallenge(call, response, stack.get())) {
            return;
        }
        if (call.state() == io.multicell.sip.call.CallState.CANCELLING) {
            end(call, "cancelled: " + status);
            return;
        }
        if (status == SESSION_INTERVAL_TOO_SMALL && retryWithMinSe(call, response, stack.get())) {
            return;
        }
        LOG.infof("%s: failed with %d %s", call, status, response.getReasonPhrase());
        released(call, causeFor(status), status, status + " " + response.getReasonPhrase());
        end(call, "failed: " + status);
    }

    private boolean answerChallenge(Call call, Response response, SipProviderHandle stack) {
        boolean proxy = response.getStatusCode() == Response.PROXY_AUTHENTICATION_REQUIRED;
        var header = (WWWAuthenticateHeader) response.getHeader(proxy ? ProxyAuthenticateHeader.NAME : WWWAuthenticateHeader.NAME);
        if (header == null || !"Digest".equalsIgnoreCase(header.getScheme())) {
            return false;
        }
        var challenge = new DigestChallenge(header.getRealm(), header.getNonce(), header.getOpaque(), header.getAlgorithm(),
                DigestChallenge.qopList(header.getQop()), header.isStale());
        if (call.challengesAnswered >= MAX_CHALLENGES || (call.challengesAnswered > 0 && !challenge.stale())) {
            return false; // the credentials were refused
        }
        try {
            var account = call.account;
            var authorization = digest.authorize(challenge, Request.INVITE, call.remoteTarget.toString(),
                    account.effectiveAuthenticationName(), account.password(), token(), 1);
            call.challengesAnswered++;
            var credentials = stack.headers().createHeader(proxy ? "Proxy-Authorization" : "Authorization", authorization.headerValue());
            LOG.debugf("%s: %d, INVITE again with credentials of %s", call, response.getStatusCode(), account.effectiveAuthenticationName());
            sendInvite(call, stack, Optional.of(credentials));
            return true;
        } catch (UnsupportedChallengeException | ParseException e) {
            LOG.warnf("%s: cannot answer the challenge: %s", call, e.getMessage());
            return false;
        }
    }

    private void answeredOutgoing(Call call, Response response, SipProviderHandle stack) {
        var to = (ToHeader) response.getHeader(ToHeader.NAME);
        if (call.state() == io.multicell.sip.call.CallState.CONNECTED) {
            if (to.getTag() != null && to.getTag().equals(call.remoteTag)) {
                sendAck(call, stack, ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getSeqNumber()); // a retransmitted 200
            }
            return;
        }
        // The dialog as the UAC sees it (RFC 3261 12.1.2): route set from Record-Route reversed, target from Contact.
        call.remoteTag = to.getTag();
        call.remoteAddress = to.getAddress();
        contactUri(response).ifPresent(uri -> call.remoteTarget = uri);
        var routes = recordRoutes(response);
        Collections.reverse(routes);
        call.routeSet = routes;
        sendAck(call, stack, ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getSeqNumber());
        if (call.state() == io.multicell.sip.call.CallState.CANCELLING || call.state() == io.multicell.sip.call.CallState.RELEASED) {
            sendBye(call, stack);
            end(call, "answered after CANCEL: BYE");
            return;
        }
        List<VoiceCodec> offered = call.profile.activeCodecs().stream().flatMap(c -> VoiceCodec.of(c).stream()).toList();
        Optional<NegotiatedCodec> codec;
        SessionDescription answer;
        try {
            answer = SessionDescription.parse(body(response));
            codec = NegotiatedCodec.ofAnswer(answer, offered);
        } catch (InvalidSdpException e) {
            answer = null;
            codec = Optional.empty();
        }
        if (codec.isEmpty() || answer.rejected()) {
            LOG.warnf("%s: 200 OK without a usable answer: BYE", call);
            sendBye(call, stack);
            released(call, ReleaseCause.NETWORK_FAILURE, Response.NOT_ACCEPTABLE_HERE, "no common codec in the answer");
            end(call, "no codec");
            return;
        }
        call.codec = codec.get();
        call.farEndPtimeMs = answer.ptimeMs();
        call.dtmf = DtmfTransmission.negotiate(call.profile.dtmfMode(),
                call.profile.dtmfMode().offersTelephoneEvent() ? answer.telephoneEventPayloadType() : OptionalInt.empty(),
                allowsInfo(response));
        call.transitionTo(io.multicell.sip.call.CallState.CONNECTED);
        call.session = SessionTimer.forOutgoing(response, call.sessionExpires);
        call.peerAllowsUpdate = SessionTimer.lists(response, AllowHeader.NAME, Request.UPDATE);
        armSessionTimer(call);
        call.media.start(new InetSocketAddress(answer.address(), answer.port()), codec.get(), call.dtmf, packetisation(call));
        call.bearer().ifPresentOrElse(
                bearer -> call.media.addLeg(bearer.getBaseMac(), bearer.getRelayEndpoint(), false),
                () -> LOG.warnf("%s connected without a relay endpoint: no voice", call));
        progress(call, CallState.CONNECTED);
        LOG.infof("%s: connected, codec %s, DTMF %s", call, codec.get().codec(), call.dtmf.kind());
    }

    private void cancelOutgoing(Call call, SipProviderHandle stack) {
        try {
            var cancel = call.inviteClient.createCancel();
            ClientTransaction transaction = stack.provider().getNewClientTransaction(cancel);
            transaction.setRetransmitTimer(t1Ms());
            transaction.sendRequest();
            call.cancelOnProvisional = false;
            if (call.state() != io.multicell.sip.call.CallState.CANCELLING) {
                call.transitionTo(io.multicell.sip.call.CallState.CANCELLING);
            }
            LOG.infof("%s: CANCEL", call);
        } catch (SipException | RuntimeException e) {
            // No provisional response yet (RFC 3261 9.1): CANCEL as soon as one comes.
            LOG.debugf("%s: CANCEL deferred: %s", call, e.getMessage());
            call.cancelOnProvisional = true;
        }
    }

    private void onTimeout(TimeoutEvent event) {
        if (event.isServerTransaction() || !(event.getClientTransaction().getApplicationData() instanceof String callId)) {
            return;
        }
        Call call = calls.get(callId);
        if (call == null || event.getClientTransaction() != call.inviteClient) {
            return;
        }
        if (call.state() == io.multicell.sip.call.CallState.DIALLING || call.state() == io.multicell.sip.call.CallState.RINGBACK) {
            released(call, ReleaseCause.NETWORK_FAILURE, Response.REQUEST_TIMEOUT, "no answer to INVITE");
        }
        if (call.state() != io.multicell.sip.call.CallState.CONNECTED) {
            end(call, "INVITE timed out");
        }
    }

    private void progress(Call call, CallState state) {
        var progress = OutgoingProgress.newBuilder().setCallId(call.callId).setState(state);
        if (state == CallState.CONNECTED) {
            progress.setCodec(call.codec.codec().wire());
        }
        dm.send(GatewayCallMessage.newBuilder().setProgress(progress).build());
    }

    // ------------------------------------------------------------------ ending calls

    private void endEveryCall(String why) {
        if (calls.isEmpty()) {
            return;
        }
        LOG.infof("DM link broken (%s): ending %d calls", why, calls.size());
        var stack = stack();
        for (Call call : new ArrayList<>(calls.values())) {
            if (stack.isPresent()) {
                switch (call.state()) {
                    case OFFERED, ALERTING -> finalResponse(call, stack.get(), Response.SERVICE_UNAVAILABLE, null);
                    case DIALLING, RINGBACK -> cancelOutgoing(call, stack.get());
                    case CONNECTED -> sendBye(call, stack.get());
                    default -> {
                        // CANCELLING: already on its way out
                    }
                }
            }
            end(call, "DM link broken");
        }
    }

    private void released(Call call, ReleaseCause cause, int status, String reason) {
        dm.send(GatewayCallMessage.newBuilder().setReleased(CallReleased.newBuilder().setCallId(call.callId).setCause(cause)
                .setSipStatus(status).setReason(reason)).build());
    }

    private void add(Call call) {
        calls.put(call.callId, call);
        bySipCallId.put(call.sipCallId, call);
        metrics.started(call.direction);
    }

    private void end(Call call, String why) {
        if (call.state() != io.multicell.sip.call.CallState.RELEASED) {
            call.transitionTo(io.multicell.sip.call.CallState.RELEASED);
        }
        call.cancelSessionTimer();
        call.stopWaitingForAck();
        call.stopReliableRinging();
        call.media.close();
        calls.remove(call.callId, call);
        bySipCallId.remove(call.sipCallId, call);
        LOG.infof("call %s ended: %s", call.callId, why);
    }

    /** Ends every call (BYE, CANCEL, 503) and stops taking events. */
    @Override
    public void close() {
        onCallsThread(() -> endEveryCall("SIP gateway shutting down"));
        executor.shutdown();
        sessionTimers.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        metrics.close();
    }

    // ------------------------------------------------------------------ SIP messages

    private Optional<SipProviderHandle> stack() {
        return sip.stack();
    }

    private MediaAnchor bindMedia(String callId, String ipui, SipConfiguration configuration) throws IOException {
        var endpoint = configurations.endpoint().orElseThrow(() -> new IOException("no SIP endpoint configured"));
        return MediaAnchor.bind(callId, ipui, InetAddress.getByName(endpoint.bindAddress()), configurations.rtpPorts(),
                (int) configuration.voip().rtpTos(), relays, this);
    }

    /** Where requests of a profile go first: the outbound proxy when its mode is Always, else the proxy. */
    static HostPort firstHop(ProviderProfile profile) {
        return profile.outboundProxy().orElse(profile.proxy());
    }

    /** An in-dialog (or initial, for INVITE) request of the call: route set, tags, new Via branch. */
    private Request request(Call call, SipProviderHandle stack, String method, long cseq)
            throws ParseException, InvalidArgumentException {
        var headers = stack.headers();
        var via = headers.createViaHeader(call.localHost, stack.port(), "udp", "z9hG4bK" + token());
        via.setRPort();
        var request = stack.messages().createRequest(call.remoteTarget, method,
                headers.createCallIdHeader(call.sipCallId),
                headers.createCSeqHeader(cseq, method),
                headers.createFromHeader(call.localAddress, call.localTag),
                headers.createToHeader(call.remoteAddress, call.remoteTag),
                List.of(via),
                headers.createMaxForwardsHeader(70));
        for (Address route : call.routeSet) {
            request.addHeader(headers.createRouteHeader(route));
        }
        request.addHeader(contact(call, stack));
        request.addHeader(headers.createUserAgentHeader(List.of(USER_AGENT)));
        return request;
    }

    private void sendAck(Call call, SipProviderHandle stack, long inviteCseq) {
        try {
            var ack = request(call, stack, Request.ACK, inviteCseq);
            stack.provider().sendRequest(ack);
        } catch (SipException | ParseException | InvalidArgumentException | RuntimeException e) {
            LOG.warnf("%s: ACK not sent: %s", call, e.getMessage());
        }
    }

    private void sendBye(Call call, SipProviderHandle stack) {
        try {
            var bye = request(call, stack, Request.BYE, ++call.localCseq);
            ClientTransaction transaction = stack.provider().getNewClientTransaction(bye);
            transaction.setRetransmitTimer(t1Ms());
            transaction.sendRequest();
            LOG.infof("%s: BYE", call);
        } catch (SipException | ParseException | InvalidArgumentException | RuntimeException e) {
            LOG.warnf("%s: BYE not sent: %s", call, e.getMessage());
        }
    }

    private ContactHeader contact(Call call, SipProviderHandle stack) throws ParseException {
        var uri = stack.addresses().createSipURI(call.account.username(), call.localHost);
        uri.setPort(stack.port());
        return stack.headers().createContactHeader(stack.addresses().createAddress(uri));
    }

    /** Our To tag, Contact and the INVITE's Record-Route on a response of an incoming call. */
    private void tagAndContact(Response response, Call call, SipProviderHandle stack) {
        try {
            ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(call.localTag);
            response.setHeader(contact(call, stack));
            if (response.getHeader(RecordRouteHeader.NAME) == null) {
                ListIterator<Header> routes = call.invite.getHeaders(RecordRouteHeader.NAME);
                while (routes != null && routes.hasNext()) {
                    response.addHeader((Header) routes.next().clone());
                }
            }
        } catch (ParseException e) {
            throw new IllegalStateException("tag or contact refused by the stack", e);
        }
    }

    private void finalResponse(Call call, SipProviderHandle stack, int status, String reason) {
        call.stopReliableRinging();
        var response = response(stack, status, call.invite);
        try {
            ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(call.localTag);
            if (reason != null) {
                response.setReasonPhrase(reason);
            }
        } catch (ParseException e) {
            LOG.debugf("tag not set: %s", e.getMessage());
        }
        sendResponse(call.inviteTransaction, response);
    }

    private void withSdp(Message message, SipProviderHandle stack, String sdp) {
        try {
            message.setContent(sdp.getBytes(StandardCharsets.US_ASCII), stack.headers().createContentTypeHeader(SDP_TYPE, SDP_SUBTYPE));
        } catch (ParseException e) {
            throw new IllegalStateException("SDP content type refused by the stack", e);
        }
    }

    private String ownSdp(Call call) {
        if (call.sdpAnswer != null) {
            return call.sdpAnswer;
        }
        return SessionDescription.answer(clock.millis(), call.localHost, call.media.port(), call.codec, call.dtmf.telephoneEvent(),
                (int) call.profile.ptimeMs());
    }

    /** Answers a request outside a call's INVITE transaction (OPTIONS, BYE, CANCEL, errors). */
    private void respond(RequestEvent event, SipProviderHandle stack, int status) {
        ServerTransaction transaction = serverTransaction(event, stack);
        if (transaction == null) {
            return;
        }
        var response = response(stack, status, event.getRequest());
        if (status == Response.METHOD_NOT_ALLOWED) {
            try {
                response.addHeader(stack.headers().createAllowHeader(ALLOWED));
            } catch (ParseException e) {
                LOG.debugf("Allow not added: %s", e.getMessage());
            }
        }
        sendResponse(transaction, response);
    }

    private void reject(ServerTransaction transaction, SipProviderHandle stack, int status, String reason) {
        var response = response(stack, status, transaction.getRequest());
        try {
            ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(token());
            response.setReasonPhrase(reasonPhrase(status, reason));
        } catch (ParseException e) {
            LOG.debugf("tag not set: %s", e.getMessage());
        }
        sendResponse(transaction, response);
    }

    private static String reasonPhrase(int status, String reason) {
        return switch (status) {
            case Response.NOT_FOUND -> "Not Found";
            case Response.NOT_ACCEPTABLE_HERE -> "Not Acceptable Here";
            case Response.SERVICE_UNAVAILABLE -> "Service Unavailable";
            case Response.TEMPORARILY_UNAVAILABLE -> "Temporarily Unavailable";
            default -> reason;
        };
    }

    private ServerTransaction serverTransaction(RequestEvent event, SipProviderHandle stack) {
        if (event.getServerTransaction() != null) {
            return event.getServerTransaction();
        }
        try {
            ServerTransaction transaction = stack.provider().getNewServerTransaction(event.getRequest());
            // Timers G, H, I, J of the transaction (RFC 3261 17.2) run on the VoIP settings' T1.
            transaction.setRetransmitTimer(t1Ms());
            return transaction;
        } catch (TransactionAlreadyExistsException e) {
            return null; // a retransmission: its transaction answers it
        } catch (SipException | RuntimeException e) {
            LOG.debugf("no server transaction for %s: %s", event.getRequest().getMethod(), e.getMessage());
            return null;
        }
    }

    private static Response response(SipProviderHandle stack, int status, Request request) {
        try {
            return stack.messages().createResponse(status, request);
        } catch (ParseException e) {
            throw new IllegalStateException("response " + status + " refused by the stack", e);
        }
    }

    private static void sendResponse(ServerTransaction transaction, Response response) {
        try {
            transaction.sendResponse(response);
        } catch (SipException | InvalidArgumentException | RuntimeException e) {
            LOG.debugf("%d not sent: %s", response.getStatusCode(), e.getMessage());
        }
    }

    private static String callIdOf(Message message) {
        var header = (CallIdHeader) message.getHeader(CallIdHeader.NAME);
        return header == null ? "" : header.getCallId();
    }

    private static boolean hasToTag(Request request) {
        var to = (ToHeader) request.getHeader(ToHeader.NAME);
        return to != null && to.getTag() != null;
    }

    private static String body(Message message) {
        byte[] raw = message.getRawContent();
        return raw == null ? "" : new String(raw, StandardCharsets.UTF_8);
    }

    private static Optional<javax.sip.address.URI> contactUri(Message message) {
        var contact = (ContactHeader) message.getHeader(ContactHeader.NAME);
        return contact == null || contact.getAddress() == null ? Optional.empty() : Optional.of(contact.getAddress().getURI());
    }

    private static List<Address> recordRoutes(Message message) {
        List<Address> routes = new ArrayList<>();
        ListIterator<Header> headers = message.getHeaders(RecordRouteHeader.NAME);
        while (headers != null && headers.hasNext()) {
            routes.add((Address) ((RecordRouteHeader) headers.next()).getAddress().clone());
        }
        return routes;
    }

    /** The caller's number and name: P-Asserted-Identity when present, else From. */
    private static CallingParty callingParty(Request request) {
        Address address = ((FromHeader) request.getHeader(FromHeader.NAME)).getAddress();
        Header asserted = request.getHeader("P-Asserted-Identity");
        if (asserted instanceof javax.sip.header.HeaderAddress headerAddress) {
            address = headerAddress.getAddress();
        }
        String number = address.getURI() instanceof SipURI uri && uri.getUser() != null ? uri.getUser() : address.getURI().toString();
        return new CallingParty(number, address.getDisplayName() == null ? "" : address.getDisplayName());
    }

    private record CallingParty(String number, String name) {
    }

    private String token() {
        return tokens.get().substring(0, 16);
    }
}
