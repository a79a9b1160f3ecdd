package io.multicell.sip.call;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sip.ClientTransaction;
import javax.sip.ServerTransaction;
import javax.sip.address.Address;
import javax.sip.address.URI;
import javax.sip.message.Request;

import io.multicell.proto.manager.v1.Bearer;
import io.multicell.sip.config.ProviderProfile;
import io.multicell.sip.config.SipAccount;
import io.multicell.sip.media.DtmfTransmission;
import io.multicell.sip.media.MediaAnchor;
import io.multicell.sip.media.NegotiatedCodec;
import io.multicell.sip.media.SessionDescription;

/**
 * One call as the gateway holds it: its SIP dialog (tags, route set, remote target, CSeq), its transactions, its media
 * anchor and its state. Owned by the calls thread ({@link Calls}); nothing else touches it.
 */
final class Call {

    /** Who set the call up. */
    enum Direction {
        /** INVITE from the PBX: the handset is called. */
        INCOMING,
        /** PlaceCall from the DM: the handset calls out. */
        OUTGOING;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    final String callId;
    final Direction direction;
    final SipAccount account;
    final ProviderProfile profile;
    final MediaAnchor media;
    final String sipCallId;
    final String localTag;
    private CallState state;

    // The dialog, as RFC 3261 12 keeps it.
    Address localAddress;
    Address remoteAddress;
    String remoteTag;
    URI remoteTarget;
    List<Address> routeSet = new ArrayList<>();
    long localCseq;
    /** Host and port put in Via and Contact. */
    String localHost;

    // Incoming.
    Request invite;
    ServerTransaction inviteTransaction;
    SessionDescription offer;
    /** The 200 OK sent, retransmitted until the ACK comes (RFC 3261 13.3.1.4). */
    javax.sip.message.Response ok;
    boolean acknowledged;
    /** T1 doubling up to T2 between retransmissions of the 200 OK. */
    long okRetransmitMs;
    java.util.concurrent.ScheduledFuture<?> okRetransmitTask;
    java.util.concurrent.ScheduledFuture<?> ackWaitTask;
    /** The 180 sent reliably (PRACK on and the caller offers 100rel), retransmitted until its PRACK. */
    ReliableProvisional reliableRinging;

    // Outgoing.
    Request outgoingInvite;
    ClientTransaction inviteClient;
    int challengesAnswered;
    boolean cancelOnProvisional;
    /** The credentials of the last INVITE, sent again when it is retried (422). */
    Optional<javax.sip.header.Header> credentials = Optional.empty();
    /** Session-Expires and Min-SE of the INVITE: the VoIP session timer and 90, or what a 422 asked for. */
    long sessionExpires;
    long minSe = SessionTimer.MIN_SE;
    /** Whether the INVITE was already retried after a 422 Session Interval Too Small (once only). */
    boolean retriedAfter422;
    /** RSeq of the last reliable provisional response PRACKed (RFC 3262 4), -1 before the first. */
    long lastRseq = -1;
    Bearer bearer;
    String sdpOffer;

    NegotiatedCodec codec;
    String sdpAnswer;
    /** The far end's a=ptime (its offer or answer; 0 when it named none): the packet size it wants to receive. */
    int farEndPtimeMs;
    /** How digits travel, settled when the call connects. */
    DtmfTransmission dtmf = DtmfTransmission.AUDIO;

    // Session timer (RFC 4028), from the answer on.
    SessionTimer session;
    boolean peerAllowsUpdate;
    /** CSeq of the gateway's last refresh (UPDATE or re-INVITE), -1 before the first. */
    long refreshCseq = -1;
    java.util.concurrent.ScheduledFuture<?> refreshTask;
    java.util.concurrent.ScheduledFuture<?> expiryTask;

    Call(String callId, Direction direction, SipAccount account, ProviderProfile profile, MediaAnchor media, String sipCallId,
            String localTag, CallState initial) {
        if (!initial.legalPrevious().isEmpty()) {
            throw new IllegalArgumentException(initial + " does not start a call");
        }
        this.callId = callId;
        this.direction = direction;
        this.account = account;
        this.profile = profile;
        this.media = media;
        this.sipCallId = sipCallId;
        this.localTag = localTag;
        this.state = initial;
    }

    CallState state() {
        return state;
    }

    void transitionTo(CallState next) {
        if (!next.legalPrevious().contains(state)) {
            throw new IllegalStateException("call " + callId + ": " + state + " -> " + next + " is not a legal move; " + next
                    + " may only follow " + next.legalPrevious());
        }
        state = next;
    }

    void cancelSessionTimer() {
        if (refreshTask != null) {
            refreshTask.cancel(false);
            refreshTask = null;
        }
        if (expiryTask != null) {
            expiryTask.cancel(false);
            expiryTask = null;
        }
    }

    void stopReliableRinging() {
        if (reliableRinging != null) {
            reliableRinging.stop();
        }
    }

    void stopWaitingForAck() {
        if (okRetransmitTask != null) {
            okRetransmitTask.cancel(false);
            okRetransmitTask = null;
        }
        if (ackWaitTask != null) {
            ackWaitTask.cancel(false);
            ackWaitTask = null;
        }
    }

    Optional<Bearer> bearer() {
        return Optional.ofNullable(bearer).filter(b -> !b.getRelayEndpoint().isEmpty());
    }

    @Override
    public String toString() {
        return "call " + callId + " (" + direction.tag() + ", " + account.username() + ", " + state + ")";
    }
}
