package io.multicell.base.air;

import io.multicell.base.call.CallState;
import io.multicell.base.call.Codec;
import io.multicell.base.call.ReleaseCause;

/** What the base sends to one handset on its air stream. */
public sealed interface Downlink {

    /** Registration: derive the UAK from the PIN and {@code rs}, prove it on {@code rand}. */
    record RegistrationChallenge(String transactionId, byte[] rs, byte[] rand) implements Downlink {
    }

    /** Attach: prove the stored UAK on {@code rand}. */
    record AuthenticationChallenge(String transactionId, byte[] rand) implements Downlink {
    }

    /** Outcome of an access rights request. */
    record AccessRightsResult(boolean accepted, String reason) implements Downlink {
    }

    /** Outcome of a location request (also how a base refuses or drops a handset). */
    record LocationResult(boolean accepted, String reason) implements Downlink {
    }

    /** The network pages the handset. */
    record Page(String pageId) implements Downlink {
    }

    /**
     * A call for the handset: ring. Empty bearer fields: it rings on this stream; otherwise open a bearer stream
     * there.
     */
    record IncomingCall(String callId, String callingNumber, String callingName, Codec codec, String bearerAirEndpoint,
            String bearerBaseMac) implements Downlink {
    }

    /** Progress of a call the handset set up; bearer fields as in {@link IncomingCall}. */
    record CallProgress(String callId, CallState state, Codec codec, String bearerAirEndpoint, String bearerBaseMac)
            implements Downlink {
    }

    /** The call ends. */
    record CallRelease(String callId, ReleaseCause cause, int sipStatus, String reason) implements Downlink {
    }

    /** Move the call to the target base: open a bearer stream there. */
    record HandoverCommand(String callId, String targetBaseMac, String targetAirEndpoint) implements Downlink {
    }

    /** The call left this stream (handover done). */
    record BearerReleased(String callId) implements Downlink {
    }
}
