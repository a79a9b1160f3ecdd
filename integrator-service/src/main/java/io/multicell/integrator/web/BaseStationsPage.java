package io.multicell.integrator.web;

import io.multicell.core.InvalidValueException;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.multicell.core.identity.MacAddress;
import io.multicell.integrator.api.ConflictException;
import io.multicell.integrator.api.UnknownEntityException;
import io.multicell.integrator.basestation.BaseStationAdministration;
import io.multicell.integrator.basestation.BaseStationListView;
import io.multicell.integrator.basestation.BaseStationView;
import io.multicell.integrator.basestation.ConfirmRequest;
import io.multicell.integrator.basestation.ExportRequest;
import io.multicell.integrator.basestation.ImportResult;
import io.multicell.integrator.basestation.PendingBaseStationView;
import io.multicell.integrator.basestation.LiveStateReader;
import io.multicell.integrator.basestation.PlanCoordinator;
import io.multicell.integrator.basestation.TransferDocument;
import io.multicell.integrator.basestation.BaseStationTransfer;
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
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * "Settings > Base stations > Administration" (admin only): the connected list with the manual's list functions, Edit
 * (the data page, {@code web.basestation.BaseStationPage}), Delete of the marked bases after a Yes, Export of the
 * marked (or all) bases and Import of an export file; the LED status display of all bases; the pending list with
 * Confirm. The lists are a fragment that htmx asks for again every few seconds, so a base's status (e.g. Sync) changes
 * without a reload; the marks and the page survive the refresh because the refresh sends them along.
 */
@Path(Menu.BASE_STATIONS)
@RolesAllowed(Roles.ADMIN)
public class BaseStationsPage {

    static final List<ListQuery.Column> COLUMNS = List.of(
            new ListQuery.Column("name", "Base station", false),
            new ListQuery.Column("mac", "MAC address", false),
            new ListQuery.Column("rpn", "RPN", true),
            new ListQuery.Column("dm", "DM Name", true),
            new ListQuery.Column("status", "Status", false),
            new ListQuery.Column("syncLevel", "Sync Level", true),
            new ListQuery.Column("cluster", "Cluster", true),
            new ListQuery.Column("ip", "IP address", true),
            new ListQuery.Column("firmware", "FW", true));

    /** Notices a redirect to this page may ask for (never text from the request). */
    public static final String ADDED = "added";
    public static final String DELETED = "deleted";

    /** Event (HX-Trigger) after which the page fetches its lists at once. */
    static final String CHANGED_EVENT = "base-stations-changed";

    private static final Pattern IMPORT_ROW = Pattern.compile("baseStations\\[(\\d+)]\\.?(.*)");

    private final Template page;
    private final Template lists;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final BaseStationAdministration administration;
    private final BaseStationTransfer transfer;
    private final PlanCoordinator coordinator;
    private final LiveStateReader liveState;
    private final ObjectMapper mapper;
    private final WebConfig config;

    public BaseStationsPage(@Location("base-stations.html") Template page,
                            @Location("base-stations-lists.html") Template lists, Pages pages, SecurityIdentity identity,
                            BaseStationAdministration administration, BaseStationTransfer transfer,
                            PlanCoordinator coordinator, LiveStateReader liveState, ObjectMapper mapper, WebConfig config) {
        this.page = page;
        this.lists = lists;
        this.pages = pages;
        this.identity = identity;
        this.administration = administration;
        this.transfer = transfer;
        this.coordinator = coordinator;
        this.liveState = liveState;
        this.mapper = mapper;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@Context HttpHeaders headers, @QueryParam("notice") String notice) {
        PageFrame frame = pages.frame(identity, headers, pages.messages().baseStationsTitle(), Menu.BASE_STATIONS,
                pages.messages().helpBaseStationsPage());
        ListQuery query = ListQuery.of(null, null, null, null, null, null, null);
        String message = ADDED.equals(notice) ? "Base station added to the connected base stations."
                : DELETED.equals(notice) ? "Base station deleted; while it is on the LAN it is pending again." : null;
        return pages.render(frame, page.data("columns", COLUMNS).data("pageSizes", ListQuery.PAGE_SIZES)
                .data("refreshMillis", config.statusRefresh().toMillis())
                .data("changedEvent", CHANGED_EVENT)
                .data("notice", message)
                .data("ledDisplay", coordinator.ledDisplay())
                .data("dmName", liveState.read().dmName())
                .data("lists", fragment(query, List.of(), null, null).render()));
    }

