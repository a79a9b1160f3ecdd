package io.multicell.integrator.provider;

import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import jakarta.ws.rs.HeaderParam;
import io.multicell.integrator.api.IfMatch;
import io.multicell.integrator.api.EntityTags;
import io.multicell.integrator.api.ApiChangeMetrics;
import io.multicell.integrator.api.ApiError;
import io.multicell.integrator.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** REST face of the manual's "Provider or PBX profiles" pages (admin only). */
@Path("/api/v1/provider-profiles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Provider or PBX profiles", description = "Up to 20 VoIP provider or PBX profiles (IP1..IP20) the handsets' VoIP accounts register with (admin only)")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No or wrong credentials")
@APIResponse(responseCode = "403", description = "Not an admin")
public class ProviderProfileResource {

    private static final String ID_DOC = "Profile number 1..20";

    private final ProviderProfiles profiles;
    private final ApiChangeMetrics metrics;
    private final EntityTags tags;

    public ProviderProfileResource(ProviderProfiles profiles, ApiChangeMetrics metrics, EntityTags tags) {
        this.profiles = profiles;
        this.metrics = metrics;
        this.tags = tags;
    }

    @GET
    @Operation(summary = "All 20 profiles", description = "An unused profile has its default name IP<id>, configured false and "
            + "domainLabel \"Not configured\".")
    public List<ProviderProfileView> list() {
        return profiles.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One profile")
    @APIResponse(responseCode = "200", description = "The profile", headers = @Header(name = "ETag", description = EntityTags.ETAG_DOC))
    @APIResponse(responseCode = "404", description = "Not 1..20", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestResponse<ProviderProfileView> get(@Parameter(description = ID_DOC) @PathParam("id") String id) {
        return tags.read(profiles.profile(id), () -> profiles.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit a profile",
            description = "Absent fields keep their value. Validated with the manual's rules; when the change concerns what the SIP "
                    + "gateway acts on, the whole SIP configuration is pushed to it and committed only when it accepted.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", description = EntityTags.ETAG_DOC))
    @APIResponse(responseCode = "400", description = "Breaks a rule (field and rule named); nothing changed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "Not 1..20", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "412", description = EntityTags.STALE_DOC, content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "SIP gateway not reachable; nothing changed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestResponse<ProviderProfileView> update(@Parameter(description = ID_DOC) @PathParam("id") String id,
                                                    @Parameter(description = EntityTags.IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch, ProviderProfileRequest request) {
        return metrics.measure("provider-profile-update", () -> tags.write("provider-profiles/" + id, ifMatch,
                () -> profiles.profile(id), () -> profiles.update(id, request)));
    }

    @DELETE
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Delete a profile", description = "The profile returns to its factory setting (not configured).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "Not 1..20", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "Handsets use it as VoIP provider", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "SIP gateway not reachable; nothing changed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public void delete(@Parameter(description = ID_DOC) @PathParam("id") String id) {
        metrics.measure("provider-profile-delete", () -> profiles.delete(id));
    }
}
