package io.multicell.integrator.audit;

import io.multicell.integrator.persistence.AuditRepository;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Writes every change request of an authenticated user (POST, PUT, PATCH, DELETE on the API or a page) to the audit
 * log, with the answer's status. One filter for every resource means a new page or endpoint cannot forget it; the
 * body is not logged, so passwords never reach the log.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AuditRepository repository;
    private final Clock clock;

    public AuditLog(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public List<AuditEntry> newest(int limit) {
        return repository.newest(limit);
    }

    @ServerResponseFilter
    public void afterChange(ContainerRequestContext request, ContainerResponseContext response) {
        Principal user = request.getSecurityContext().getUserPrincipal();
        if (user == null || user.getName().isEmpty() || !CHANGES.contains(request.getMethod())) {
            return;
        }
        var entry = new AuditEntry(0, clock.instant(), user.getName(), request.getMethod(),
                "/" + request.getUriInfo().getPath().replaceFirst("^/", ""), response.getStatus());
        if (io.vertx.core.Context.isOnEventLoopThread()) {
            // A non-blocking endpoint answered on the event loop: the JDBC insert must not block it.
            Infrastructure.getDefaultWorkerPool().execute(() -> append(entry));
        } else {
            append(entry);
        }
    }

    private void append(AuditEntry entry) {
        try {
            repository.append(entry);
        } catch (RuntimeException e) {
            // The change itself is done; losing its audit line must not turn the answer into an error.
            LOG.errorf(e, "Audit entry lost: %s %s by %s", entry.action(), entry.target(), entry.user());
        }
    }
}
