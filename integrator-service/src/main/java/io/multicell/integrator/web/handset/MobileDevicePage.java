package io.multicell.integrator.web.handset;

import io.multicell.integrator.handset.HandsetAdministration;
import io.multicell.integrator.handset.HandsetRequest;
import io.multicell.integrator.handset.MobileDeviceView;
import io.multicell.integrator.handset.RegStatus;
import io.multicell.integrator.provider.ProviderProfileView;
import io.multicell.integrator.provider.ProviderProfiles;
import io.multicell.integrator.security.Roles;
import io.multicell.integrator.web.Menu;
import io.multicell.integrator.web.Pages;
import io.multicell.integrator.web.form.Choice;
import io.multicell.integrator.web.form.EditConflict;
import io.multicell.integrator.web.form.FormDefinition;
import io.multicell.integrator.web.form.SettingsForms;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The manual's mobile devices data page, opened by Add and by Edit on the Mobile devices list (admin and user): every
 * field of a handset entry ("Settings for the handset": IPUI, RegStatus, PIN with Generate random PIN, names, DND and
 * the VoIP account), saved like POST / PUT /api/v1/mobile-devices. Add ("Register now") goes back to the list.
 */
@Path(Menu.MOBILE_DEVICES)
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class MobileDevicePage {

    static final String FORM_ID = "mobileDevice";
    static final String NEW = Menu.MOBILE_DEVICES + "/new";
    static final String GENERATE_PIN = Menu.MOBILE_DEVICES + "/generate-pin";

    private final SettingsForms forms;
    private final HandsetAdministration administration;
    private final ProviderProfiles providers;

    public MobileDevicePage(SettingsForms forms, HandsetAdministration administration, ProviderProfiles providers) {
        this.forms = forms;
        this.administration = administration;
        this.providers = providers;
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public Response add(@Context HttpHeaders headers) {
        return forms.page(headers, addForm(), blank(administration.generatePin()), null, generatePinButton());
    }

    /** Add: the entry is created as on POST /api/v1/mobile-devices; then the list shows it. */
    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(MultivaluedMap<String, String> form) {
        // A new entry cannot have been changed by another session: nothing to compare.
        form.remove(EditConflict.SHOWN);
        var created = new AtomicReference<MobileDeviceView>();
        String html = forms.submit(addForm(), form, () -> blank(""), HandsetRequest.class, request -> {
            created.set(administration.create(request));
            return created.get();
        });
        if (created.get() != null) {
            return Pages.htmxRedirect(Menu.MOBILE_DEVICES + "?notice=" + MobileDevicesPage.ADDED);
        }
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** "Generate random PIN": a new PIN in the PIN field; nothing is stored (POST /api/v1/mobile-devices/generate-pin). */
    @POST
    @Path("generate-pin")
    @Produces(MediaType.TEXT_HTML)
    public String generatePin() {
        return "<input type=\"text\" id=\"pin\" name=\"pin\" value=\"" + administration.generatePin() + "\">";
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response edit(@Context HttpHeaders headers, @PathParam("id") String id) {
        MobileDeviceView entry = administration.get(id);
        return forms.page(headers, editForm(id, entry), entry, null, generatePinButton());
    }

    /** Set: as PUT /api/v1/mobile-devices/{id}; a field another session changed meanwhile is reported, not overwritten. */
    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public String update(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        MobileDeviceView entry = administration.get(id);
        return forms.submit(editForm(id, entry), form, () -> administration.get(id), HandsetRequest.class,
                request -> administration.update(id, request));
    }

    private FormDefinition addForm() {
        return form(NEW, List.of(RegStatus.TO_REGISTER, RegStatus.NOT_REGISTERED), false);
    }

    /** RegStatus offers the current status and the changes the manual allows from it. */
    private FormDefinition editForm(String id, MobileDeviceView entry) {
        RegStatus current = RegStatus.valueOf(entry.regStatusCode());
        var statuses = new ArrayList<RegStatus>();
        statuses.add(current);
        statuses.addAll(current.adminTargets());
        return form(Menu.MOBILE_DEVICES + "/" + id, statuses, true);
    }

    private FormDefinition form(String path, List<RegStatus> statuses, boolean existing) {
        var builder = FormDefinition.builder(FORM_ID, path)
                .section("dect")
                .text("ipui")
                .select("regStatus", statuses.stream().map(s -> new Choice(s.label(), s.label())).toList())
                .text("pin")
                .text("handsetName")
                .checkbox("dnd")
                .section("internal")
                .text("internalNumber")
                .text("internalName")
                .section("voip")
                .select("voipAccount.providerProfileId", providerChoices())
                .text("voipAccount.authenticationName")
                .password("voipAccount.password")
                .text("voipAccount.username")
                .text("voipAccount.displayName");
        if (existing) {
            builder.section("state")
                    .readOnly("location")
                    .readOnly("type")
                    .readOnly("firmware")
                    .readOnly("sip.state")
                    .readOnly("sip.reason");
        }
        return builder.build();
    }

    /** The configured provider or PBX profiles; 0 is none (the entry has no SIP account). */
    private List<Choice> providerChoices() {
        var choices = new ArrayList<Choice>();
        choices.add(new Choice("0", "None"));
        for (ProviderProfileView profile : providers.list()) {
            if (profile.configured()) {
                choices.add(new Choice(Integer.toString(profile.id()), "IP" + profile.id() + " " + profile.name()
                        + " (" + profile.domain() + ")"));
            }
        }
        return choices;
    }

    /** What Add shows: the defaults of a new entry (any handset, To register, DND off, no VoIP account) and a PIN. */
    private static Map<String, Object> blank(String pin) {
        var values = new LinkedHashMap<String, Object>();
        values.put("ipui", "");
        values.put("regStatus", RegStatus.TO_REGISTER.label());
        values.put("pin", pin);
        values.put("dnd", false);
        values.put("voipAccount", Map.of("providerProfileId", 0));
        return values;
    }

    private static String generatePinButton() {
        return "<div class=\"actions\"><button type=\"button\" id=\"generate-pin\" hx-post=\"" + GENERATE_PIN
                + "\" hx-target=\"#pin\" hx-swap=\"outerHTML\">Generate random PIN</button>"
                + " <a href=\"" + Menu.MOBILE_DEVICES + "\" id=\"back\">Back to the list</a></div>";
    }
}
