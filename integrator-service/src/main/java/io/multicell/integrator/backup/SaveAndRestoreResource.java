package io.multicell.integrator.backup;

import io.multicell.integrator.api.ApiError;
import io.multicell.integrator.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Save and restore of the whole configuration (the manual: admin and user may save, only admin may restore). */
@Path("/api/v1/system/configuration")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "System", description = "Save and restore of the configuration")
@SecurityRequirement(name = "basic")
public class SaveAndRestoreResource {

    private final SaveAndRestore saveAndRestore;

    public SaveAndRestoreResource(SaveAndRestore saveAndRestore) {
        this.saveAndRestore = saveAndRestore;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(summary = "Save settings: the whole configuration as one file",
            description = "A download (Content-Disposition: attachment) named as the manual says. It holds the VoIP account "
                    + "passwords and registration PINs: keep it safe. Users and the web security certificate are not in it.")
    public Response save() {
        ConfigurationFile file = saveAndRestore.save();
        return Response.ok(file).header("Content-Disposition", "attachment; filename=\"" + saveAndRestore.fileName(file) + "\"")
                .header("Cache-Control", "no-store").build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Restore a saved configuration file",
            description = "The whole file is checked first with the API's rules; one broken rule answers 400 naming the value "
                    + "(JSON path in the file) and nothing changes. Then the configuration of record is replaced in one "
                    + "transaction and pushed to the DECT manager and the SIP gateway; a peer that is down gets it when it is back.")
    @APIResponse(responseCode = "200", description = "Restored")
    @APIResponse(responseCode = "400", description = "A rule is broken; nothing changed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestoreResult restore(ConfigurationFile file) {
        return saveAndRestore.restore(file);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Restore a saved configuration file (as PUT)")
    @APIResponse(responseCode = "200", description = "Restored")
    @APIResponse(responseCode = "400", description = "A rule is broken; nothing changed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestoreResult restoreByPost(ConfigurationFile file) {
        return saveAndRestore.restore(file);
    }
}
