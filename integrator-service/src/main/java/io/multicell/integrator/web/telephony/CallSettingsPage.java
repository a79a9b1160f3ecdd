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
import io.multicell.integrator.web.form.Choice;
import io.multicell.integrator.web.form.FormDefinition;
import io.multicell.integrator.web.form.SettingsForms;
import io.multicell.integrator.web.form.SettingsPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * "Settings > Telephony > Call settings" (admin only): call transfer, the access code and when it is prefixed, and the
 * area codes; saved like PUT /api/v1/telephony/call-settings.
 */
@Path(Menu.TELEPHONY_CALL_SETTINGS)
@RolesAllowed(Roles.ADMIN)
public class CallSettingsPage extends SettingsPage<CallSettingsRequest> {

    static final FormDefinition FORM = FormDefinition.builder("callSettings", Menu.TELEPHONY_CALL_SETTINGS)
            .section("transfer")
            .checkbox("transferByRKey")
            .checkbox("transferOnHook")
            .select("transferTarget", TransferTarget.class)
            .section("accessCode")
            .text("accessCode")
            .select("accessCodeUse", AccessCodeUse.class)
            .section("country")
            .select("country", countries())
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

    /** Choosing a country fills in its prefixes at once, as Set would; Other leaves them as they are. */
    static List<Choice> countries() {
        return Arrays.stream(Country.values()).map(c -> new Choice(c.name(), c.label(), !c.fillsPrefixes() ? Map.of()
                : Map.of("internationalPrefix", c.internationalPrefix(), "internationalAreaCode", c.countryCode(),
                        "localPrefix", c.nationalPrefix()))).toList();
    }

    public CallSettingsPage(SettingsForms forms, TelephonyAdministration administration) {
        super(forms, FORM, administration::callSettings, CallSettingsRequest.class, administration::updateCallSettings);
    }
}
