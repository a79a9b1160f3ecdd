package io.multicell.integrator.audit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One configuration change: who, what, when, and how it ended. */
@Schema(name = "AuditEntry")
public record AuditEntry(
        long id,
        Instant at,
        @Schema(examples = "admin") String user,
        @Schema(description = "HTTP method of the change", examples = "PUT") String action,
        @Schema(description = "What was changed: the API resource or the page", examples = "/api/v1/provider-profiles/1") String target,
        @Schema(description = "HTTP status of the answer; 2xx = applied", examples = "200") int outcome) {
}
