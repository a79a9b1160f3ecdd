package io.multicell.integrator.web.basestation;

import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.sync.SyncSettings;
import io.multicell.integrator.basestation.BaseStationAdministration;
import io.multicell.integrator.basestation.BaseStationView;
import io.multicell.integrator.basestation.SyncSettingsRequest;
import io.multicell.integrator.basestation.Synchronisation;
import io.multicell.integrator.basestation.SynchronisationRow;
import io.multicell.integrator.dm.DectManagerUnreachableException;
import io.multicell.integrator.security.Roles;
import io.multicell.integrator.basestation.LiveStateReader;
import io.multicell.integrator.web.ListQuery;
import io.multicell.integrator.web.Menu;
import io.multicell.integrator.web.PageFrame;
import io.multicell.integrator.web.Pages;
import io.multicell.integrator.web.WebConfig;
import io.multicell.integrator.web.form.Choice;
import io.multicell.integrator.web.form.FormDefinition;
import io.multicell.integrator.web.form.SettingsForms;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.jboss.resteasy.reactive.RestForm;

/**
 * "Settings > Base stations > Synchronisation" (admin only): the manual's list of synchronised base stations (live,
 * refreshed without a reload), editing one base's sync settings (Cluster, DECT Level, Sync Slave, LAN Master,
 * redundancy sync master; saved like PUT /api/v1/base-stations/{mac}/synchronisation) and the cluster configuration:
 * Synchronise all, and Synchronise one cluster via DECT or LAN (POST /api/v1/base-stations/synchronisation/...).
 */
@Path(Menu.SYNCHRONISATION)
@RolesAllowed(Roles.ADMIN)
public class SynchronisationPage {

    static final List<ListQuery.Column> COLUMNS = List.of(
            new ListQuery.Column("mac", "MAC address", false),
            new ListQuery.Column("name", "Base station", false),
            new ListQuery.Column("dm", "DM Name", true),
            new ListQuery.Column("cluster", "Cluster", false),
            new ListQuery.Column("syncLevel", "Sync Level", false),
            new ListQuery.Column("lanMaster", "LAN Master", true),
            new ListQuery.Column("syncSlave", "Sync Slave", true),
            new ListQuery.Column("status", "Status", false),
            new ListQuery.Column("reference", "Reference", true));

    static final List<Choice> SYNC_SLAVES = List.of(new Choice("", "(sync master)"), new Choice("DECT", "DECT"), new Choice("LAN", "LAN"));

    /** The sync settings of one base; posted to the base's own path (see {@link #formFor}). */
    static final FormDefinition FORM = FormDefinition.builder("synchronisation", Menu.SYNCHRONISATION)
            .section("sync")
            .select("cluster", numbers(SyncSettings.MAX_CLUSTER))
            .select("syncLevel", numbers(SyncSettings.MAX_SYNC_LEVEL))
            .select("syncSlave", SYNC_SLAVES)
            .checkbox("lanMaster")
            .checkbox("syncMasterRedundancy")
            .build();

    /** Event (HX-Trigger) after which the page fetches its list at once. */
    static final String CHANGED_EVENT = "synchronisation-changed";

    private final Template page;
    private final Template list;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final SettingsForms forms;
    private final Synchronisation synchronisation;
    private final BaseStationAdministration administration;
    private final LiveStateReader liveState;
    private final WebConfig config;

    public SynchronisationPage(@Location("basestation/synchronisation.html") Template page,
                               @Location("basestation/synchronisation-list.html") Template list, Pages pages,
                               SecurityIdentity identity, SettingsForms forms, Synchronisation synchronisation,
                               BaseStationAdministration administration, LiveStateReader liveState, WebConfig config) {
        this.page = page;
        this.list = list;
        this.pages = pages;
        this.identity = identity;
        this.forms = forms;
        this.synchronisation = synchronisation;
        this.administration = administration;
        this.liveState = liveState;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@Context HttpHeaders headers) {
        FormDefinition form = forms.localized(FORM);
        PageFrame frame = pages.frame(identity, headers, form.title(), Menu.SYNCHRONISATION, form.pageHelp());
        List<SynchronisationRow> rows = synchronisation.list();
        List<Integer> clusters = rows.stream().map(SynchronisationRow::cluster).distinct().sorted().toList();
        return pages.render(frame, page.data("columns", COLUMNS).data("pageSizes", ListQuery.PAGE_SIZES)
                .data("refreshMillis", config.statusRefresh().toMillis())
                .data("changedEvent", CHANGED_EVENT)
                .data("dmName", liveState.read().dmName())
                .data("clusters", clusters.isEmpty() ? List.of(1) : clusters)
                .data("list", fragment(ListQuery.of(null, null, null, null, null, null, null)).render()));
    }

