package io.multicell.manager.calls;

import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.proto.media.v1.Codec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One call the DM routes; mutable, touched only by the {@link CallRouter} on the control thread. */
public final class Call {

    /** Who set the call up. */
    public enum Direction {
        INCOMING("incoming"),
        OUTGOING("outgoing");

        private final String label;

        Direction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A handover in progress: the target base and when the DM decided it. */
    static final class Handover {
        final MacAddress target;
        final Instant decidedAt;
        final long serial;
        boolean arrived;

        Handover(MacAddress target, Instant decidedAt, long serial) {
            this.target = target;
            this.decidedAt = decidedAt;
            this.serial = serial;
        }
    }

    final String id;
    final Ipui ipui;
    final Direction direction;
    final String remoteNumber;
    final GatewayLink gateway;
    Codec codec;
    String callingName = "";
    /** The old bearer of a handover in progress was lost: the call lives on only if the target takes it. */
    boolean bearerLost;
    private CallState state;
    /** The base the handset's lock stream is at (paged through, dialled through; the target after a handover). */
    MacAddress lockBase;
    /** The base carrying the bearer; null while paging. */
    MacAddress bearer;
    /** The bearer stream is open (the bearer is the lock base, or the bearer base reported bearer_arrived). */
    boolean bearerUp;
    Handover handover;
    int handovers;
    private long serial;

    Call(String id, Ipui ipui, Direction direction, String remoteNumber, GatewayLink gateway, Codec codec, CallState initial) {
        this.id = id;
        this.ipui = ipui;
        this.direction = direction;
        this.remoteNumber = remoteNumber;
        this.gateway = gateway;
        this.codec = codec;
        this.state = initial;
    }

    public CallState state() {
        return state;
    }

    /**
     * Moves to {@code next}.
     *
     * @throws IllegalStateException when the move is not one {@link CallState} allows
     */
    void moveTo(CallState next) {
        if (!state.canMoveTo(next)) {
            throw new IllegalStateException("call " + id + ": " + state + " -> " + next + " is not allowed");
        }
        state = next;
        serial++;
    }

    /** Changes with every state change: a timer armed under one serial is stale under another. */
    long serial() {
        return serial;
    }

    boolean released() {
        return state == CallState.RELEASED;
    }

    /** Every base involved: the lock base, the bearer base and a handover target. */
    Set<MacAddress> bases() {
        Set<MacAddress> bases = new LinkedHashSet<>();
        if (lockBase != null) {
            bases.add(lockBase);
        }
        if (bearer != null) {
            bases.add(bearer);
        }
        if (handover != null) {
            bases.add(handover.target);
        }
        return bases;
    }

    /** Bases that hold a channel for this call: the bearer and a handover target. */
    List<MacAddress> channelBases() {
        List<MacAddress> bases = new ArrayList<>();
        if (bearer != null) {
            bases.add(bearer);
        }
        if (handover != null && !handover.target.equals(bearer)) {
            bases.add(handover.target);
        }
        return bases;
    }

    CallView view() {
        return new CallView(id, ipui, direction, state, channelBases(), remoteNumber, handovers);
    }
}
