package io.multicell.base.grpc;

import com.google.protobuf.ByteString;
import io.grpc.Channel;
import io.grpc.stub.StreamObserver;
import io.multicell.base.air.HandsetAccessClient;
import io.multicell.base.config.BaseStationSettings;
import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.proto.manager.v1.ChallengeOrRefusal;
import io.multicell.proto.manager.v1.HandsetAccessGrpc;
import io.multicell.proto.manager.v1.HandsetChallengeResponse;
import io.multicell.proto.manager.v1.HandsetDetached;
import io.multicell.proto.manager.v1.HandsetPageResponse;
import io.multicell.proto.manager.v1.HandsetProcedureRequest;
import io.multicell.proto.manager.v1.ProcedureOutcome;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** HandsetAccess of the DM over the gRPC client "dect-manager", every call with the configured deadline. */
@ApplicationScoped
public class GrpcHandsetAccess implements HandsetAccessClient {

    private final Channel channel;
    private final Duration deadline;

    GrpcHandsetAccess(@GrpcClient("dect-manager") Channel channel, BaseStationSettings settings) {
        this.channel = channel;
        this.deadline = settings.dmCallTimeout();
    }

    private HandsetAccessGrpc.HandsetAccessStub stub() {
        return HandsetAccessGrpc.newStub(channel).withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletionStage<DmChallenge> requestAccessRights(HandsetProcedure procedure) {
        return call(request(procedure), stub()::requestAccessRights, GrpcHandsetAccess::challenge);
    }

    @Override
    public CompletionStage<DmOutcome> confirmAccessRights(ChallengeAnswer answer) {
        return call(answer(answer), stub()::confirmAccessRights, GrpcHandsetAccess::outcome);
    }

    @Override
    public CompletionStage<DmChallenge> requestLocation(HandsetProcedure procedure) {
        return call(request(procedure), stub()::requestLocation, GrpcHandsetAccess::challenge);
    }

    @Override
    public CompletionStage<DmOutcome> confirmLocation(ChallengeAnswer answer) {
        return call(answer(answer), stub()::confirmLocation, GrpcHandsetAccess::outcome);
    }

    @Override
    public CompletionStage<DmOutcome> reportDetached(MacAddress base, Ipui ipui) {
        var request = HandsetDetached.newBuilder().setBaseMac(base.value()).setIpui(ipui.value()).build();
        return call(request, stub()::reportDetached, GrpcHandsetAccess::outcome);
    }

    @Override
    public CompletionStage<DmOutcome> reportPageResponse(MacAddress base, Ipui ipui, String pageId,
            java.util.List<io.multicell.base.call.BaseHeard> heard) {
        var request = HandsetPageResponse.newBuilder().setBaseMac(base.value()).setIpui(ipui.value())
                .setPageId(pageId).addAllHeard(AirMessages.heardWire(heard)).build();
        return call(request, stub()::reportPageResponse, GrpcHandsetAccess::outcome);
    }

    private static HandsetProcedureRequest request(HandsetProcedure p) {
        return HandsetProcedureRequest.newBuilder().setBaseMac(p.base().value()).setIpui(p.ipui().value())
                .setRssiDbm(p.rssiDbm()).setModel(p.model()).setFirmware(p.firmware()).build();
    }

    private static HandsetChallengeResponse answer(ChallengeAnswer a) {
        return HandsetChallengeResponse.newBuilder().setBaseMac(a.base().value()).setIpui(a.ipui().value())
                .setTransactionId(a.transactionId()).setRes(ByteString.copyFrom(a.res())).build();
    }

    private static DmChallenge challenge(ChallengeOrRefusal wire) {
        return new DmChallenge(wire.getTransactionId(), wire.getRs().toByteArray(), wire.getRand().toByteArray(),
                wire.getRefusedReason());
    }

    private static DmOutcome outcome(ProcedureOutcome wire) {
        return new DmOutcome(wire.getAccepted(), wire.getReason());
    }

    private static <Q, R, T> CompletionStage<T> call(Q request, BiConsumer<Q, StreamObserver<R>> method,
            Function<R, T> mapping) {
        var result = new CompletableFuture<T>();
        method.accept(request, new StreamObserver<>() {
            @Override
            public void onNext(R response) {
                result.complete(mapping.apply(response));
            }

            @Override
            public void onError(Throwable error) {
                result.completeExceptionally(error);
            }

            @Override
            public void onCompleted() {
                result.completeExceptionally(new IllegalStateException("the DM answered nothing"));
            }
        });
        return result;
    }
}
