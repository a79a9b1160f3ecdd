package io.multicell.simulator.air;

import io.multicell.core.identity.Ipui;

/** What a virtual handset sends to its base on the air stream. */
public sealed interface Uplink {

    /** First message of every stream: the handset locked to the base. */
    record Lock(Ipui ipui, double rssiDbm, String model, String firmware) implements Uplink {
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

    /** Answer to a page. */
    record PageResponse(String pageId) implements Uplink {
    }
}
