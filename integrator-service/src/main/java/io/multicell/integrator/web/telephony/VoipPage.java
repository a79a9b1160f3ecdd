package io.multicell.integrator.web.telephony;

import io.multicell.integrator.security.Roles;
import io.multicell.integrator.telephony.TelephonyAdministration;
import io.multicell.integrator.telephony.VoipSettingsRequest;
import io.multicell.integrator.web.Menu;
import io.multicell.integrator.web.form.FormDefinition;
import io.multicell.integrator.web.form.SettingsForms;
import io.multicell.integrator.web.form.SettingsPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

/** "Settings > Telephony > VoIP" (admin only): the general VoIP settings, saved like PUT /api/v1/telephony/voip. */
@Path(Menu.TELEPHONY_VOIP)
@RolesAllowed(Roles.ADMIN)
public class VoipPage extends SettingsPage<VoipSettingsRequest> {

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

    public VoipPage(SettingsForms forms, TelephonyAdministration administration) {
        super(forms, FORM, administration::voip, VoipSettingsRequest.class, administration::updateVoip);
    }
}
