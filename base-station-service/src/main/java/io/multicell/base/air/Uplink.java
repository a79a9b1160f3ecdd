package io.multicell.base.air;

import io.multicell.core.identity.Ipui;

/** What a handset sends on its air stream, in the base's terms. */
public sealed interface Uplink {

    /** First message of every stream: the handset locked to this base. */
    record Lock(Ipui ipui, double rssiDbm, String model, String firmware) implements Uplink {
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

    /** The handset answers a page. */
    record PageResponse(String pageId) implements Uplink {
    }
}