    @GET
    @Path("lists")
    @Produces(MediaType.TEXT_HTML)
    public String lists(@QueryParam("search") String search, @QueryParam("searchIn") String searchIn,
                        @QueryParam("sort") String sort, @QueryParam("dir") String dir,
                        @QueryParam("pageSize") Integer pageSize, @QueryParam("page") Integer page,
                        @QueryParam("hide") List<String> hidden, @QueryParam("mac") List<String> marked) {
        return fragment(ListQuery.of(search, searchIn, sort, dir, pageSize, page, hidden), marked, null, null).render();
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
            return fragment(query, List.of(), confirmed.name() + " (" + confirmed.mac() + ") confirmed.", null).render();
        } catch (ConflictException e) {
            // Another session confirmed it meanwhile: say so, and show the lists as they are now.
            return fragment(query, List.of(), null, "Changed by another session: " + mac + " " + e.rule() + ".").render();
        } catch (InvalidValueException e) {
            return fragment(query, List.of(), null, mac + ": " + e.rule() + ".").render();
        } catch (DectManagerUnreachableException e) {
            return fragment(query, List.of(), null, "The DECT manager is not reachable; nothing changed.").render();
        }
    }

    /** "Delete" after "Yes": the marked bases, all or nothing (like DELETE /api/v1/base-stations?mac=...). */
    @POST
    @Path("delete")
    @Produces(MediaType.TEXT_HTML)
    public Response delete(@RestForm("mac") List<String> macs) {
        if (macs == null || macs.isEmpty()) {
            return outcome("error", "Not deleted: mark the base stations to delete with the check box next to them.");
        }
        try {
            administration.delete(macs.stream().map(MacAddress::parse).toList());
            return changed(outcome("notice", (macs.size() == 1 ? "1 base station" : macs.size() + " base stations")
                    + " deleted; while on the LAN they are pending again."));
        } catch (UnknownEntityException e) {
            return changed(outcome("error", "Not deleted: a marked base station was deleted by another session meanwhile; nothing changed."));
        } catch (InvalidValueException e) {
            return outcome("error", "Not deleted: mac " + e.rule() + "; nothing changed.");
        } catch (DectManagerUnreachableException e) {
            return outcome("error", "Not deleted: the DECT manager is not reachable; nothing changed.");
        }
    }

    /** "Export": the marked bases (none marked: all) as the API's export file (POST /api/v1/base-stations/export). */
    @GET
    @Path("export")
    @Produces(MediaType.APPLICATION_JSON)
    public Response export(@QueryParam("mac") List<String> macs) {
        TransferDocument file = transfer.export(new ExportRequest(macs == null ? List.of() : macs));
        return Response.ok(file).header("Content-Disposition", "attachment; filename=\"base-stations.json\"").build();
    }

    /**
     * "Import": an export file into this DECT manager, with the IP address type chosen for all bases (empty: as in the
     * file), validated as a whole like POST /api/v1/base-stations/import; a refused file names its entry and the rule.
     */
    @POST
    @Path("import")
    @Produces(MediaType.TEXT_HTML)
    public Response importFile(@RestForm("file") FileUpload file, @RestForm String ipAddressType) {
        if (file == null || file.uploadedFile() == null) {
            return outcome("error", "Not imported: choose an export file first.");
        }
        TransferDocument document;
        try {
            document = mapper.readValue(Files.readAllBytes(file.uploadedFile()), TransferDocument.class);
        } catch (JacksonException e) {
            return outcome("error", "Not imported: " + file.fileName() + " is not an export file of the base stations.");
        } catch (IOException e) {
            return outcome("error", "Not imported: the file could not be read.");
        }
        try {
            ImportResult result = transfer.importDocument(document,
                    ipAddressType == null || ipAddressType.isBlank() ? null : ipAddressType);
            return changed(Response.ok(importResult(file.fileName(), result), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build());
        } catch (InvalidValueException e) {
            return outcome("error", "Not imported: " + refusal(document, e) + "; nothing changed.");
        } catch (DectManagerUnreachableException e) {
            return outcome("error", "Not imported: the DECT manager is not reachable; nothing changed.");
        }
    }

    /** "Enabling/Disabling LED status display": Yes/No for all bases (PUT /api/v1/base-stations/led-display). */
    @POST
    @Path("led-display")
    @Produces(MediaType.TEXT_HTML)
    public String ledDisplay(@RestForm String enabled) {
        if (!"true".equals(enabled) && !"false".equals(enabled)) {
            return "<p class=\"error\" id=\"led-outcome\">Not set: choose Yes or No.</p>";
        }
        try {
            coordinator.setLedDisplay(Boolean.parseBoolean(enabled));
            return "<p class=\"notice\" id=\"led-outcome\">LED status display " + (coordinator.ledDisplay() ? "enabled" : "disabled")
                    + " on all base stations.</p>";
        } catch (DectManagerUnreachableException e) {
            return "<p class=\"error\" id=\"led-outcome\">Not set: the DECT manager is not reachable; nothing changed.</p>";
        }
    }

    /** The import's outcome: what was added, changed and skipped. */
    private static String importResult(String fileName, ImportResult result) {
        var html = new StringBuilder("<div class=\"notice\" id=\"import-result\"><p id=\"imported\">")
                .append(result.imported()).append(result.imported() == 1 ? " base station" : " base stations")
                .append(" imported from ").append(escape(fileName))
                .append(". Please review your sync settings after a base station import.</p><ul>");
        item(html, "added", "Added", result.added());
        item(html, "changed", "Changed", result.changed());
        item(html, "skipped", "Not imported (the local base station stays with its DECT manager)", result.skipped());
        return html.append("</ul></div>").toString();
    }

    private static void item(StringBuilder html, String id, String label, List<String> macs) {
        if (!macs.isEmpty()) {
            html.append("<li id=\"import-").append(id).append("\">").append(label).append(": ")
                    .append(escape(String.join(", ", macs))).append("</li>");
        }
    }

    /** The broken rule with the entry of the file it is about: "base station 2 of the file (MAC ...): cluster must be 1..9". */
    static String refusal(TransferDocument document, InvalidValueException e) {
        Matcher row = IMPORT_ROW.matcher(e.field());
        if (!row.matches()) {
            return e.field() + " " + e.rule();
        }
        int index = Integer.parseInt(row.group(1));
        String mac = document.baseStations() != null && index < document.baseStations().size()
                && document.baseStations().get(index) != null ? document.baseStations().get(index).mac() : null;
        String field = row.group(2).isEmpty() ? "" : row.group(2) + " ";
        return "base station " + (index + 1) + " of the file" + (mac == null ? "" : " (MAC " + mac + ")") + ": " + field + e.rule();
    }

    private static Response outcome(String kind, String text) {
        return Response.ok("<p class=\"" + kind + "\" id=\"outcome-" + kind + "\">" + escape(text) + "</p>",
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private static Response changed(Response response) {
        return Response.fromResponse(response).header("HX-Trigger", CHANGED_EVENT).build();
    }

    private TemplateInstance fragment(ListQuery query, List<String> marked, String notice, String error) {
        BaseStationListView view = administration.list();
        var rows = new ArrayList<List<String>>();
        var keys = new ArrayList<String>();
        for (BaseStationView b : view.connected()) {
            rows.add(Arrays.asList(b.name(), b.mac(), text(b.rpn()), text(b.dmName()), b.status(),
                    b.syncLevelLabel(), Integer.toString(b.cluster()), text(b.ipAddress()), text(b.firmware())));
            keys.add(b.mac());
        }
        List<PendingBaseStationView> pending = view.pending();
        return lists.data("result", query.apply(COLUMNS, rows, keys))
                .data("marked", marked == null ? Set.of() : Set.copyOf(marked))
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

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
