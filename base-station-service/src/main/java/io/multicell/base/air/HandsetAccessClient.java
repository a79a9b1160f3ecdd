package io.multicell.base.air;

import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.base.call.BaseHeard;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The DM's HandsetAccess service as the base uses it: every handset procedure is the DM's decision. Calls never block;
 * a DM that cannot be reached fails the stage.
 */
public interface HandsetAccessClient {

    CompletionStage<DmChallenge> requestAccessRights(HandsetProcedure procedure);

    CompletionStage<DmOutcome> confirmAccessRights(ChallengeAnswer answer);

    CompletionStage<DmChallenge> requestLocation(HandsetProcedure procedure);

    CompletionStage<DmOutcome> confirmLocation(ChallengeAnswer answer);

    CompletionStage<DmOutcome> reportDetached(MacAddress base, Ipui ipui);

    CompletionStage<DmOutcome> reportPageResponse(MacAddress base, Ipui ipui, String pageId, List<BaseHeard> heard);

    /** A handset procedure as it arrives at this base. */
    record HandsetProcedure(MacAddress base, Ipui ipui, double rssiDbm, String model, String firmware) {
    }

    /** A handset's answer to a challenge, relayed; {@code res} is never logged. */
    record ChallengeAnswer(MacAddress base, Ipui ipui, String transactionId, byte[] res) {
        @Override
        public String toString() {
            return "ChallengeAnswer[base=" + base + ", ipui=" + ipui + ", transactionId=" + transactionId + "]";
        }
    }

    /**
     * The DM's answer to a procedure request: a challenge, or a refusal with a reason.
     *
     * @param rs empty except for registration
     */
    record DmChallenge(String transactionId, byte[] rs, byte[] rand, String refusedReason) {

        public DmChallenge {
            transactionId = transactionId == null ? "" : transactionId;
            refusedReason = refusedReason == null ? "" : refusedReason;
        }

        public static DmChallenge refusal(String reason) {
            return new DmChallenge("", new byte[0], new byte[0], reason);
        }

        /** Refused when the DM says why, or gave no transaction to go on with. */
        public boolean refused() {
            return !refusedReason.isEmpty() || transactionId.isEmpty();
        }

        public String reason() {
            return refusedReason.isEmpty() ? "refused by the DECT manager" : refusedReason;
        }
    }

    /** The outcome of a procedure. */
    record DmOutcome(boolean accepted, String reason) {

        public DmOutcome {
            reason = reason == null ? "" : reason;
        }
    }
}
