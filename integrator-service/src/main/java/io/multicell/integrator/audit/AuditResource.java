package io.multicell.integrator.audit;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log of configuration changes (admin only). */
@Path("/api/v1/audit-log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Audit log", description = "Who changed what and when, through the API or the web configurator (admin only)")
@SecurityRequirement(name = "basic")
public class AuditResource {

    static final int MAX_LIMIT = 1000;

    private final AuditLog log;

    public AuditResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @Operation(summary = "Newest changes first")
    public List<AuditEntry> newest(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be 1 to " + MAX_LIMIT);
        }
        return log.newest(limit);
    }
}
