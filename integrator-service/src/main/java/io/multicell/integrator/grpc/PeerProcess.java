package io.multicell.integrator.grpc;

import com.google.protobuf.Timestamp;
import io.multicell.core.process.ServiceProcess;
import java.time.Instant;
import java.util.Optional;

/** The version and start a peer service (DM, SIP gateway) reports about its process, read from its gRPC answer. */
public final class PeerProcess {

    private PeerProcess() {
    }

    /** Empty when the peer did not say when it started (a build from before these fields). */
    public static Optional<ServiceProcess> fromWire(String version, boolean hasStartedAt, Timestamp startedAt) {
        if (!hasStartedAt) {
            return Optional.empty();
        }
        return Optional.of(new ServiceProcess(version,
                Instant.ofEpochSecond(startedAt.getSeconds(), startedAt.getNanos())));
    }
}
