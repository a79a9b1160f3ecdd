package io.multicell.manager.subscription;

import java.util.Optional;

/** The DM's answer to a handset's request: a challenge to prove itself, or a refusal. */
public sealed interface ProcedureStart {

    /**
     * Go on by answering RAND.
     *
     * @param rs key derivation seed, registration only
     */
    record Challenge(String transactionId, Optional<byte[]> rs, byte[] rand) implements ProcedureStart {
    }

    /** Refused, with the reason for a person. */
    record Refused(String reason) implements ProcedureStart {
    }
}
