package io.multicell.integrator.call;

import io.multicell.integrator.api.ApiError;
import io.multicell.integrator.dm.DectManagerClient;
import io.multicell.integrator.handset.HandsetPlanCoordinator;
import io.multicell.integrator.handset.SubscriptionReader;
import io.multicell.integrator.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The calls in progress, as the DECT manager reports them, with the handsets' names (admin and user). */
@Path("/api/v1/calls")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.USER})
@Tag(name = "Calls", description = "Calls in progress (admin and user)")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No or wrong credentials")
public class CallResource {

    private final DectManagerClient dm;
    private final HandsetPlanCoordinator handsets;
    private final SubscriptionReader subscriptions;

    public CallResource(DectManagerClient dm, HandsetPlanCoordinator handsets, SubscriptionReader subscriptions) {
        this.dm = dm;
        this.handsets = handsets;
        this.subscriptions = subscriptions;
    }

    @GET
    @Operation(summary = "Calls in progress",
            description = "Every active call: id, IPUI, handset name of its Mobile devices entry (null when unknown), direction, "
                    + "state, bases carrying the bearer, remote number, handovers so far.")
    @APIResponse(responseCode = "503", description = "DECT manager not reachable",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public List<ActiveCallView> list() {
        List<ActiveCall> calls = dm.listCalls();
        if (calls.isEmpty()) {
            return List.of();
        }
        HandsetNames names = HandsetNames.of(handsets.current(), subscriptions.read());
        return calls.stream().map(call -> ActiveCallView.of(call, names)).toList();
    }
}
