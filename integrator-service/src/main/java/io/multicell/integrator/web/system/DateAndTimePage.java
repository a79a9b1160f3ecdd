package io.multicell.integrator.web.system;

import io.multicell.integrator.security.Roles;
import io.multicell.integrator.system.time.DateTimeConfiguration;
import io.multicell.integrator.system.time.DateTimeSettingsRequest;
import io.multicell.integrator.system.time.TimeZones;
import io.multicell.integrator.web.Menu;
import io.multicell.integrator.web.form.Choice;
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

/** "Settings > System > Date and time" (admin only): saved like PUT /api/v1/system/date-and-time; shows the system time. */
@Path(Menu.SYSTEM_DATE_AND_TIME)
@RolesAllowed(Roles.ADMIN)
public class DateAndTimePage {

    static final FormDefinition FORM = FormDefinition.builder("dateTime", Menu.SYSTEM_DATE_AND_TIME)
            .section("timeServer")
            .text("timeServers")
            .readOnly("lastSynchronisation")
            .section("timeZone")
            .select("timeZone", TimeZones.all().stream().map(z -> new Choice(z, z.replace('_', ' '))).toList())
            .checkbox("automaticDaylightSaving")
            .readOnly("systemTime")
            .section("localTimeServer")
            .checkbox("actAsLocalTimeServer")
            .build();

    private final SettingsForms forms;
    private final DateTimeConfiguration configuration;

    public DateAndTimePage(SettingsForms forms, DateTimeConfiguration configuration) {
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
        return forms.submit(FORM, form, configuration::current, DateTimeSettingsRequest.class, configuration::update);
    }
}
