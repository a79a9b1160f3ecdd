package io.multicell.integrator.basestation;

import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import jakarta.ws.rs.HeaderParam;
import io.multicell.integrator.api.IfMatch;
import io.multicell.integrator.api.EntityTags;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.InvalidValueException;
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

/** REST face of the manual's "Base stations administration" page (admin only). */
@Path("/api/v1/base-stations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Base stations", description = "Connected and pending base stations: confirm, edit, delete, reboot, LED display, export/import (admin only)")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No or wrong credentials")
@APIResponse(responseCode = "403", description = "Not an admin")
public class BaseStationResource {

    private static final String MAC_DOC = "MAC of the base in any notation: 7C:2F:80:00:00:01, 7c2f80000001, 7C-2F-80-00-00-01";

    private final BaseStationAdministration administration;
    private final Synchronisation synchronisation;
    private final BaseStationTransfer transfer;
    private final PlanCoordinator coordinator;
    private final ApiChangeMetrics metrics;
    private final EntityTags tags;

    public BaseStationResource(BaseStationAdministration administration, Synchronisation synchronisation,
                               BaseStationTransfer transfer, PlanCoordinator coordinator, ApiChangeMetrics metrics,
                               EntityTags tags) {
        this.administration = administration;
        this.synchronisation = synchronisation;
        this.transfer = transfer;
        this.coordinator = coordinator;
        this.metrics = metrics;
        this.tags = tags;
    }

    @GET
    @Operation(summary = "List connected and pending base stations",
            description = "Connected: the integrator's configuration merged with the DECT manager's live state. If the DM is not "
                    + "reachable every base shows Offline, nothing is pending and dmConnected is false.")
    public BaseStationListView list() {
        return administration.list();
    }

