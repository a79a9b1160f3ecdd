package io.multicell.integrator.telephony;

import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import jakarta.ws.rs.HeaderParam;
import io.multicell.integrator.api.IfMatch;
import io.multicell.integrator.api.EntityTags;
import io.multicell.integrator.api.ApiChangeMetrics;
import io.multicell.integrator.api.ApiError;
import io.multicell.integrator.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** REST face of the manual's "Telephony settings" pages: VoIP, Audio, Call settings (admin only). */
@Path("/api/v1/telephony")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Telephony", description = "General VoIP settings, audio quality (G.722) and call settings (admin only)")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No or wrong credentials")
@APIResponse(responseCode = "403", description = "Not an admin")
@APIResponse(responseCode = "400", description = "Breaks a rule (field and rule named); nothing changed",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class TelephonyResource {

    private final TelephonyAdministration administration;
    private final ApiChangeMetrics metrics;
    private final EntityTags tags;

    public TelephonyResource(TelephonyAdministration administration, ApiChangeMetrics metrics, EntityTags tags) {
        this.administration = administration;
        this.metrics = metrics;
        this.tags = tags;
    }

    @GET
    @Path("voip")
    @Operation(summary = "General VoIP settings")
    @APIResponse(responseCode = "200", description = "The stored settings", headers = @Header(name = "ETag", description = EntityTags.ETAG_DOC))
    public RestResponse<VoipSettings> voip() {
        return tags.read(administration.voip());
    }

    @PUT
    @Path("voip")
    @Operation(summary = "Change the VoIP settings", description = "Absent fields keep their value. Pushed to the SIP gateway with "
            + "the whole SIP configuration and committed only when it accepted.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", description = EntityTags.ETAG_DOC))
    @APIResponse(responseCode = "412", description = EntityTags.STALE_DOC, content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "SIP gateway not reachable; nothing changed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestResponse<VoipSettings> updateVoip(@Parameter(description = EntityTags.IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch, VoipSettingsRequest request) {
        return metrics.measure("telephony-voip-update", () -> tags.write("telephony/voip", ifMatch, administration::voip,
                () -> administration.updateVoip(request)));
    }

    @GET
    @Path("audio")
    @Operation(summary = "Audio quality: wideband (G.722) calls")
    @APIResponse(responseCode = "200", description = "The stored settings", headers = @Header(name = "ETag", description = EntityTags.ETAG_DOC))
    public RestResponse<AudioView> audio() {
        return tags.read(administration.audio());
    }

    @PUT
    @Path("audio")
    @Operation(summary = "Enable or disable wideband (G.722) calls",
            description = "While it is off, G.722 is left out of every profile's codecs sent to the SIP gateway; while it is on a base "
                    + "serves at most 5 calls instead of 8.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", description = EntityTags.ETAG_DOC))
    @APIResponse(responseCode = "412", description = EntityTags.STALE_DOC, content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "SIP gateway not reachable; nothing changed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestResponse<AudioView> updateAudio(@Parameter(description = EntityTags.IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch, AudioRequest request) {
        return metrics.measure("telephony-audio-update", () -> tags.write("telephony/audio", ifMatch, administration::audio,
                () -> administration.updateAudio(request)));
    }

    @GET
    @Path("call-settings")
    @Operation(summary = "Call settings: call transfer, access code, area codes")
    @APIResponse(responseCode = "200", description = "The stored settings", headers = @Header(name = "ETag", description = EntityTags.ETAG_DOC))
    public RestResponse<CallSettings> callSettings() {
        return tags.read(administration.callSettings());
    }

    @PUT
    @Path("call-settings")
    @Operation(summary = "Change the call settings", description = "Absent fields keep their value. Stored; the handsets' dialling uses them.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", description = EntityTags.ETAG_DOC))
    @APIResponse(responseCode = "412", description = EntityTags.STALE_DOC, content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestResponse<CallSettings> updateCallSettings(@Parameter(description = EntityTags.IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch, CallSettingsRequest request) {
        return metrics.measure("telephony-call-settings-update", () -> tags.write("telephony/call-settings", ifMatch,
                administration::callSettings, () -> administration.updateCallSettings(request)));
    }
}
