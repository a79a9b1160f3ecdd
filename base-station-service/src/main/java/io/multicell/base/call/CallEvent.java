package io.multicell.base.call;

import io.multicell.core.identity.Ipui;
import java.util.List;

/** Something that happened in a call on this base's air interface, reported to the DM (BaseCallEvent). */
public sealed interface CallEvent {

    String callId();

    Ipui ipui();

    /** The handset dialled on its attached stream. */
    record Setup(String callId, Ipui ipui, String dialledNumber, List<BaseHeard> heard) implements CallEvent {
    }

    /** The handset rings here: it got IncomingCall and its bearer is this base. */
    record Alerting(String callId, Ipui ipui) implements CallEvent {
    }

    /** The handset answered. */
    record Answered(String callId, Ipui ipui) implements CallEvent {
    }

    /** The handset released the call (hung up, rejected, busy). */
    record Released(String callId, Ipui ipui, ReleaseCause cause, int sipStatus, String reason) implements CallEvent {
    }

    /** The bases a handset in a call hears. */
    record Measurement(String callId, Ipui ipui, List<BaseHeard> heard) implements CallEvent {
    }

    /** The handset opened the bearer stream the DM told this base to expect. */
    record BearerArrived(String callId, Ipui ipui, double rssiDbm) implements CallEvent {
    }

    /** A bearer of the call ended without a release (stream broken, handset out of range). */
    record BearerLost(String callId, Ipui ipui, String reason) implements CallEvent {
    }

    /** A bearer was refused: not expected, or no channel free. */
    record BearerRefused(String callId, Ipui ipui, String reason) implements CallEvent {
    }
}
