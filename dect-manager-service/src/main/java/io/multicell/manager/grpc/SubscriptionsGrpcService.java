package io.multicell.manager.grpc;

import io.grpc.stub.StreamObserver;
import io.multicell.core.identity.Ipui;
import io.multicell.manager.basestation.ControlLoop;
import io.multicell.manager.subscription.HandsetPlan;
import io.multicell.manager.subscription.HandsetRegistry;
import io.multicell.proto.manager.v1.ApplyHandsetPlanResponse;
import io.multicell.proto.manager.v1.ListSubscriptionsRequest;
import io.multicell.proto.manager.v1.ListSubscriptionsResponse;
import io.multicell.proto.manager.v1.PageHandsetRequest;
import io.multicell.proto.manager.v1.PageHandsetResponse;
import io.multicell.proto.manager.v1.SubscriptionsGrpc;
import io.quarkus.grpc.GrpcService;

/** Subscriptions, called by the integrator (and the SIP gateway for paging): wire checks here, state in the control loop. */
@GrpcService
public class SubscriptionsGrpcService extends SubscriptionsGrpc.SubscriptionsImplBase {

    private final ControlLoop loop;

    SubscriptionsGrpcService(ControlLoop loop) {
        this.loop = loop;
    }

    @Override
    public void applyHandsetPlan(io.multicell.proto.manager.v1.HandsetPlan request, StreamObserver<ApplyHandsetPlanResponse> responses) {
        GrpcCalls.answer(responses, () -> {
            HandsetPlan plan = SubscriptionMessages.plan(request);
            return loop.askHandsets(h -> h.applyPlan(plan))
                    .thenApply(revision -> ApplyHandsetPlanResponse.newBuilder().setRevision(revision).build());
        });
    }

    @Override
    public void listSubscriptions(ListSubscriptionsRequest request, StreamObserver<ListSubscriptionsResponse> responses) {
        GrpcCalls.answer(responses, () -> loop.askHandsets(HandsetRegistry::listing).thenApply(SubscriptionMessages::listing));
    }

    /** Answers once the handset answered or the last wait ran out (at most first wait + cluster wait, 3 s by default). */
    @Override
    public void pageHandset(PageHandsetRequest request, StreamObserver<PageHandsetResponse> responses) {
        GrpcCalls.answer(responses, () -> {
            Ipui ipui = Ipui.parse(request.getIpui());
            return loop.askHandsets(h -> h.page(ipui))
                    .thenCompose(page -> page)
                    .thenApply(SubscriptionMessages::page);
        });
    }
}
