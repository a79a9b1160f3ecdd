package io.multicell.manager.grpc;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.multicell.manager.calls.GatewayLink;
import io.multicell.manager.calls.GatewaySignal;
import io.multicell.proto.manager.v1.ManagerCallMessage;

/** The DM's end of one gateway's CallControl stream; written to only from the control loop once Hello was accepted. */
final class GrpcGatewayLink implements GatewayLink {

    private final ServerStreamEnd<ManagerCallMessage> stream;

    GrpcGatewayLink(ServerCallStreamObserver<ManagerCallMessage> responses) {
        this.stream = new ServerStreamEnd<>(responses);
    }

    @Override
    public void send(GatewaySignal signal) {
        stream.send(CallMessages.signal(signal), signal);
    }

    void fail(Status status) {
        stream.fail(status);
    }

    void complete() {
        stream.complete();
    }

    void cancelled() {
        stream.cancelled();
    }
}
