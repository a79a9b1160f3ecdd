package io.multicell.manager.grpc;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.multicell.core.InvalidValueException;
import io.multicell.manager.basestation.BaseCommand;
import io.multicell.manager.basestation.ControlLink;
import io.multicell.proto.manager.v1.BaseStationCommand;
import org.jboss.logging.Logger;

/** The DM's end of one Connect stream; written to only from the control loop once Hello was accepted. */
final class GrpcControlLink implements ControlLink {

    private static final Logger LOG = Logger.getLogger(GrpcControlLink.class);

    private final ServerCallStreamObserver<BaseStationCommand> responses;
    private volatile boolean closed;

    GrpcControlLink(ServerCallStreamObserver<BaseStationCommand> responses) {
        this.responses = responses;
    }

    @Override
    public void send(BaseCommand command) {
        if (closed) {
            return;
        }
        try {
            responses.onNext(LinkMessages.command(command));
        } catch (RuntimeException e) {
            // The transport went away between two events; the close event follows.
            closed = true;
            LOG.debugf("dropping %s: stream gone (%s)", command, e.getMessage());
        }
    }

    @Override
    public void replaced() {
        fail(Status.ABORTED.withDescription("replaced by a newer control stream for the same MAC"));
    }

    @Override
    public void reject(InvalidValueException violation) {
        fail(Status.INVALID_ARGUMENT.withDescription(violation.getMessage()));
    }

    /** The base half-closed: finish our side too. */
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

    /** The transport told us the call is over. */
    void cancelled() {
        closed = true;
    }

    private void fail(Status status) {
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
}
