package io.multicell.manager;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import io.multicell.core.access.AuthenticationKeys;
import io.multicell.core.access.Pin;
import io.multicell.core.identity.Ipui;
import io.multicell.proto.manager.v1.ChallengeOrRefusal;
import io.multicell.proto.manager.v1.HandsetAccessGrpc;
import io.multicell.proto.manager.v1.HandsetChallengeResponse;
import io.multicell.proto.manager.v1.HandsetProcedureRequest;
import io.multicell.proto.manager.v1.ProcedureOutcome;
import java.util.concurrent.TimeUnit;

/**
 * A handset as the DM sees it through a base: the base relays its procedures over HandsetAccess. Like a real handset it
 * derives its key from the PIN it was given and the DM's seed, and proves it with RES = HMAC(UAK, RAND || IPUI).
 */
final class FakeHandset {

    final Ipui ipui;
    private final ManagedChannel channel;
    volatile byte[] uak;

    FakeHandset(ManagedChannel channel, String ipui) {
        this.channel = channel;
        this.ipui = new Ipui(ipui);
    }

    /** A handset with this IPUI that never registered: it makes up a key. */
    static FakeHandset clone(ManagedChannel channel, FakeHandset original) {
        var clone = new FakeHandset(channel, original.ipui.value());
        clone.uak = AuthenticationKeys.randomChallenge();
        return clone;
    }

    /** Registration through {@code baseMac}; the outcome, or a refusal made of the refused reason. */
    ProcedureOutcome register(String baseMac, String pin) {
        ChallengeOrRefusal challenge = access().requestAccessRights(request(baseMac));
        if (!challenge.getRefusedReason().isEmpty()) {
            return ProcedureOutcome.newBuilder().setReason(challenge.getRefusedReason()).build();
        }
        byte[] derived = AuthenticationKeys.deriveUak(Pin.parse(pin), challenge.getRs().toByteArray(), ipui);
        ProcedureOutcome outcome = access().confirmAccessRights(answer(baseMac, challenge, derived));
        if (outcome.getAccepted()) {
            uak = derived;
        }
        return outcome;
    }

    /** Location registration (attach) at {@code baseMac}. */
    ProcedureOutcome attach(String baseMac) {
        ChallengeOrRefusal challenge = access().requestLocation(request(baseMac));
        if (!challenge.getRefusedReason().isEmpty()) {
            return ProcedureOutcome.newBuilder().setReason(challenge.getRefusedReason()).build();
        }
        return access().confirmLocation(answer(baseMac, challenge, uak));
    }

    private HandsetProcedureRequest request(String baseMac) {
        return HandsetProcedureRequest.newBuilder().setBaseMac(baseMac).setIpui(ipui.value()).setRssiDbm(-62)
                .setModel("S700H PRO").setFirmware("2.1.0").build();
    }

    private HandsetChallengeResponse answer(String baseMac, ChallengeOrRefusal challenge, byte[] key) {
        byte[] res = AuthenticationKeys.response(key, challenge.getRand().toByteArray(), ipui);
        return HandsetChallengeResponse.newBuilder().setBaseMac(baseMac).setIpui(ipui.value())
                .setTransactionId(challenge.getTransactionId()).setRes(ByteString.copyFrom(res)).build();
    }

    private HandsetAccessGrpc.HandsetAccessBlockingStub access() {
        return HandsetAccessGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
    }
}