    @GET
    @Path("{mac}")
    @Operation(summary = "One connected base station")
    @APIResponse(responseCode = "200", description = "The base station", headers = @Header(name = "ETag", description = EntityTags.ETAG_DOC
            + " (also for the synchronisation and position of the base)"))
    @APIResponse(responseCode = "404", description = "Not a connected base station", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestResponse<BaseStationView> get(@Parameter(description = MAC_DOC) @PathParam("mac") String mac) {
        MacAddress base = MacAddress.parse(mac);
        return tags.read(administration.stored(base), () -> administration.get(base));
    }

    @POST
    @Operation(summary = "Confirm a pending base station",
            description = "Moves a pending base to the connected list. Defaults: name = MAC (LocalBS for the local base), DHCP, "
                    + "activated, position reported by the base, cluster 1, sync level 2, DECT slave below level 1.")
    @APIResponse(responseCode = "201", description = "Confirmed")
    @APIResponse(responseCode = "400", description = "Invalid settings or not a pending base", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "Already connected", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "DECT manager not reachable; nothing changed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestResponse<BaseStationView> confirm(ConfirmRequest request) {
        BaseStationView confirmed = metrics.measure("confirm", () -> administration.confirm(request));
        return RestResponse.ResponseBuilder.<BaseStationView>created(URI.create("/api/v1/base-stations/" + confirmed.mac()))
                .entity(confirmed).build();
    }

    @PUT
    @Path("{mac}")
    @Operation(summary = "Edit a connected base station", description = "Absent or null fields keep their value.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", description = EntityTags.ETAG_DOC))
    @APIResponse(responseCode = "400", description = "Invalid settings; nothing changed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "Not a connected base station", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "412", description = EntityTags.STALE_DOC, content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "DECT manager not reachable; nothing changed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestResponse<BaseStationView> update(@Parameter(description = MAC_DOC) @PathParam("mac") String mac, @Parameter(description = EntityTags.IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch,
                                                BaseStationSettings settings) {
        MacAddress base = MacAddress.parse(mac);
        return metrics.measure("update", () -> tags.write("base-stations/" + base.value(), ifMatch, () -> administration.stored(base),
                () -> administration.update(base, settings)));
    }

    @DELETE
    @Path("{mac}")
    @Operation(summary = "Delete a connected base station", description = "If it is still connected to the DM it is pending again.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "Not a connected base station", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "DECT manager not reachable; nothing changed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public void delete(@Parameter(description = MAC_DOC) @PathParam("mac") String mac) {
        metrics.measure("delete", () -> administration.delete(List.of(MacAddress.parse(mac))));
    }

    @DELETE
    @Operation(summary = "Delete several connected base stations", description = "All or nothing: one unknown MAC and none is deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "No mac given", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "One of them is not a connected base station", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public void deleteSeveral(@Parameter(description = "MACs to delete (repeat the parameter)") @QueryParam("mac") List<String> macs) {
        metrics.measure("delete", () -> administration.delete(macs.stream().map(MacAddress::parse).toList()));
    }

    @POST
    @Path("{mac}/reboot")
    @Operation(summary = "Reboot a base station", description = "All connections managed by the base are terminated.")
    @APIResponse(responseCode = "202", description = "Reboot ordered")
    @APIResponse(responseCode = "404", description = "Not a connected base station", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "The base is offline", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestResponse<Void> reboot(@Parameter(description = MAC_DOC) @PathParam("mac") String mac) {
        metrics.measure("reboot", () -> administration.reboot(MacAddress.parse(mac)));
        return RestResponse.accepted();
    }

    @PUT
    @Path("{mac}/synchronisation")
    @Operation(summary = "Set the synchronisation settings of a base", description = "Absent fields keep their value.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", description = EntityTags.ETAG_DOC))
    @APIResponse(responseCode = "400", description = "Breaks a sync rule; nothing changed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "412", description = EntityTags.STALE_DOC, content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestResponse<BaseStationView> updateSynchronisation(@Parameter(description = MAC_DOC) @PathParam("mac") String mac,
                                                               @Parameter(description = EntityTags.IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch, SyncSettingsRequest request) {
        BaseStationSettings settings = request == null ? BaseStationSettings.none() : request.settings();
        MacAddress base = MacAddress.parse(mac);
        return metrics.measure("synchronisation", () -> tags.write("base-stations/" + base.value(), ifMatch,
                () -> administration.stored(base), () -> synchronisation.update(base, settings)));
    }

    @PUT
    @Path("{mac}/position")
    @Operation(summary = "Move a base on the floor plan", description = "Metres from the floor plan origin.")
    @APIResponse(responseCode = "200", description = "Moved", headers = @Header(name = "ETag", description = EntityTags.ETAG_DOC))
    @APIResponse(responseCode = "412", description = EntityTags.STALE_DOC, content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestResponse<BaseStationView> updatePosition(@Parameter(description = MAC_DOC) @PathParam("mac") String mac, @Parameter(description = EntityTags.IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch,
                                                        Position position) {
        if (position == null) {
            throw new InvalidValueException("position", "is required");
        }
        MacAddress base = MacAddress.parse(mac);
        return metrics.measure("position", () -> tags.write("base-stations/" + base.value(), ifMatch, () -> administration.stored(base),
                () -> administration.update(base, BaseStationSettings.position(position))));
    }

    @GET
    @Path("led-display")
    @Operation(summary = "LED status display of all base stations")
    @APIResponse(responseCode = "200", description = "The switch", headers = @Header(name = "ETag", description = EntityTags.ETAG_DOC))
    public RestResponse<LedDisplay> ledDisplay() {
        return tags.read(new LedDisplay(coordinator.ledDisplay()));
    }

    @PUT
    @Path("led-display")
    @Operation(summary = "Enable or disable the LED status display on all base stations")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", description = EntityTags.ETAG_DOC))
    @APIResponse(responseCode = "412", description = EntityTags.STALE_DOC, content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "DECT manager not reachable; nothing changed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestResponse<LedDisplay> setLedDisplay(@Parameter(description = EntityTags.IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch, LedDisplay request) {
        if (request == null || request.enabled() == null) {
            throw new InvalidValueException("enabled", "is required");
        }
        Supplier<LedDisplay> stored = () -> new LedDisplay(coordinator.ledDisplay());
        return metrics.measure("led-display", () -> tags.write("base-stations/led-display", ifMatch, stored, () -> {
            coordinator.setLedDisplay(request.enabled());
            return stored.get();
        }));
    }

    @POST
    @Path("export")
    @Operation(summary = "Export the configuration of base stations", description = "Empty or absent macs: all connected bases.")
    @APIResponse(responseCode = "200", description = "The export file (attachment)")
    @APIResponse(responseCode = "404", description = "A listed MAC is not a connected base station", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestResponse<TransferDocument> export(ExportRequest request) {
        return RestResponse.ResponseBuilder.ok(transfer.export(request))
                .header("Content-Disposition", "attachment; filename=\"base-stations.json\"")
                .build();
    }

    @POST
    @Path("import")
    @Operation(summary = "Import an export file",
            description = "Confirms every base of the file with its settings (the local base is skipped). Validated as a whole: "
                    + "any error and nothing is imported. Please review the sync settings afterwards.")
    @APIResponse(responseCode = "200", description = "Imported")
    @APIResponse(responseCode = "400", description = "Invalid file; nothing imported", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "DECT manager not reachable; nothing imported", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ImportResult importDocument(
            @Parameter(description = "IP address type for all imported bases (DHCP or STATIC); absent: as in the file")
            @QueryParam("ipAddressType") String ipAddressType,
            TransferDocument document) {
        return metrics.measure("import", () -> transfer.importDocument(document, ipAddressType));
    }
}