    @GET
    @Path("list")
    @Produces(MediaType.TEXT_HTML)
    public String list(@QueryParam("search") String search, @QueryParam("searchIn") String searchIn,
                       @QueryParam("sort") String sort, @QueryParam("dir") String dir,
                       @QueryParam("pageSize") Integer pageSize, @QueryParam("page") Integer page,
                       @QueryParam("hide") List<String> hidden) {
        return fragment(ListQuery.of(search, searchIn, sort, dir, pageSize, page, hidden)).render();
    }

    /** The sync settings of one base as a form (Edit in the list). */
    @GET
    @Path("{mac}")
    @Produces(MediaType.TEXT_HTML)
    public String edit(@PathParam("mac") String mac) {
        MacAddress address = MacAddress.parse(mac);
        BaseStationView base = administration.get(address);
        return heading(base) + forms.render(formFor(address), base, null);
    }

    /** Set: the base's sync settings, validated and saved like PUT /api/v1/base-stations/{mac}/synchronisation. */
    @POST
    @Path("{mac}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response set(@PathParam("mac") String mac, MultivaluedMap<String, String> form) {
        MacAddress address = MacAddress.parse(mac);
        String html = forms.submit(formFor(address), form, () -> administration.get(address), SyncSettingsRequest.class,
                request -> administration.update(address, request.settings()));
        return Response.ok(html).header("HX-Trigger", CHANGED_EVENT).build();
    }

    /** "Synchronising all clusters of the DECT manager": Synchronise all. */
    @POST
    @Path("synchronise-all")
    @Produces(MediaType.TEXT_HTML)
    public Response synchroniseAll() {
        return outcome(() -> "Synchronise all: " + changed(synchronisation.synchroniseAll()) + ".");
    }

    /** "Synchronising a specific cluster of the DECT manager": via DECT or LAN as chosen in its Sync Slave option menu. */
    @POST
    @Path("clusters/{cluster}/synchronise")
    @Produces(MediaType.TEXT_HTML)
    public Response synchroniseCluster(@PathParam("cluster") String cluster, @RestForm String syncSlave) {
        return outcome(() -> "Cluster " + cluster.strip() + " synchronised via " + syncSlave + ": "
                + changed(synchronisation.synchroniseCluster(cluster, syncSlave)) + ".");
    }

    static FormDefinition formFor(MacAddress mac) {
        return new FormDefinition(FORM.id(), Menu.SYNCHRONISATION + "/" + mac.value(), FORM.title(), FORM.pageHelp(), FORM.sections());
    }

    private Response outcome(java.util.function.Supplier<String> action) {
        try {
            return Response.ok("<p class=\"notice\" id=\"cluster-notice\">" + escape(action.get()) + "</p>")
                    .header("HX-Trigger", CHANGED_EVENT).build();
        } catch (InvalidValueException e) {
            return Response.ok("<p class=\"error\" id=\"cluster-notice\">Not synchronised: <span class=\"rule\" id=\""
                    + escape(e.field()) + "-rule\">" + escape(e.field() + ": " + e.rule()) + "</span></p>").build();
        } catch (DectManagerUnreachableException e) {
            return Response.ok("<p class=\"error\" id=\"cluster-notice\">Not synchronised: the DECT manager is not reachable.</p>").build();
        }
    }

    private TemplateInstance fragment(ListQuery query) {
        var rows = new ArrayList<List<String>>();
        var keys = new ArrayList<String>();
        for (SynchronisationRow r : synchronisation.list()) {
            rows.add(Arrays.asList(r.mac(), r.name(), text(r.dmName()), Integer.toString(r.cluster()), r.syncLevelLabel(),
                    r.lanMaster() ? "✓" : "", text(r.syncSlave()), r.status(), reference(r)));
            keys.add(r.mac());
        }
        return list.data("result", query.apply(COLUMNS, rows, keys)).data("dmConnected", liveState.read().dmConnected());
    }

    private static String heading(BaseStationView base) {
        return "<h2 id=\"sync-edit-title\">" + escape(base.name()) + " (" + escape(base.mac()) + ")</h2>";
    }

    /** The manual's Reference column: the sync type (1, D, L) and the reference, e.g. "D Cluster 1". */
    private static String reference(SynchronisationRow r) {
        return (text(r.syncType()) + " " + text(r.reference())).strip();
    }

    private static String changed(int bases) {
        return bases + (bases == 1 ? " base station" : " base stations") + " changed status";
    }

    private static List<Choice> numbers(int max) {
        return IntStream.rangeClosed(1, max).mapToObj(i -> new Choice(Integer.toString(i), Integer.toString(i))).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
