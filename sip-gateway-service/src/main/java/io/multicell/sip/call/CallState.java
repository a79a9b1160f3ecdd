package io.multicell.sip.call;

import java.util.EnumSet;
import java.util.Set;

/** State of one call's SIP side, with the states each may follow. */
public enum CallState {
    /** Incoming: INVITE answered 100 Trying, OfferCall sent to the DM. */
    OFFERED,
    /** Incoming: the handset rings, 180 Ringing sent. */
    ALERTING,
    /** Outgoing: INVITE sent (again with credentials after a challenge). */
    DIALLING,
    /** Outgoing: 180/183 received, RINGBACK reported. */
    RINGBACK,
    /** Outgoing: the handset gave up before the answer, CANCEL sent. */
    CANCELLING,
    /** 200 OK sent (incoming) or received and acknowledged (outgoing): voice flows. */
    CONNECTED,
    /** Over: nothing more is sent for the call. */
    RELEASED;

    /** States this one may follow; OFFERED and DIALLING only start a call. */
    public Set<CallState> legalPrevious() {
        return switch (this) {
            case OFFERED, DIALLING -> EnumSet.noneOf(CallState.class);
            case ALERTING -> EnumSet.of(OFFERED);
            case RINGBACK -> EnumSet.of(DIALLING);
            case CANCELLING -> EnumSet.of(DIALLING, RINGBACK);
            case CONNECTED -> EnumSet.of(OFFERED, ALERTING, DIALLING, RINGBACK);
            case RELEASED -> EnumSet.complementOf(EnumSet.of(RELEASED));
        };
    }

    /** Before the answer: a release is a final response (incoming) or CANCEL (outgoing), not BYE. */
    public boolean early() {
        return this == OFFERED || this == ALERTING || this == DIALLING || this == RINGBACK;
    }
}
