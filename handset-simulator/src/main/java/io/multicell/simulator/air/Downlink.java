package io.multicell.simulator.air;

/** What a base sends to a virtual handset on its air stream. */
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

    /** Outcome of a location request; also how a base refuses a Lock or releases a handset. */
    record LocationResult(boolean accepted, String reason) implements Downlink {
    }

    /** The network pages the handset. */
    record Page(String pageId) implements Downlink {
    }

    /** Everything about one call that a base sends; the handset matches it to its call by id. */
    sealed interface CallMessage extends Downlink {
        String callId();
    }

    /**
     * A call for the handset: ring.
     *
     * @param codec             null when the network named none
     * @param bearerAirEndpoint empty: the call rings on this stream; else open a stream there with the call id
     */
    record IncomingCall(String callId, String callingNumber, String callingName, Codec codec,
            String bearerAirEndpoint, String bearerBaseMac) implements CallMessage {
    }

    /**
     * Progress of a call the handset set up, or: the answer of an incoming call took effect (CONNECTED).
     *
     * @param codec             null when the network named none
     * @param bearerAirEndpoint set with PROCEEDING when the call's bearer is on another base
     */
    record CallProgress(String callId, ProgressState state, Codec codec, String bearerAirEndpoint,
            String bearerBaseMac) implements CallMessage {
    }

    /** The call ends (far end hung up, cancelled, refused, link lost). */
    record CallRelease(String callId, ReleaseCause cause, int sipStatus, String reason) implements CallMessage {
    }

    /**
     * Downlink voice of a call on the stream that is its bearer (it arrived as a UDP datagram carrying the stream's
     * token).
     *
     * @param dtmfEvent a key the far end pressed (DTMF event 0..15), -1 for audio
     */
    record VoiceFrame(String callId, long sequence, Codec codec, byte[] payload, int dtmfEvent) implements CallMessage {

        public VoiceFrame(String callId, long sequence, Codec codec, byte[] payload) {
            this(callId, sequence, codec, payload, -1);
        }

        @Override
        public String toString() {
            return "VoiceFrame[callId=" + callId + ", sequence=" + sequence + "]";
        }
    }

    /** Move the call to another base: open a stream there with the call id. */
    record HandoverCommand(String callId, String targetBaseMac, String targetAirEndpoint) implements CallMessage {
    }

    /** The call left this stream (handover done): close it. */
    record BearerReleased(String callId) implements CallMessage {
    }
}
