package io.multicell.manager.grpc;

import com.google.protobuf.ByteString;
import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.manager.subscription.HandsetAnswer;
import io.multicell.manager.subscription.HandsetRequest;
import io.multicell.manager.subscription.ProcedureOutcome;
import io.multicell.manager.subscription.ProcedureStart;
import io.multicell.proto.manager.v1.ChallengeOrRefusal;
import io.multicell.proto.manager.v1.HandsetChallengeResponse;
import io.multicell.proto.manager.v1.HandsetProcedureRequest;

/** Wire types of the HandsetAccess service (what bases relay from the air interface) to and from the domain. */
final class HandsetMessages {

    private HandsetMessages() {
    }

    static HandsetRequest request(HandsetProcedureRequest request) {
        return new HandsetRequest(baseMac(request.getBaseMac()), Ipui.parse(request.getIpui()), request.getRssiDbm(),
                request.getModel(), request.getFirmware());
    }

    static HandsetAnswer answer(HandsetChallengeResponse response) {
        return new HandsetAnswer(baseMac(response.getBaseMac()), Ipui.parse(response.getIpui()), response.getTransactionId(),
                response.getRes().toByteArray());
    }

    static MacAddress baseMac(String text) {
        try {
            return MacAddress.parse(text);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("baseMac", e.rule());
        }
    }

    static ChallengeOrRefusal challengeOrRefusal(ProcedureStart start) {
        if (start instanceof ProcedureStart.Challenge challenge) {
            var wire = ChallengeOrRefusal.newBuilder()
                    .setTransactionId(challenge.transactionId())
                    .setRand(ByteString.copyFrom(challenge.rand()));
            challenge.rs().ifPresent(rs -> wire.setRs(ByteString.copyFrom(rs)));
            return wire.build();
        }
        return ChallengeOrRefusal.newBuilder().setRefusedReason(((ProcedureStart.Refused) start).reason()).build();
    }

    static io.multicell.proto.manager.v1.ProcedureOutcome outcome(ProcedureOutcome outcome) {
        return io.multicell.proto.manager.v1.ProcedureOutcome.newBuilder()
                .setAccepted(outcome.accepted())
                .setReason(outcome.reason())
                .build();
    }
}
