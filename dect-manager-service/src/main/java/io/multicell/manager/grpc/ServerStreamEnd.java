package io.multicell.manager.grpc;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import org.jboss.logging.Logger;

/**
 * The DM's sending end of a long-lived server stream (a base's control link, a gateway's call control): sends until
 * the stream fails, completes or is cancelled, then drops what comes later (the close event follows on its own).
 */
final class ServerStreamEnd<T> {

    private static final Logger LOG = Logger.getLogger(ServerStreamEnd.class);

    private final ServerCallStreamObserver<T> responses;
    private volatile boolean closed;

    ServerStreamEnd(ServerCallStreamObserver<T> responses) {
        this.responses = responses;
    }

    /** Sends {@code message}; {@code what} names it in the log when the stream is gone. */
    void send(T message, Object what) {
        if (closed) {
            return;
        }
        try {
            responses.onNext(message);
        } catch (RuntimeException e) {
            // The transport went away between two events; the close event follows.
            closed = true;
            LOG.debugf("dropping %s: stream gone (%s)", what, e.getMessage());
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

    /** The peer half-closed: finish our side too. */
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
}
