package io.multicell.manager.calls;

import io.multicell.proto.air.v1.ReleaseCause;
import java.util.List;

/** A call event a base reports about one of its handsets (BaseCallEvent). */
public sealed interface BaseCallReport {

    /** The handset dialled on its lock stream. */
    record Setup(String dialledNumber, List<Heard> heard) implements BaseCallReport {
    }

    /** The handset rings. */
    record Alerting() implements BaseCallReport {
    }

    /** The handset answered. */
    record Answered() implements BaseCallReport {
    }

    /** The handset released the call (hung up, rejected, busy). */
    record Released(ReleaseCause cause, int sipStatus, String reason) implements BaseCallReport {
    }

    /** Neighbour measurements of a handset in a call. */
    record Measurement(List<Heard> heard) implements BaseCallReport {
    }

    /** The handset opened the bearer stream the base was told to expect. */
    record BearerArrived(double rssiDbm) implements BaseCallReport {
    }

    /** A bearer stream ended without a release. */
    record BearerLost(String reason) implements BaseCallReport {
    }

    /** The base refused a bearer (no channel, not expected). */
    record BearerRefused(String reason) implements BaseCallReport {
    }
}
