package io.multicell.integrator.dm;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Identity and connection state of the DECT manager (every signed-in user). */
@Path("/api/v1/dect-manager")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "DECT manager", description = "Identity and connection state of the DECT manager")
@SecurityRequirement(name = "basic")
public class DectManagerResource {

    private final DectManagerClient dm;
    /** Last identity the DM reported, shown while it is down. */
    private final AtomicReference<DectManagerSummary> lastKnown = new AtomicReference<>();

    public DectManagerResource(DectManagerClient dm) {
        this.dm = dm;
    }

    @GET
    @Operation(summary = "The DECT manager", description = "name, PARI, RPN group and plan revision; connected false when it does not answer")
    public DectManagerView get() {
        try {
            DectManagerSummary summary = dm.summary();
            lastKnown.set(summary);
            return new DectManagerView(summary.name(), summary.pari(), summary.rpnGroup(), summary.planRevision(), true);
        } catch (DectManagerUnreachableException | DectManagerFailedException e) {
            DectManagerSummary last = lastKnown.get();
            return last == null
                    ? new DectManagerView(null, null, null, null, false)
                    : new DectManagerView(last.name(), last.pari(), last.rpnGroup(), null, false);
        }
    }
}
