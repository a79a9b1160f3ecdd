package io.multicell.manager.grpc;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.multicell.manager.calls.GatewayLink;
import io.multicell.manager.calls.GatewaySignal;
import io.multicell.proto.manager.v1.ManagerCallMessage;
import org.jboss.logging.Logger;

/** The DM's end of one gateway's CallControl stream; written to only from the control loop once Hello was accepted. */
final class GrpcGatewayLink implements GatewayLink {

    private static final Logger LOG = Logger.getLogger(GrpcGatewayLink.class);

    private final ServerCallStreamObserver<ManagerCallMessage> responses;
    private volatile boolean closed;

    GrpcGatewayLink(ServerCallStreamObserver<ManagerCallMessage> responses) {
        this.responses = responses;
    }

    @Override
    public void send(GatewaySignal signal) {
        if (closed) {
            return;
        }
        try {
            responses.onNext(CallMessages.signal(signal));
        } catch (RuntimeException e) {
            closed = true;
            LOG.debugf("dropping %s: gateway stream gone (%s)", signal, e.getMessage());
        }
    }

    void fail(Status status) {
        if (closed) {
            return;
        }
        closed = true;
        try {
            responses.onError(status.asRuntimeException());
        } catch (RuntimeException ignored) {
            // already cancelled
        }
    }

    void complete() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            responses.onCompleted();
        } catch (RuntimeException ignored) {
            // already cancelled
        }
    }

    void cancelled() {
        closed = true;
    }
}
