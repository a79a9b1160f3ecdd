package io.multicell.integrator.web.telephony;

import io.multicell.integrator.security.Roles;
import io.multicell.integrator.telephony.AccessCodeUse;
import io.multicell.integrator.telephony.AreaCodeUse;
import io.multicell.integrator.telephony.CallSettingsRequest;
import io.multicell.integrator.telephony.Country;
import io.multicell.integrator.telephony.ToneScheme;
import io.multicell.integrator.telephony.TelephonyAdministration;
import io.multicell.integrator.telephony.TransferTarget;
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
 * "Settings > Telephony > Call settings" (admin only): call transfer, the access code and when it is prefixed, and the
 * area codes; saved like PUT /api/v1/telephony/call-settings.
 */
@Path(Menu.TELEPHONY_CALL_SETTINGS)
@RolesAllowed(Roles.ADMIN)
public class CallSettingsPage {

    static final FormDefinition FORM = FormDefinition.builder("callSettings", Menu.TELEPHONY_CALL_SETTINGS)
            .section("transfer")
            .checkbox("transferByRKey")
            .checkbox("transferOnHook")
            .select("transferTarget", TransferTarget.class)
            .section("accessCode")
            .text("accessCode")
            .select("accessCodeUse", AccessCodeUse.class)
            .section("country")
            .select("country", Country.class)
            .section("international")
            .text("internationalPrefix")
            .text("internationalAreaCode")
            .section("local")
            .text("localPrefix")
            .text("localAreaCode")
            .select("useAreaCode", AreaCodeUse.class)
            .section("tones")
            .select("toneScheme", ToneScheme.class)
            .build();

    private final SettingsForms forms;
    private final TelephonyAdministration administration;

    public CallSettingsPage(SettingsForms forms, TelephonyAdministration administration) {
        this.forms = forms;
        this.administration = administration;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@Context HttpHeaders headers) {
        return forms.page(headers, FORM, administration.callSettings());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public String set(MultivaluedMap<String, String> form) {
        return forms.submit(FORM, form, administration::callSettings, CallSettingsRequest.class, administration::updateCallSettings);
    }
}
