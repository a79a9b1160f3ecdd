package io.multicell.integrator.system;

import io.multicell.integrator.api.ApiChangeMetrics;
import io.multicell.integrator.api.ApiError;
import io.multicell.integrator.api.EntityTags;
import io.multicell.integrator.api.IfMatch;
import io.multicell.integrator.security.Roles;
import io.multicell.integrator.system.dect.DectConfiguration;
import io.multicell.integrator.system.dect.DectSettings;
import io.multicell.integrator.system.dect.DectSettingsRequest;
import io.multicell.integrator.system.reset.FactoryResetRequest;
import io.multicell.integrator.system.reset.FactoryResetResult;
import io.multicell.integrator.system.reset.RebootAndReset;
import io.multicell.integrator.system.reset.RebootRequest;
import io.multicell.integrator.system.reset.RebootResult;
import io.multicell.integrator.system.reset.ResetRole;
import io.multicell.integrator.system.time.DateAndTime;
import io.multicell.integrator.system.time.DateTimeConfiguration;
import io.multicell.integrator.system.time.DateTimeSettingsRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * REST face of the manual's "Settings > System" pages Date and time, DECT settings and Reboot and reset (admin only);
 * IP/LAN is {@link io.multicell.integrator.system.network.NetworkResource} (its path is under /network).
 */
@Path("/api/v1/system")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No or wrong credentials")
@APIResponse(responseCode = "403", description = "Not an admin")
@APIResponse(responseCode = "400", description = "Breaks a rule (field and rule named); nothing changed",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@Tag(name = "System")
public class SystemResource {

    private final DateTimeConfiguration dateTime;
    private final DectConfiguration dect;
    private final RebootAndReset rebootAndReset;
    private final ApiChangeMetrics metrics;
    private final EntityTags tags;

    public SystemResource(DateTimeConfiguration dateTime, DectConfiguration dect, RebootAndReset rebootAndReset,
                          ApiChangeMetrics metrics, EntityTags tags) {
        this.dateTime = dateTime;
        this.dect = dect;
        this.rebootAndReset = rebootAndReset;
        this.metrics = metrics;
        this.tags = tags;
    }

    @GET
    @Path("date-and-time")
    @Operation(summary = "Date and time settings and the system time now")
    @APIResponse(responseCode = "200", description = "The stored settings and the system time", headers = @Header(name = "ETag",
            description = EntityTags.ETAG_DOC + " (of the settings: the system time does not change it)"))
    public RestResponse<DateAndTime> dateAndTime() {
        return tags.read(dateTime.settings(), dateTime::current);
    }

    @PUT
    @Path("date-and-time")
    @Operation(summary = "Change the date and time settings", description = "Absent fields keep their value. Time servers: "
            + "host names or IPv4 addresses separated by commas, max. 255 characters; time zone: an IANA zone such as Europe/Berlin.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", description = EntityTags.ETAG_DOC))
    @APIResponse(responseCode = "412", description = EntityTags.STALE_DOC, content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestResponse<DateAndTime> updateDateAndTime(@Parameter(description = EntityTags.IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER)
                                                       String ifMatch, DateTimeSettingsRequest request) {
        return metrics.measure("system-date-time-update", () -> tags.write("system/date-and-time", ifMatch, dateTime::settings,
                () -> dateTime.update(request)));
    }

    @GET
    @Path("dect-settings")
    @Operation(summary = "DECT settings: ECO DECT, DECT security, DECT radio band")
    @APIResponse(responseCode = "200", description = "The stored settings", headers = @Header(name = "ETag", description = EntityTags.ETAG_DOC))
    public RestResponse<DectSettings> dectSettings() {
        return tags.read(dect.current());
    }

    @PUT
    @Path("dect-settings")
    @Operation(summary = "Change the DECT settings", description = "Absent fields keep their value. The radio band is the one "
            + "the first login chose (409 before it). Stored; not yet applied by the DECT manager (appliedToRadio false).")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", description = EntityTags.ETAG_DOC))
    @APIResponse(responseCode = "409", description = "Radio band before the first login; nothing changed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "412", description = EntityTags.STALE_DOC, content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestResponse<DectSettings> updateDectSettings(@Parameter(description = EntityTags.IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER)
                                                         String ifMatch, DectSettingsRequest request) {
        return metrics.measure("system-dect-settings-update", () -> tags.write("system/dect-settings", ifMatch, dect::current,
                () -> dect.update(request)));
    }

    @GET
    @Path("reboot-and-reset/roles")
    @Operation(summary = "The roles a factory reset can set (Reset to device)")
    public List<ResetRole> resetRoles() {
        return List.of(ResetRole.values());
    }

    @POST
    @Path("reboot-and-reset/reboot")
    @Operation(summary = "Reboot now", description = "Every connected base station reboots (all its calls end); offline ones are "
            + "listed. Needs {\"confirm\": true}. The integrator and DECT manager services keep running.")
    @APIResponse(responseCode = "200", description = "Reboot ordered")
    @APIResponse(responseCode = "503", description = "DECT manager not reachable; nothing rebooted",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RebootResult reboot(RebootRequest request) {
        return metrics.measure("system-reboot", () -> rebootAndReset.reboot(request));
    }

    @POST
    @Path("reboot-and-reset/factory-reset")
    @Operation(summary = "Reset to factory settings", description = "Needs the role (resetTo) and {\"confirm\": true}. IP/LAN "
            + "(to the role's preset), Date and time and DECT settings go back to their factory settings and the device role is "
            + "set; the answer lists what is kept (base stations, handsets, telephony, users, radio band).")
    @APIResponse(responseCode = "200", description = "Reset done")
    @APIResponse(responseCode = "409", description = "The first login is not completed; nothing changed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public FactoryResetResult factoryReset(FactoryResetRequest request) {
        return metrics.measure("system-factory-reset", () -> rebootAndReset.factoryReset(request));
    }
}
