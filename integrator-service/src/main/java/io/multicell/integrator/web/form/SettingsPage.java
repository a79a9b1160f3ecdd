package io.multicell.integrator.web.form;

import io.multicell.integrator.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A page that is one settings form and nothing else: GET shows the stored settings, Set saves them through the API's
 * request record {@code R} (same rules, the conflicting-edit check of {@link SettingsForms}). A subclass gives its
 * path and its form; VoIP, Audio, Call settings, IP/LAN, Date and time and DECT settings are such pages.
 *
 * <p>Admin only, here: Quarkus takes the roles of a resource method from the class that declares it, so a subclass's
 * {@code @RolesAllowed} would not cover {@link #show} and {@link #set} (the user role got the VoIP page; a test keeps it
 * closed). The manual keeps every settings page but the Mobile devices pages for the admin, and those are no
 * SettingsPage; a settings page open to the user would need its own methods.
 */
@RolesAllowed(Roles.ADMIN)
public abstract class SettingsPage<R> {

    private final SettingsForms forms;
    private final FormDefinition form;
    private final Supplier<?> stored;
    private final Class<R> requestType;
    private final Function<R, ?> update;

    protected SettingsPage(SettingsForms forms, FormDefinition form, Supplier<?> stored, Class<R> requestType,
                           Function<R, ?> update) {
        this.forms = forms;
        this.form = form;
        this.stored = stored;
        this.requestType = requestType;
        this.update = update;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@Context HttpHeaders headers) {
        return forms.page(headers, form, stored.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public String set(MultivaluedMap<String, String> submitted) {
        return forms.submit(form, submitted, stored, requestType, update);
    }
}
