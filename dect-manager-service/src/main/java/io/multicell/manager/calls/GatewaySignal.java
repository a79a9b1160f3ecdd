package io.multicell.manager.calls;

import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.proto.air.v1.ReleaseCause;

/** Everything the DM tells the SIP gateway about a call (CallControl, DM → gateway). */
public sealed interface GatewaySignal {

    String callId();

    /** The handset rings: 180 Ringing. */
    record Alerting(String callId, Bearer bearer) implements GatewaySignal {
    }

    /** The handset answered: 200 OK, relay voice to the bearer. */
    record Answered(String callId, Bearer bearer) implements GatewaySignal {
    }

    /** The radio side ended the call. */
    record Released(String callId, ReleaseCause cause, int sipStatus, String reason) implements GatewaySignal {
    }

    /** A handset dialled: INVITE from its account. */
    record PlaceCall(String callId, Ipui ipui, String dialledNumber, Bearer bearer) implements GatewaySignal {
    }

    /** Relay to this base as well (handover begins). */
    record BearerAdded(String callId, Bearer bearer) implements GatewaySignal {
    }

    /** Stop relaying to this base (handover done or abandoned). */
    record BearerRemoved(String callId, MacAddress base) implements GatewaySignal {
    }
}
