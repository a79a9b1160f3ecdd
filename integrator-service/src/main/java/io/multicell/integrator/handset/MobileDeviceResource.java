package io.multicell.integrator.handset;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** REST face of the manual's "Mobile devices administration" page (admin and user). */
@Path("/api/v1/mobile-devices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.USER})
@Tag(name = "Mobile devices", description = "Handset entries: add, edit, copy, replace, delete, export/import; refused registrations (admin and user)")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No or wrong credentials")
public class MobileDeviceResource {

    private static final String ID_DOC = "Id of the entry";

    private final HandsetAdministration administration;
    private final HandsetTransfer transfer;
    private final ApiChangeMetrics metrics;
    private final EntityTags tags;

    public MobileDeviceResource(HandsetAdministration administration, HandsetTransfer transfer, ApiChangeMetrics metrics,
                                EntityTags tags) {
        this.administration = administration;
        this.transfer = transfer;
        this.metrics = metrics;
        this.tags = tags;
    }

    @GET
    @Operation(summary = "List the handset entries",
            description = "Entries of record merged with the DECT manager's live state (status, registered IPUI, reachability, "
                    + "type, firmware, location). If the DM is not reachable every entry shows the status asked for, reachable "
                    + "false and dmConnected false.")
    public List<MobileDeviceView> list() {
        return administration.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One handset entry")
    @APIResponse(responseCode = "200", description = "The entry", headers = @Header(name = "ETag", description = EntityTags.ETAG_DOC))
    @APIResponse(responseCode = "404", description = "No such entry", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestResponse<MobileDeviceView> get(@Parameter(description = ID_DOC) @PathParam("id") String id) {
        return tags.read(administration.entry(id), () -> administration.get(id));
    }

    @POST
    @Operation(summary = "Add a handset entry",
            description = "Defaults: any handset (empty IPUI), a random PIN, To register, no names, DND off. With To register the handset "
                    + "may register while the registration window is open.")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "Breaks a rule (field names it; \"handsets\" when the list is full); nothing changed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "DECT manager not reachable; nothing changed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestResponse<MobileDeviceView> create(HandsetRequest request) {
        return created(metrics.measure("handset-create", () -> administration.create(request)));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit a handset entry",
            description = "Absent fields keep their value. RegStatus: To register ↔ Not registered, Registering → Not registered (cancels), "
                    + "Registered → To deregister. The IPUI cannot be changed once the handset is registered.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", description = EntityTags.ETAG_DOC))
    @APIResponse(responseCode = "400", description = "Breaks a rule; nothing changed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such entry", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "412", description = EntityTags.STALE_DOC, content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "DECT manager not reachable; nothing changed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestResponse<MobileDeviceView> update(@Parameter(description = ID_DOC) @PathParam("id") String id, @Parameter(description = EntityTags.IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch,
                                                 HandsetRequest request) {
        return metrics.measure("handset-update", () -> tags.write("mobile-devices/" + id, ifMatch, () -> administration.entry(id),
                () -> administration.update(id, request)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a handset entry", description = "A registered handset loses its registration.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such entry", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "DECT manager not reachable; nothing changed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Consumes(MediaType.WILDCARD)
    public void delete(@Parameter(description = ID_DOC) @PathParam("id") String id) {
        metrics.measure("handset-delete", () -> administration.delete(List.of(id)));
    }

    @DELETE
    @Operation(summary = "Delete several handset entries", description = "All or nothing: one unknown id and none is deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "No id given", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "One of them is not an entry", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Consumes(MediaType.WILDCARD)
    public void deleteSeveral(@Parameter(description = "Ids to delete (repeat the parameter)") @QueryParam("id") List<String> ids) {
        metrics.measure("handset-delete", () -> administration.delete(ids));
    }

    @POST
    @Path("{id}/copy")
    @Operation(summary = "Copy a handset entry for another handset",
            description = "A new entry with the settings except personal data: IPUI, names and internal number empty, a new random PIN, "
                    + "To register. An optional body sets fields of the new entry as on Add.")
    @APIResponse(responseCode = "201", description = "The new entry")
    @APIResponse(responseCode = "404", description = "No such entry", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "DECT manager not reachable; nothing changed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestResponse<MobileDeviceView> copy(@Parameter(description = ID_DOC) @PathParam("id") String id, HandsetRequest overrides) {
        return created(metrics.measure("handset-copy", () -> administration.copy(id, overrides)));
    }

    @POST
    @Path("{id}/replace")
    @Operation(summary = "Replace a user's handset by another one",
            description = "The old entry is set to To deregister (its internal number moves on); a new entry keeps the user's names, "
                    + "internal number and DND for a new handset (any IPUI, new random PIN, To register). Only a Registered handset "
                    + "can be replaced. An optional body sets fields of the new entry as on Add.")
    @APIResponse(responseCode = "201", description = "The new entry")
    @APIResponse(responseCode = "400", description = "The handset is not Registered", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such entry", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "DECT manager not reachable; nothing changed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestResponse<MobileDeviceView> replace(@Parameter(description = ID_DOC) @PathParam("id") String id, HandsetRequest overrides) {
        return created(metrics.measure("handset-replace", () -> administration.replace(id, overrides)));
    }

    @POST
    @Path("{id}/copy")
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public RestResponse<MobileDeviceView> copyWithoutBody(@PathParam("id") String id, byte[] body) {
        OptionalBody.requireEmpty(body);
        return copy(id, null);
    }

    @POST
    @Path("{id}/replace")
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public RestResponse<MobileDeviceView> replaceWithoutBody(@PathParam("id") String id, byte[] body) {
        OptionalBody.requireEmpty(body);
        return replace(id, null);
    }

    @POST
    @Path("export")
    @Operation(summary = "Export the handset configuration", description = "Empty or absent ids: all entries.")
    @APIResponse(responseCode = "200", description = "The export file (attachment)")
    @APIResponse(responseCode = "404", description = "A listed id is not an entry", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestResponse<MobileDeviceExport> export(MobileDeviceExportRequest request) {
        return RestResponse.ResponseBuilder.ok(transfer.export(request))
                .header("Content-Disposition", "attachment; filename=\"mobile-devices.json\"")
                .build();
    }

    @POST
    @Path("import")
    @Operation(summary = "Import an export file",
            description = "Adds every handset of the file (To register, or Not registered when so exported); one whose IPUI is already "
                    + "listed takes the file's settings and keeps its status. Validated as a whole: any error and nothing is imported.")
    @APIResponse(responseCode = "200", description = "Imported")
    @APIResponse(responseCode = "400", description = "Invalid file (field like mobileDevices[2].pin); nothing imported",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "DECT manager not reachable; nothing imported", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public MobileDeviceImportResult importDocument(MobileDeviceExport document) {
        return metrics.measure("handset-import", () -> transfer.importDocument(document));
    }

    @GET
    @Path("registration-refusals")
    @Operation(summary = "Refused registration attempts, newest first",
            description = "As the DECT manager reports them, e.g. a wrong PIN or the handset limit reached.")
    @APIResponse(responseCode = "200", description = "The refusals")
    @APIResponse(responseCode = "503", description = "DECT manager not reachable", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public List<RegistrationRefusalView> refusals() {
        return administration.refusals();
    }

    @POST
    @Path("generate-pin")
    @Operation(summary = "Generate a random PIN", description = "Four random digits; nothing is stored.")
    @Consumes(MediaType.WILDCARD)
    public GeneratedPin generatePin() {
        return new GeneratedPin(administration.generatePin());
    }

    private static RestResponse<MobileDeviceView> created(MobileDeviceView view) {
        return RestResponse.ResponseBuilder.<MobileDeviceView>created(URI.create("/api/v1/mobile-devices/" + view.id()))
                .entity(view).build();
    }
}
