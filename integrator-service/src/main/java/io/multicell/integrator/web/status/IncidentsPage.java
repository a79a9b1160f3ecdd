package io.multicell.integrator.web.status;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.api.UnknownEntityException;
import io.multicell.integrator.incident.Incident;
import io.multicell.integrator.incident.IncidentCsv;
import io.multicell.integrator.incident.IncidentList;
import io.multicell.integrator.incident.IncidentResource;
import io.multicell.integrator.security.Roles;
import io.multicell.integrator.web.ListQuery;
import io.multicell.integrator.web.Menu;
import io.multicell.integrator.web.PageFrame;
import io.multicell.integrator.web.Pages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * "Status > Incidents" (admin and user; only the admin deletes): the manual's incident list (Timestamp, DECT Manager,
 * Incident Type, Severity, Info, with the base concerned) with the list functions, Download of the marked incidents
 * (none marked: all) as CSV, Delete of the marked ones and Refresh. Download and Delete are the API's
 * ({@link IncidentList}).
 */
@Path(Menu.INCIDENTS)
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class IncidentsPage {

    static final List<ListQuery.Column> COLUMNS = List.of(
            new ListQuery.Column("time", "Timestamp", false),
            new ListQuery.Column("dm", "DECT Manager", true),
            new ListQuery.Column("type", "Incident Type", false),
            new ListQuery.Column("severity", "Severity", false),
            new ListQuery.Column("base", "Base station", true),
            new ListQuery.Column("info", "Info", true));
    static final int SEVERITY = 3;

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Template page;
    private final Template list;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final IncidentList incidents;
    private final Clock clock;

    public IncidentsPage(@Location("status/incidents.html") Template page, @Location("status/incidents-list.html") Template list,
                         Pages pages, SecurityIdentity identity, IncidentList incidents, Clock clock) {
        this.page = page;
        this.list = list;
        this.pages = pages;
        this.identity = identity;
        this.incidents = incidents;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@Context HttpHeaders headers) {
        PageFrame frame = pages.frame(identity, headers, pages.messages().incidentsTitle(), Menu.INCIDENTS,
                pages.messages().helpIncidents());
        return pages.render(frame, page.data("columns", COLUMNS).data("pageSizes", ListQuery.PAGE_SIZES)
                .data("admin", frame.admin())
                .data("list", fragment(ListQuery.of(null, null, null, null, null, null, null), null, null).render()));
    }

    @GET
    @Path("list")
    @Produces(MediaType.TEXT_HTML)
    public String list(@QueryParam("search") String search, @QueryParam("searchIn") String searchIn,
                       @QueryParam("sort") String sort, @QueryParam("dir") String dir,
                       @QueryParam("pageSize") Integer pageSize, @QueryParam("page") Integer page,
                       @QueryParam("hide") List<String> hidden) {
        return fragment(ListQuery.of(search, searchIn, sort, dir, pageSize, page, hidden), null, null).render();
    }

    /** Download: the marked incidents (none or the box next to Timestamp: all) as CSV, like GET /api/v1/incidents/export. */
    @GET
    @Path("download")
    @Produces(IncidentResource.CSV)
    public Response download(@QueryParam("id") List<String> ids, @QueryParam("all") String all) {
        return IncidentResource.csv(incidents.marked(all != null ? List.of() : ids));
    }

    /** Delete (admin, after the browser's confirmation): the marked incidents, or all with the box next to Timestamp. */
    @POST
    @Path("delete")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.TEXT_HTML)
    public String delete(@RestForm("id") List<String> ids, @RestForm String all, @RestForm String search, @RestForm String searchIn,
                         @RestForm String sort, @RestForm String dir, @RestForm Integer pageSize, @RestForm List<String> hide) {
        ListQuery query = ListQuery.of(search, searchIn, sort, dir, pageSize, null, hide);
        boolean everything = all != null;
        if (!everything && (ids == null || ids.stream().allMatch(String::isBlank))) {
            return fragment(query, null, "Nothing deleted: mark the incidents to delete, or the box next to Timestamp for all.").render();
        }
        try {
            int deleted = incidents.delete(everything ? List.of() : ids);
            return fragment(query, deleted + (deleted == 1 ? " incident" : " incidents") + " deleted.", null).render();
        } catch (UnknownEntityException e) {
            return fragment(query, null, "Nothing deleted: an incident was deleted meanwhile by another session.").render();
        } catch (InvalidValueException e) {
            return fragment(query, null, "Nothing deleted: " + e.field() + " " + e.rule() + ".").render();
        }
    }

    private TemplateInstance fragment(ListQuery query, String notice, String error) {
        var rows = new ArrayList<List<String>>();
        var keys = new ArrayList<String>();
        for (Incident i : incidents.newest(IncidentList.MAX_LIMIT)) {
            rows.add(Arrays.asList(TIMESTAMP.format(i.occurredAt().atZone(clock.getZone())), text(i.source()), i.code(),
                    IncidentCsv.label(i.severity()), base(i), text(i.message())));
            keys.add(Long.toString(i.id()));
        }
        ListQuery.Result result = query.apply(COLUMNS, rows, keys);
        return list.data("result", result)
                .data("severityColumn", result.visible().indexOf(COLUMNS.get(SEVERITY)))
                .data("admin", identity.hasRole(Roles.ADMIN))
                .data("notice", notice)
                .data("error", error);
    }

    private static String base(Incident i) {
        if (i.baseMac() == null) {
            return text(i.baseName());
        }
        // A base without a name of its own is named by its MAC: show it once.
        return i.baseName() == null || i.baseName().equals(i.baseMac()) ? i.baseMac() : i.baseName() + " (" + i.baseMac() + ")";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
