package io.multicell.manager;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.multicell.proto.air.v1.CallState;
import io.multicell.proto.air.v1.ReleaseCause;
import io.multicell.proto.manager.v1.CallControlGrpc;
import io.multicell.proto.manager.v1.CallReleased;
import io.multicell.proto.manager.v1.GatewayCallMessage;
import io.multicell.proto.manager.v1.GatewayHello;
import io.multicell.proto.manager.v1.ManagerCallMessage;
import io.multicell.proto.manager.v1.MediaOnBearer;
import io.multicell.proto.manager.v1.OfferCall;
import io.multicell.proto.manager.v1.OutgoingProgress;
import io.multicell.proto.media.v1.Codec;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The SIP gateway as the DM sees it: one real CallControl stream, GatewayHello first, messages recorded. */
final class FakeGateway implements AutoCloseable {

    final List<ManagerCallMessage> received = new CopyOnWriteArrayList<>();
    volatile Status error;
    private final ClientCallStreamObserver<GatewayCallMessage> messages;

    @SuppressWarnings("unchecked")
    private FakeGateway(ManagedChannel channel) {
        var holder = new ClientCallStreamObserver[1];
        CallControlGrpc.newStub(channel).connect(new ClientResponseObserver<GatewayCallMessage, ManagerCallMessage>() {
            @Override
            public void beforeStart(ClientCallStreamObserver<GatewayCallMessage> requests) {
                holder[0] = requests;
            }

            @Override
            public void onNext(ManagerCallMessage message) {
                received.add(message);
            }

            @Override
            public void onError(Throwable t) {
                error = Status.fromThrowable(t);
            }

            @Override
            public void onCompleted() {
            }
        });
        messages = holder[0];
    }

    static FakeGateway connect(ManagedChannel channel, String... activeCallIds) {
        var gateway = new FakeGateway(channel);
        gateway.send(GatewayCallMessage.newBuilder().setHello(GatewayHello.newBuilder().addAllActiveCallIds(List.of(activeCallIds))).build());
        return gateway;
    }

    void offer(String callId, String ipui) {
        send(GatewayCallMessage.newBuilder().setOffer(OfferCall.newBuilder().setCallId(callId).setIpui(ipui).setAccountId("acc-" + ipui)
                .setCallingNumber("0301234567").setCallingName("Reception").setCodec(Codec.PCMA)).build());
    }

    void release(String callId, ReleaseCause cause, int sipStatus) {
        send(GatewayCallMessage.newBuilder().setReleased(CallReleased.newBuilder().setCallId(callId).setCause(cause)
                .setSipStatus(sipStatus)).build());
    }

    void progress(String callId, CallState state) {
        send(GatewayCallMessage.newBuilder().setProgress(OutgoingProgress.newBuilder().setCallId(callId).setState(state)).build());
    }

    void mediaOnBearer(String callId, String baseMac) {
        send(GatewayCallMessage.newBuilder().setMediaOnBearer(MediaOnBearer.newBuilder().setCallId(callId).setBaseMac(baseMac)).build());
    }

    /** Messages about one call, of one kind, in order. */
    List<ManagerCallMessage> about(String callId, ManagerCallMessage.MessageCase kind) {
        return received.stream().filter(m -> m.getMessageCase() == kind).filter(m -> callId.equals(switch (kind) {
            case ALERTING -> m.getAlerting().getCallId();
            case ANSWERED -> m.getAnswered().getCallId();
            case RELEASED -> m.getReleased().getCallId();
            case PLACE_CALL -> m.getPlaceCall().getCallId();
            case BEARER_ADDED -> m.getBearerAdded().getCallId();
            case BEARER_REMOVED -> m.getBearerRemoved().getCallId();
            default -> "";
        })).toList();
    }

    synchronized void send(GatewayCallMessage message) {
        messages.onNext(message);
    }

    /** The stream breaks (the gateway process died). */
    void breakStream() {
        messages.cancel("gateway gone", null);
    }

    @Override
    public synchronized void close() {
        try {
            messages.onCompleted();
        } catch (RuntimeException alreadyGone) {
            // cancelled before
        }
    }
}
