package io.multicell.integrator.web.telephony;

import io.multicell.integrator.security.Roles;
import io.multicell.integrator.telephony.AudioRequest;
import io.multicell.integrator.telephony.TelephonyAdministration;
import io.multicell.integrator.web.Menu;
import io.multicell.integrator.web.form.FormDefinition;
import io.multicell.integrator.web.form.SettingsForms;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * "Settings > Telephony > Audio" (admin only): wideband calls with G.722 on or off, and what that does to the calls a
 * base station can carry; saved like PUT /api/v1/telephony/audio.
 */
@Path(Menu.TELEPHONY_AUDIO)
@RolesAllowed(Roles.ADMIN)
public class AudioPage {

    static final FormDefinition FORM = FormDefinition.builder("audio", Menu.TELEPHONY_AUDIO)
            .section("quality")
            .checkbox("g722Enabled")
            .readOnly("callsPerBaseStation")
            .build();

    private final SettingsForms forms;
    private final TelephonyAdministration administration;

    public AudioPage(SettingsForms forms, TelephonyAdministration administration) {
        this.forms = forms;
        this.administration = administration;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@Context HttpHeaders headers) {
        return forms.page(headers, FORM, administration.audio());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public String set(MultivaluedMap<String, String> form) {
        return forms.submit(FORM, form, administration::audio, AudioRequest.class, administration::updateAudio);
    }
}
