package io.multicell.simulator.air;

import io.multicell.core.identity.Ipui;
import java.util.List;

/** What a virtual handset sends to its base on the air stream. */
public sealed interface Uplink {

    /**
     * First message of every stream: the handset locked to the base.
     *
     * @param callId empty for an idle lock; else this stream is the bearer of that call on this base
     */
    record Lock(Ipui ipui, double rssiDbm, String model, String firmware, String callId) implements Uplink {

        public Lock {
            callId = callId == null ? "" : callId;
        }

        /** An idle lock. */
        public Lock(Ipui ipui, double rssiDbm, String model, String firmware) {
            this(ipui, rssiDbm, model, firmware, "");
        }
    }

    /** Registration mode: the handset asks for access rights. */
    record AccessRightsRequest(Ipui ipui) implements Uplink {
    }

    /** Location registration (attach) at the base. */
    record LocationRequest(Ipui ipui) implements Uplink {
    }

    /** Answer to a challenge; {@code res} is never logged. */
    record ChallengeResponse(String transactionId, byte[] res) implements Uplink {
        @Override
        public String toString() {
            return "ChallengeResponse[transactionId=" + transactionId + "]";
        }
    }

    /** Answer to a page, with every base the handset hears now. */
    record PageResponse(String pageId, List<BaseHeard> heard) implements Uplink {

        public PageResponse {
            heard = List.copyOf(heard);
        }
    }

    /** The handset dials. */
    record CallSetup(String callId, String dialledNumber, List<BaseHeard> heard) implements Uplink {

        public CallSetup {
            heard = List.copyOf(heard);
        }
    }

    /** The handset answers a ringing call. */
    record CallAnswer(String callId) implements Uplink {
    }

    /** The handset hangs up ({@code NORMAL}), is busy ({@code BUSY}) or rejects ({@code DECLINED}). */
    record CallRelease(String callId, ReleaseCause cause) implements Uplink {
    }

    /**
     * Uplink voice of a call on the stream that is its bearer; the transport sends it beside the stream, as a UDP
     * datagram to the base's voice port.
     *
     * @param dtmfEvent a key press (DTMF event 0..15: 0-9, *, #, A-D) sent in place of audio; -1 for audio
     */
    record VoiceFrame(String callId, long sequence, Codec codec, byte[] payload, int dtmfEvent) implements Uplink {

        public VoiceFrame(String callId, long sequence, Codec codec, byte[] payload) {
            this(callId, sequence, codec, payload, -1);
        }

        @Override
        public String toString() {
            return "VoiceFrame[callId=" + callId + ", sequence=" + sequence + "]";
        }
    }

    /** During a call: every base the handset hears. */
    record NeighbourMeasurement(String callId, List<BaseHeard> heard) implements Uplink {

        public NeighbourMeasurement {
            heard = List.copyOf(heard);
        }
    }
}
