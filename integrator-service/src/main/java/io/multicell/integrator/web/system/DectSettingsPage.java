package io.multicell.integrator.web.system;

import io.multicell.integrator.security.Roles;
import io.multicell.integrator.setup.DectRadioBand;
import io.multicell.integrator.system.dect.DectConfiguration;
import io.multicell.integrator.system.dect.DectSettingsRequest;
import io.multicell.integrator.system.dect.EcoDectRadiationPower;
import io.multicell.integrator.web.Menu;
import io.multicell.integrator.web.form.FormDefinition;
import io.multicell.integrator.web.form.SettingsForms;
import io.multicell.integrator.web.form.SettingsPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

/** "Settings > System > DECT settings" (admin only): saved like PUT /api/v1/system/dect-settings. */
@Path(Menu.SYSTEM_DECT_SETTINGS)
@RolesAllowed(Roles.ADMIN)
public class DectSettingsPage extends SettingsPage<DectSettingsRequest> {

    static final FormDefinition FORM = FormDefinition.builder("dect", Menu.SYSTEM_DECT_SETTINGS)
            .section("eco")
            .select("ecoDectRadiationPower", EcoDectRadiationPower.class)
            .section("security")
            .checkbox("dectEncryption")
            .checkbox("earlyEncryptionAndReKeying")
            .checkbox("automaticReleaseForNonEncryptedCalls")
            .section("radio")
            .select("dectRadioBand", DectRadioBand.class)
            .build();

    public DectSettingsPage(SettingsForms forms, DectConfiguration configuration) {
        super(forms, FORM, configuration::current, DectSettingsRequest.class, configuration::update);
    }
}
