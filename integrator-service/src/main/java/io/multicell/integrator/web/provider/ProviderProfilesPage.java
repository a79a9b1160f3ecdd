package io.multicell.integrator.web.provider;

import io.multicell.integrator.api.ConflictException;
import io.multicell.integrator.provider.ProviderProfileRequest;
import io.multicell.integrator.provider.ProviderProfileView;
import io.multicell.integrator.provider.ProviderProfiles;
import io.multicell.integrator.security.Roles;
import io.multicell.integrator.sip.SipGatewayUnreachableException;
import io.multicell.integrator.web.ListQuery;
import io.multicell.integrator.web.Menu;
import io.multicell.integrator.web.PageFrame;
import io.multicell.integrator.web.Pages;
import io.multicell.integrator.web.form.SettingsForms;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * "Settings > Provider or PBX profiles" (admin only): the 20 profiles ten at a time (Previous/Next), each with its name,
 * its domain or "Not configured" and how many handsets use it; Edit opens the profile's configuration page, Delete
 * returns it to its factory settings, refused while handsets use it. Every action is the REST API's
 * (/api/v1/provider-profiles) through the same {@link ProviderProfiles}.
 */
@Path(Menu.PROVIDER_PROFILES)
@RolesAllowed(Roles.ADMIN)
public class ProviderProfilesPage {

    static final List<ListQuery.Column> COLUMNS = List.of(
            new ListQuery.Column("name", "Name", false),
            new ListQuery.Column("domain", "Domain", false),
            new ListQuery.Column("usedByHandsets", "Used by handsets", false));
    /** The manual shows VoIP connections 1 to 10 and 11 to 20. */
    static final int PER_PAGE = 10;

    private final Template page;
    private final Template list;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final SettingsForms forms;
    private final ProviderProfiles profiles;

    public ProviderProfilesPage(@Location("provider/provider-profiles.html") Template page,
                                @Location("provider/provider-profiles-list.html") Template list, Pages pages,
                                SecurityIdentity identity, SettingsForms forms, ProviderProfiles profiles) {
        this.page = page;
        this.list = list;
        this.pages = pages;
        this.identity = identity;
        this.forms = forms;
        this.profiles = profiles;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@Context HttpHeaders headers, @QueryParam("page") Integer pageNumber) {
        PageFrame frame = pages.frame(identity, headers, pages.messages().providerProfilesTitle(), Menu.PROVIDER_PROFILES,
                pages.messages().helpProviderProfiles());
        return pages.render(frame, page.data("list", fragment(pageNumber, null, null).render()));
    }

    @GET
    @Path("list")
    @Produces(MediaType.TEXT_HTML)
    public String list(@QueryParam("page") Integer pageNumber) {
        return fragment(pageNumber, null, null).render();
    }

    /** Delete: back to the factory settings, or the API's reason why not; answers the list again. */
    @POST
    @Path("{id: \\d+}/delete")
    @Produces(MediaType.TEXT_HTML)
    public String delete(@PathParam("id") String id, @RestForm Integer page) {
        String name = profiles.get(id).name();
        try {
            profiles.delete(id);
            return fragment(page, name + " deleted: back to its factory settings.", null).render();
        } catch (ConflictException e) {
            return fragment(page, null, "Not deleted: " + e.rule() + ".").render();
        } catch (SipGatewayUnreachableException e) {
            return fragment(page, null, "Not deleted: the SIP gateway is not reachable; nothing changed.").render();
        }
    }

    /** The configuration page of one profile. */
    @GET
    @Path("{id: \\d+}")
    @Produces(MediaType.TEXT_HTML)
    public Response profile(@Context HttpHeaders headers, @PathParam("id") String id) {
        ProviderProfileView profile = profiles.get(id);
        return forms.page(headers, ProviderProfileForm.of(profile.id()), profile, backLink(profile), null, Menu.PROVIDER_PROFILES);
    }

    @POST
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public String set(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        int profileId = profiles.get(id).id();
        return forms.submit(ProviderProfileForm.of(profileId), form, () -> profiles.get(id), ProviderProfileRequest.class,
                request -> profiles.update(id, request));
    }

    private String backLink(ProviderProfileView profile) {
        return "<p class=\"back\"><a id=\"back-to-list\" href=\"" + Menu.PROVIDER_PROFILES + "?page=" + pageOf(profile.id())
                + "\">Provider or PBX profiles</a> &rsaquo; IP" + profile.id() + "</p>";
    }

    private TemplateInstance fragment(Integer pageNumber, String notice, String error) {
        List<ProviderProfileView> all = profiles.list();
        ListQuery query = ListQuery.of(null, null, null, null, PER_PAGE, pageNumber == null || pageNumber < 1 ? 1 : pageNumber, null);
        ListQuery.Result result = query.apply(COLUMNS,
                all.stream().map(p -> List.of(p.name(), p.domainLabel(), Integer.toString(p.usedByHandsets()))).toList(),
                all.stream().map(p -> Integer.toString(p.id())).toList());
        int current = result.query().page();
        return list.data("result", result)
                .data("paging", new Paging(Math.max(1, current - 1), Math.min(result.pages(), current + 1), current > 1,
                        current < result.pages(), result.total() == 0 ? 0 : (current - 1) * PER_PAGE + 1,
                        Math.min(result.total(), current * PER_PAGE)))
                .data("base", Menu.PROVIDER_PROFILES)
                .data("notice", notice)
                .data("error", error);
    }

    private static int pageOf(int id) {
        return (id - 1) / PER_PAGE + 1;
    }

    /** Previous/Next of the list and which profiles it shows. */
    @TemplateData
    public record Paging(int previous, int next, boolean hasPrevious, boolean hasNext, int first, int last) {
    }
}
