package io.multicell.integrator.web;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.api.ConflictException;
import io.multicell.integrator.basestation.BaseStationAdministration;
import io.multicell.integrator.basestation.BaseStationListView;
import io.multicell.integrator.basestation.BaseStationView;
import io.multicell.integrator.basestation.ConfirmRequest;
import io.multicell.integrator.basestation.PendingBaseStationView;
import io.multicell.integrator.dm.DectManagerUnreachableException;
import io.multicell.integrator.security.Roles;
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
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * "Settings > Base stations > Administration" (admin only): the connected list with the manual's list functions and
 * the pending list with Confirm. The lists are a fragment that htmx asks for again every few seconds, so a base's
 * status (e.g. Sync) changes without a reload.
 */
@Path(Menu.BASE_STATIONS)
@RolesAllowed(Roles.ADMIN)
public class BaseStationsPage {

    static final List<ListQuery.Column> COLUMNS = List.of(
            new ListQuery.Column("name", "Name", false),
            new ListQuery.Column("mac", "MAC address", false),
            new ListQuery.Column("rpn", "RPN", true),
            new ListQuery.Column("dm", "DM Name", true),
            new ListQuery.Column("status", "Status", false),
            new ListQuery.Column("syncLevel", "Sync Level", true),
            new ListQuery.Column("cluster", "Cluster", true),
            new ListQuery.Column("ip", "IP address", true),
            new ListQuery.Column("firmware", "Firmware", true));

    private final Template page;
    private final Template lists;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final BaseStationAdministration administration;
    private final WebConfig config;

    public BaseStationsPage(@Location("base-stations.html") Template page,
                            @Location("base-stations-lists.html") Template lists, Pages pages, SecurityIdentity identity,
                            BaseStationAdministration administration, WebConfig config) {
        this.page = page;
        this.lists = lists;
        this.pages = pages;
        this.identity = identity;
        this.administration = administration;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@Context HttpHeaders headers) {
        PageFrame frame = pages.frame(identity, headers, "Base stations administration", Menu.BASE_STATIONS,
                "Base stations connected to the DECT manager and the ones waiting to be confirmed (pending).");
        ListQuery query = ListQuery.of(null, null, null, null, null, null, null);
        return pages.render(frame, page.data("columns", COLUMNS).data("pageSizes", ListQuery.PAGE_SIZES)
                .data("refreshMillis", config.statusRefresh().toMillis())
                .data("lists", fragment(query, null, null).render()));
    }

    @GET
    @Path("lists")
    @Produces(MediaType.TEXT_HTML)
    public String lists(@QueryParam("search") String search, @QueryParam("searchIn") String searchIn,
                        @QueryParam("sort") String sort, @QueryParam("dir") String dir,
                        @QueryParam("pageSize") Integer pageSize, @QueryParam("page") Integer page,
                        @QueryParam("hide") List<String> hidden) {
        return fragment(ListQuery.of(search, searchIn, sort, dir, pageSize, page, hidden), null, null).render();
    }

    /** Confirms a pending base with the defaults of "Adding base stations"; answers the refreshed lists. */
    @POST
    @Path("confirm")
    @Produces(MediaType.TEXT_HTML)
    public String confirm(@RestForm String mac, @RestForm Integer syncLevel, @RestForm String search, @RestForm String searchIn,
                          @RestForm String sort, @RestForm String dir, @RestForm Integer pageSize) {
        ListQuery query = ListQuery.of(search, searchIn, sort, dir, pageSize, null, null);
        try {
            BaseStationView confirmed = administration.confirm(new ConfirmRequest(mac, null, null, null, null, null, null,
                    syncLevel, null, null, null, null));
            return fragment(query, confirmed.name() + " (" + confirmed.mac() + ") confirmed.", null).render();
        } catch (ConflictException e) {
            // Another session confirmed it meanwhile: say so, and show the lists as they are now.
            return fragment(query, null, "Changed by another session: " + mac + " " + e.rule() + ".").render();
        } catch (InvalidValueException e) {
            return fragment(query, null, mac + ": " + e.rule() + ".").render();
        } catch (DectManagerUnreachableException e) {
            return fragment(query, null, "The DECT manager is not reachable; nothing changed.").render();
        }
    }

    private TemplateInstance fragment(ListQuery query, String notice, String error) {
        BaseStationListView view = administration.list();
        var rows = new ArrayList<List<String>>();
        var keys = new ArrayList<String>();
        for (BaseStationView b : view.connected()) {
            rows.add(java.util.Arrays.asList(b.name(), b.mac(), text(b.rpn()), text(b.dmName()), b.status(),
                    b.syncLevelLabel(), Integer.toString(b.cluster()), text(b.ipAddress()), text(b.firmware())));
            keys.add(b.mac());
        }
        List<PendingBaseStationView> pending = view.pending();
        return lists.data("result", query.apply(COLUMNS, rows, keys))
                // The first base of a system is its sync master (level 1); the following ones synchronise to it.
                .data("syncLevels", java.util.stream.IntStream.rangeClosed(1, 10).boxed().toList())
                .data("defaultSyncLevel", view.connected().isEmpty() ? 1 : 2)
                .data("pending", pending)
                .data("dmConnected", view.dmConnected())
                .data("notice", notice)
                .data("error", error);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
