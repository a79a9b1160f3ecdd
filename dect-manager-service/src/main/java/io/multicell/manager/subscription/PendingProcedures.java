package io.multicell.manager.subscription;

import io.multicell.core.access.AuthenticationKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Challenges waiting for their answer, in the order they were sent; each is answerable once, until it expires. */
final class PendingProcedures {

    private final Duration timeout;
    private final Map<String, PendingProcedure> byId = new LinkedHashMap<>();

    PendingProcedures(Duration timeout) {
        this.timeout = timeout;
    }

    PendingProcedure open(PendingProcedure.Kind kind, HandsetRequest request, Instant now) {
        byte[] rs = kind == PendingProcedure.Kind.REGISTRATION ? AuthenticationKeys.randomChallenge() : new byte[0];
        var procedure = new PendingProcedure(UUID.randomUUID().toString(), kind, request.ipui(), request.base(), rs,
                AuthenticationKeys.randomChallenge(), request.model(), request.firmware(), now);
        byId.put(procedure.transactionId(), procedure);
        return procedure;
    }

    /** Removes and returns the procedure, unless it is unknown or expired. */
    Optional<PendingProcedure> take(String transactionId, Instant now) {
        PendingProcedure procedure = byId.remove(transactionId);
        if (procedure == null || expired(procedure, now)) {
            return Optional.empty();
        }
        return Optional.of(procedure);
    }

    /** Registrations still answerable, oldest first. */
    List<PendingProcedure> liveRegistrations(Instant now) {
        return byId.values().stream()
                .filter(p -> p.kind() == PendingProcedure.Kind.REGISTRATION && !expired(p, now))
                .toList();
    }

    /** Drops every expired challenge. */
    void expire(Instant now) {
        for (Iterator<PendingProcedure> it = byId.values().iterator(); it.hasNext(); ) {
            if (expired(it.next(), now)) {
                it.remove();
            }
        }
    }

    private boolean expired(PendingProcedure procedure, Instant now) {
        return !now.isBefore(procedure.startedAt().plus(timeout));
    }
}
