package io.multicell.manager.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.multicell.core.InvalidValueException;
import io.multicell.manager.basestation.BaseStationOfflineException;
import io.multicell.manager.basestation.UnknownBaseStationException;
import io.multicell.manager.persistence.StoreException;
import io.multicell.manager.subscription.UnknownHandsetException;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;

/** The one mapping from the DM's error taxonomy to gRPC status codes. */
final class GrpcErrors {

    private static final Logger LOG = Logger.getLogger(GrpcErrors.class);

    private GrpcErrors() {
    }

    static StatusRuntimeException toStatus(Throwable failure) {
        Throwable error = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (error instanceof InvalidValueException invalid) {
            // Description is "<field>: <rule>", e.g. "baseStations[7C:2F:80:00:00:01].cluster: must be 1..9".
            return Status.INVALID_ARGUMENT.withDescription(invalid.getMessage()).asRuntimeException();
        }
        if (error instanceof UnknownBaseStationException || error instanceof UnknownHandsetException) {
            return Status.NOT_FOUND.withDescription(error.getMessage()).asRuntimeException();
        }
        if (error instanceof BaseStationOfflineException) {
            return Status.FAILED_PRECONDITION.withDescription(error.getMessage()).asRuntimeException();
        }
        if (error instanceof StoreException) {
            LOG.warn(error.getMessage(), error);
            return Status.UNAVAILABLE.withDescription(error.getMessage()).asRuntimeException();
        }
        LOG.error("unexpected failure", error);
        return Status.INTERNAL.withDescription("unexpected failure: " + error).asRuntimeException();
    }
}
