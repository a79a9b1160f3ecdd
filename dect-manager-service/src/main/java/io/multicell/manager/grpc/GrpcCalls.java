package io.multicell.manager.grpc;

import io.grpc.stub.StreamObserver;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Answers a unary call from a future; wire checks that throw before the future exists are answered the same way. */
final class GrpcCalls {

    private GrpcCalls() {
    }

    static <T> void answer(StreamObserver<T> responses, Supplier<CompletableFuture<T>> call) {
        CompletableFuture<T> answer;
        try {
            answer = call.get();
        } catch (RuntimeException invalid) {
            responses.onError(GrpcErrors.toStatus(invalid));
            return;
        }
        answer.whenComplete((value, error) -> {
            if (error != null) {
                responses.onError(GrpcErrors.toStatus(error));
            } else {
                responses.onNext(value);
                responses.onCompleted();
            }
        });
    }
}
