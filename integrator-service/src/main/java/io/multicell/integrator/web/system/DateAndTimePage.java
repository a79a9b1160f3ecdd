package io.multicell.integrator.web.system;

import io.multicell.integrator.security.Roles;
import io.multicell.integrator.system.time.DateTimeConfiguration;
import io.multicell.integrator.system.time.DateTimeSettingsRequest;
import io.multicell.integrator.system.time.TimeZones;
import io.multicell.integrator.web.Menu;
import io.multicell.integrator.web.form.Choice;
import io.multicell.integrator.web.form.FormDefinition;
import io.multicell.integrator.web.form.SettingsForms;
import io.multicell.integrator.web.form.SettingsPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

/** "Settings > System > Date and time" (admin only): saved like PUT /api/v1/system/date-and-time; shows the system time. */
@Path(Menu.SYSTEM_DATE_AND_TIME)
@RolesAllowed(Roles.ADMIN)
public class DateAndTimePage extends SettingsPage<DateTimeSettingsRequest> {

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

    public DateAndTimePage(SettingsForms forms, DateTimeConfiguration configuration) {
        super(forms, FORM, configuration::current, DateTimeSettingsRequest.class, configuration::update);
    }
}
