package io.multicell.manager.grpc;

import io.grpc.stub.StreamObserver;
import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.manager.basestation.ControlLoop;
import io.multicell.manager.subscription.HandsetAnswer;
import io.multicell.manager.subscription.HandsetRequest;
import io.multicell.proto.manager.v1.ChallengeOrRefusal;
import io.multicell.proto.manager.v1.HandsetAccessGrpc;
import io.multicell.proto.manager.v1.HandsetChallengeResponse;
import io.multicell.proto.manager.v1.HandsetDetached;
import io.multicell.proto.manager.v1.HandsetPageResponse;
import io.multicell.proto.manager.v1.HandsetProcedureRequest;
import io.multicell.proto.manager.v1.ProcedureOutcome;
import io.quarkus.grpc.GrpcService;

/**
 * HandsetAccess, called by the bases on behalf of their handsets: wire checks here (INVALID_ARGUMENT for a malformed
 * MAC or IPUI), decisions in the control loop. A refusal is an answer, not an error.
 */
@GrpcService
public class HandsetAccessGrpcService extends HandsetAccessGrpc.HandsetAccessImplBase {

    private final ControlLoop loop;

    HandsetAccessGrpcService(ControlLoop loop) {
        this.loop = loop;
    }

    @Override
    public void requestAccessRights(HandsetProcedureRequest request, StreamObserver<ChallengeOrRefusal> responses) {
        GrpcCalls.answer(responses, () -> {
            HandsetRequest handset = HandsetMessages.request(request);
            return loop.askHandsets(h -> h.requestAccessRights(handset)).thenApply(HandsetMessages::challengeOrRefusal);
        });
    }

    @Override
    public void confirmAccessRights(HandsetChallengeResponse request, StreamObserver<ProcedureOutcome> responses) {
        GrpcCalls.answer(responses, () -> {
            HandsetAnswer answer = HandsetMessages.answer(request);
            return loop.askHandsets(h -> h.confirmAccessRights(answer)).thenApply(HandsetMessages::outcome);
        });
    }

    @Override
    public void requestLocation(HandsetProcedureRequest request, StreamObserver<ChallengeOrRefusal> responses) {
        GrpcCalls.answer(responses, () -> {
            HandsetRequest handset = HandsetMessages.request(request);
            return loop.askHandsets(h -> h.requestLocation(handset)).thenApply(HandsetMessages::challengeOrRefusal);
        });
    }

    @Override
    public void confirmLocation(HandsetChallengeResponse request, StreamObserver<ProcedureOutcome> responses) {
        GrpcCalls.answer(responses, () -> {
            HandsetAnswer answer = HandsetMessages.answer(request);
            return loop.askHandsets(h -> h.confirmLocation(answer)).thenApply(HandsetMessages::outcome);
        });
    }

    @Override
    public void reportDetached(HandsetDetached request, StreamObserver<ProcedureOutcome> responses) {
        GrpcCalls.answer(responses, () -> {
            MacAddress base = HandsetMessages.baseMac(request.getBaseMac());
            Ipui ipui = Ipui.parse(request.getIpui());
            return loop.askHandsets(h -> h.detached(base, ipui)).thenApply(HandsetMessages::outcome);
        });
    }

    @Override
    public void reportPageResponse(HandsetPageResponse request, StreamObserver<ProcedureOutcome> responses) {
        GrpcCalls.answer(responses, () -> {
            MacAddress base = HandsetMessages.baseMac(request.getBaseMac());
            Ipui ipui = Ipui.parse(request.getIpui());
            String pageId = request.getPageId();
            // The bases the handset hears reach the call router first (same owner thread, in order): the bearer
            // choice of the call this page is for may need a neighbour.
            var heard = CallMessages.heard(base, request.getHeardList());
            loop.tellCalls(calls -> calls.heard(ipui, heard));
            return loop.askHandsets(h -> h.pageResponse(base, ipui, pageId)).thenApply(HandsetMessages::outcome);
        });
    }
}
