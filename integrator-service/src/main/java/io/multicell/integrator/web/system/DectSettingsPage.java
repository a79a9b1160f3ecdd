package io.multicell.integrator.web.system;

import io.multicell.integrator.security.Roles;
import io.multicell.integrator.setup.DectRadioBand;
import io.multicell.integrator.system.dect.DectConfiguration;
import io.multicell.integrator.system.dect.DectSettingsRequest;
import io.multicell.integrator.system.dect.EcoDectRadiationPower;
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

/** "Settings > System > DECT settings" (admin only): saved like PUT /api/v1/system/dect-settings. */
@Path(Menu.SYSTEM_DECT_SETTINGS)
@RolesAllowed(Roles.ADMIN)
public class DectSettingsPage {

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

    private final SettingsForms forms;
    private final DectConfiguration configuration;

    public DectSettingsPage(SettingsForms forms, DectConfiguration configuration) {
        this.forms = forms;
        this.configuration = configuration;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@Context HttpHeaders headers) {
        return forms.page(headers, FORM, configuration.current());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public String set(MultivaluedMap<String, String> form) {
        return forms.submit(FORM, form, configuration::current, DectSettingsRequest.class, configuration::update);
    }
}
