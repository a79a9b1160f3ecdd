package io.multicell.base.air;

import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The DM's HandsetAccess as the test plays it: every call is recorded and answered when the test says so. */
final class FakeHandsetAccess implements HandsetAccessClient {

    /** One call to the DM and the answer the test gives it. */
    record Call(String method, Object request, CompletableFuture<Object> answer) {
    }

    final List<Call> calls = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private <T> CompletionStage<T> record(String method, Object request) {
        var answer = new CompletableFuture<Object>();
        calls.add(new Call(method, request, answer));
        return (CompletionStage<T>) answer;
    }

    Call last(String method) {
        for (int i = calls.size() - 1; i >= 0; i--) {
            if (calls.get(i).method().equals(method)) {
                return calls.get(i);
            }
        }
        throw new AssertionError("no " + method + " call in " + calls.stream().map(Call::method).toList());
    }

    List<String> methods() {
        return calls.stream().map(Call::method).toList();
    }

    @Override
    public CompletionStage<DmChallenge> requestAccessRights(HandsetProcedure procedure) {
        return record("RequestAccessRights", procedure);
    }

    @Override
    public CompletionStage<DmOutcome> confirmAccessRights(ChallengeAnswer answer) {
        return record("ConfirmAccessRights", answer);
    }

    @Override
    public CompletionStage<DmChallenge> requestLocation(HandsetProcedure procedure) {
        return record("RequestLocation", procedure);
    }

    @Override
    public CompletionStage<DmOutcome> confirmLocation(ChallengeAnswer answer) {
        return record("ConfirmLocation", answer);
    }

    @Override
    public CompletionStage<DmOutcome> reportDetached(MacAddress base, Ipui ipui) {
        return record("ReportDetached", ipui);
    }

    @Override
    public CompletionStage<DmOutcome> reportPageResponse(MacAddress base, Ipui ipui, String pageId,
            java.util.List<io.multicell.base.call.BaseHeard> heard) {
        return record("ReportPageResponse", ipui + " " + pageId);
    }
}
