package io.multicell.base.air;

import io.multicell.base.call.BaseHeard;
import io.multicell.base.call.ReleaseCause;
import io.multicell.base.voice.VoiceTarget;
import io.multicell.core.identity.Ipui;
import java.util.List;

/** What a handset sends on its air stream, in the base's terms. */
public sealed interface Uplink {

    /**
     * First message of every stream: the handset locked to this base.
     *
     * @param callId empty for an idle lock; otherwise this stream is to be the bearer of that call here
     * @param voice where the stream's downlink voice goes; null: the handset takes no voice on it
     */
    record Lock(Ipui ipui, double rssiDbm, String model, String firmware, String callId, VoiceTarget voice)
            implements Uplink {

        public Lock {
            callId = callId == null ? "" : callId;
        }

        /** A lock without voice. */
        public Lock(Ipui ipui, double rssiDbm, String model, String firmware, String callId) {
            this(ipui, rssiDbm, model, firmware, callId, null);
        }

        /** An idle lock without voice. */
        public Lock(Ipui ipui, double rssiDbm, String model, String firmware) {
            this(ipui, rssiDbm, model, firmware, "", null);
        }

        public boolean isBearer() {
            return !callId.isEmpty();
        }
    }

    /** The handset is in registration mode and asks for access rights. */
    record AccessRightsRequest(Ipui ipui) implements Uplink {
    }

    /** A registered handset asks to attach here (location registration). */
    record LocationRequest(Ipui ipui) implements Uplink {
    }

    /** The handset's answer to the challenge of {@code transactionId}; never logged. */
    record ChallengeResponse(String transactionId, byte[] res) implements Uplink {
        @Override
        public String toString() {
            return "ChallengeResponse[transactionId=" + transactionId + "]";
        }
    }

    /** The handset answers a page, naming every base it hears. */
    record PageResponse(String pageId, List<BaseHeard> heard) implements Uplink {
        public PageResponse {
            heard = List.copyOf(heard);
        }
    }

    /** The handset dials. */
    record CallSetup(String callId, String dialledNumber, List<BaseHeard> heard) implements Uplink {
    }

    /** The handset answers a ringing call. */
    record CallAnswer(String callId) implements Uplink {
    }

    /** The handset hangs up, rejects or is busy. */
    record CallRelease(String callId, ReleaseCause cause, int sipStatus, String reason) implements Uplink {
    }

    /** The bases a handset in a call hears. */
    record NeighbourMeasurement(String callId, List<BaseHeard> heard) implements Uplink {
    }
}
