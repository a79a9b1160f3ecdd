package io.multicell.integrator.web.telephony;

import io.multicell.integrator.security.Roles;
import io.multicell.integrator.telephony.TelephonyAdministration;
import io.multicell.integrator.telephony.VoipSettingsRequest;
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

/** "Settings > Telephony > VoIP" (admin only): the general VoIP settings, saved like PUT /api/v1/telephony/voip. */
@Path(Menu.TELEPHONY_VOIP)
@RolesAllowed(Roles.ADMIN)
public class VoipPage {

    static final FormDefinition FORM = FormDefinition.builder("voip", Menu.TELEPHONY_VOIP)
            .section("sip")
            .number("sipPort", null)
            .number("secureSipPort", null)
            .number("t1Ms", "ms")
            .number("sessionTimerSeconds", "s")
            .number("failedRegistrationRetrySeconds", "s")
            .number("subscriptionTimerSeconds", "s")
            .checkbox("prack")
            .section("qos")
            .number("sipTos", null)
            .number("rtpTos", null)
            .build();

    private final SettingsForms forms;
    private final TelephonyAdministration administration;

    public VoipPage(SettingsForms forms, TelephonyAdministration administration) {
        this.forms = forms;
        this.administration = administration;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@Context HttpHeaders headers) {
        return forms.page(headers, FORM, administration.voip());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public String set(MultivaluedMap<String, String> form) {
        return forms.submit(FORM, form, administration::voip, VoipSettingsRequest.class, administration::updateVoip);
    }
}
