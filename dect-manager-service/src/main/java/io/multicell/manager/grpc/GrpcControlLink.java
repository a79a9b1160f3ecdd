package io.multicell.manager.grpc;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.multicell.core.InvalidValueException;
import io.multicell.manager.basestation.BaseCommand;
import io.multicell.manager.basestation.ControlLink;
import io.multicell.proto.manager.v1.BaseStationCommand;

/** The DM's end of one Connect stream; written to only from the control loop once Hello was accepted. */
final class GrpcControlLink implements ControlLink {

    private final ServerStreamEnd<BaseStationCommand> stream;

    GrpcControlLink(ServerCallStreamObserver<BaseStationCommand> responses) {
        this.stream = new ServerStreamEnd<>(responses);
    }

    @Override
    public void send(BaseCommand command) {
        stream.send(LinkMessages.command(command), command);
    }

    @Override
    public void replaced() {
        stream.fail(Status.ABORTED.withDescription("replaced by a newer control stream for the same MAC"));
    }

    @Override
    public void reject(InvalidValueException violation) {
        stream.fail(Status.INVALID_ARGUMENT.withDescription(violation.getMessage()));
    }

    /** The base half-closed: finish our side too. */
    void complete() {
        stream.complete();
    }

    /** The transport told us the call is over. */
    void cancelled() {
        stream.cancelled();
    }
}
