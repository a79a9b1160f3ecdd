package io.multicell.integrator.system.network;

import io.multicell.integrator.api.ApiChangeMetrics;
import io.multicell.integrator.api.ApiError;
import io.multicell.integrator.api.EntityTags;
import io.multicell.integrator.api.IfMatch;
import io.multicell.integrator.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** REST face of "Settings > Network > IP/LAN" (admin only). */
@Path("/api/v1/network/ip-lan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No or wrong credentials")
@APIResponse(responseCode = "403", description = "Not an admin")
@APIResponse(responseCode = "400", description = "Breaks a rule (field and rule named); nothing changed",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@Tag(name = "System", description = "IP/LAN, date and time, DECT settings, reboot and reset (admin only)")
public class NetworkResource {

    private final NetworkConfiguration configuration;
    private final ApiChangeMetrics metrics;
    private final EntityTags tags;

    public NetworkResource(NetworkConfiguration configuration, ApiChangeMetrics metrics, EntityTags tags) {
        this.configuration = configuration;
        this.metrics = metrics;
        this.tags = tags;
    }

    @GET
    @Operation(summary = "IP/LAN settings", description = "The device's LAN settings as exported to the bases and deployments "
            + "(configuration of record; the integrator does not change its host's network)")
    @APIResponse(responseCode = "200", description = "The stored settings", headers = @Header(name = "ETag", description = EntityTags.ETAG_DOC))
    public RestResponse<NetworkSettings> get() {
        return tags.read(configuration.current());
    }

    @PUT
    @Operation(summary = "Change the IP/LAN settings", description = "Absent fields keep their value, \"\" clears an address. "
            + "STATIC needs IP address, subnet mask (contiguous) and standard gateway (inside the subnet); VLAN identifier "
            + "1..4094, VLAN priority 0..7.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", description = EntityTags.ETAG_DOC))
    @APIResponse(responseCode = "412", description = EntityTags.STALE_DOC, content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestResponse<NetworkSettings> update(@Parameter(description = EntityTags.IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch,
                                                NetworkSettingsRequest request) {
        return metrics.measure("network-ip-lan-update", () -> tags.write("network/ip-lan", ifMatch, configuration::current,
                () -> configuration.update(request)));
    }
}
