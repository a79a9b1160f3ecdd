package io.multicell.integrator.telephony;

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

    public TelephonyResource(TelephonyAdministration administration, ApiChangeMetrics metrics) {
        this.administration = administration;
        this.metrics = metrics;
    }

    @GET
    @Path("voip")
    @Operation(summary = "General VoIP settings")
    public VoipSettings voip() {
        return administration.voip();
    }

    @PUT
    @Path("voip")
    @Operation(summary = "Change the VoIP settings", description = "Absent fields keep their value. Pushed to the SIP gateway with "
            + "the whole SIP configuration and committed only when it accepted.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "503", description = "SIP gateway not reachable; nothing changed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public VoipSettings updateVoip(VoipSettingsRequest request) {
        return metrics.measure("telephony-voip-update", () -> administration.updateVoip(request));
    }

    @GET
    @Path("audio")
    @Operation(summary = "Audio quality: wideband (G.722) calls")
    public AudioView audio() {
        return administration.audio();
    }

    @PUT
    @Path("audio")
    @Operation(summary = "Enable or disable wideband (G.722) calls",
            description = "While it is off, G.722 is left out of every profile's codecs sent to the SIP gateway; while it is on a base "
                    + "serves at most 5 calls instead of 8.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "503", description = "SIP gateway not reachable; nothing changed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public AudioView updateAudio(AudioRequest request) {
        return metrics.measure("telephony-audio-update", () -> administration.updateAudio(request));
    }

    @GET
    @Path("call-settings")
    @Operation(summary = "Call settings: call transfer, access code, area codes")
    public CallSettings callSettings() {
        return administration.callSettings();
    }

    @PUT
    @Path("call-settings")
    @Operation(summary = "Change the call settings", description = "Absent fields keep their value. Stored; the handsets' dialling uses them.")
    @APIResponse(responseCode = "200", description = "Changed")
    public CallSettings updateCallSettings(CallSettingsRequest request) {
        return metrics.measure("telephony-call-settings-update", () -> administration.updateCallSettings(request));
    }
}
