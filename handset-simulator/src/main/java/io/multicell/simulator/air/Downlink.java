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
}
