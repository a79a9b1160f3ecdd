package io.multicell.integrator.web.telephony;

import io.multicell.integrator.security.Roles;
import io.multicell.integrator.telephony.AudioRequest;
import io.multicell.integrator.telephony.TelephonyAdministration;
import io.multicell.integrator.web.Menu;
import io.multicell.integrator.web.form.FormDefinition;
import io.multicell.integrator.web.form.SettingsForms;
import io.multicell.integrator.web.form.SettingsPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

/**
 * "Settings > Telephony > Audio" (admin only): wideband calls with G.722 on or off, and what that does to the calls a
 * base station can carry; saved like PUT /api/v1/telephony/audio.
 */
@Path(Menu.TELEPHONY_AUDIO)
@RolesAllowed(Roles.ADMIN)
public class AudioPage extends SettingsPage<AudioRequest> {

    static final FormDefinition FORM = FormDefinition.builder("audio", Menu.TELEPHONY_AUDIO)
            .section("quality")
            .checkbox("g722Enabled")
            .readOnly("callsPerBaseStation")
            .build();

    public AudioPage(SettingsForms forms, TelephonyAdministration administration) {
        super(forms, FORM, administration::audio, AudioRequest.class, administration::updateAudio);
    }
}
