package io.multicell.integrator.web.handset;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.multicell.core.InvalidValueException;
import io.multicell.integrator.api.UnknownEntityException;
import io.multicell.integrator.dm.DectManagerUnreachableException;
import io.multicell.integrator.handset.HandsetAdministration;
import io.multicell.integrator.handset.HandsetTransfer;
import io.multicell.integrator.handset.MobileDeviceExport;
import io.multicell.integrator.handset.MobileDeviceExportRequest;
import io.multicell.integrator.handset.MobileDeviceView;
import io.multicell.integrator.security.Roles;
import io.multicell.integrator.web.ListQuery;
import io.multicell.integrator.web.Menu;
import io.multicell.integrator.web.PageFrame;
import io.multicell.integrator.web.Pages;
import io.multicell.integrator.web.WebConfig;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * "Settings > Mobile devices > Administration" (admin and user, as the manual says): the Mobile devices list with the
 * manual's columns and list functions, Add and Edit (the data page, {@link MobileDevicePage}), Delete of the selected
 * entries after a Yes, Export of the selected (or all) entries and Import of an export file. The list is a fragment
 * htmx asks for again every few seconds, so a handset turning Registered shows without a reload; the selection and the
 * page survive the refresh because the refresh sends them along.
 */
@Path(Menu.MOBILE_DEVICES)
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class MobileDevicesPage {

    /** The manual's columns of the Mobile devices list; IPUI and the DECT status cannot be hidden. */
    static final List<ListQuery.Column> COLUMNS = List.of(
            new ListQuery.Column("ipui", "IPUI", false),
            new ListQuery.Column("handsetName", "Name", true),
            new ListQuery.Column("location", "Location", true),
            new ListQuery.Column("dect", "DECT", false),
            new ListQuery.Column("dnd", "DND", true),
            new ListQuery.Column("type", "Type", true),
            new ListQuery.Column("firmware", "FW", true),
            new ListQuery.Column("pin", "PIN", true),
            new ListQuery.Column("username", "Username", true),
            new ListQuery.Column("displayName", "Display name", true),
            new ListQuery.Column("sip", "SIP", true),
            new ListQuery.Column("internalNumber", "Internal nr", true),
            new ListQuery.Column("internalName", "Internal name", true));

    /** Notices a redirect to this page may ask for (never text from the request). */
    static final String ADDED = "added";

    private final Template page;
    private final Template list;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final HandsetAdministration administration;
    private final HandsetTransfer transfer;
    private final ObjectMapper mapper;
    private final WebConfig config;

    public MobileDevicesPage(@Location("handset/mobile-devices.html") Template page,
                             @Location("handset/mobile-devices-list.html") Template list, Pages pages,
                             SecurityIdentity identity, HandsetAdministration administration, HandsetTransfer transfer,
                             ObjectMapper mapper, WebConfig config) {
        this.page = page;
        this.list = list;
        this.pages = pages;
        this.identity = identity;
        this.administration = administration;
        this.transfer = transfer;
        this.mapper = mapper;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@Context HttpHeaders headers, @QueryParam("notice") String notice) {
        PageFrame frame = pages.frame(identity, headers, pages.messages().mobileDevicesTitle(), Menu.MOBILE_DEVICES,
                pages.messages().helpMobileDevices());
        ListQuery query = ListQuery.of(null, null, null, null, null, null, null);
        String message = ADDED.equals(notice) ? "Handset entry added." : null;
        return pages.render(frame, page.data("columns", COLUMNS).data("pageSizes", ListQuery.PAGE_SIZES)
                .data("refreshMillis", config.statusRefresh().toMillis())
                .data("list", fragment(query, List.of(), message, null).render()));
    }

    @GET
    @Path("list")
    @Produces(MediaType.TEXT_HTML)
    public String list(@QueryParam("search") String search, @QueryParam("searchIn") String searchIn,
                       @QueryParam("sort") String sort, @QueryParam("dir") String dir,
                       @QueryParam("pageSize") Integer pageSize, @QueryParam("page") Integer page,
                       @QueryParam("hide") List<String> hidden, @QueryParam("id") List<String> selected) {
        return fragment(ListQuery.of(search, searchIn, sort, dir, pageSize, page, hidden), selected, null, null).render();
    }

    /** "Delete" after "Yes": the selected entries, all or nothing (like DELETE /api/v1/mobile-devices?id=...). */
    @POST
    @Path("delete")
    @Produces(MediaType.TEXT_HTML)
    public String delete(@RestForm("id") List<String> ids, @RestForm String search, @RestForm String searchIn,
                         @RestForm String sort, @RestForm String dir, @RestForm Integer pageSize, @RestForm Integer page,
                         @RestForm("hide") List<String> hidden) {
        ListQuery query = ListQuery.of(search, searchIn, sort, dir, pageSize, page, hidden);
        if (ids == null || ids.isEmpty()) {
            return fragment(query, List.of(), null, "Select the handsets to delete with the check box next to them.").render();
        }
        try {
            administration.delete(ids);
            return fragment(query, List.of(), ids.size() == 1 ? "1 handset deleted." : ids.size() + " handsets deleted.", null).render();
        } catch (UnknownEntityException e) {
            return fragment(query, List.of(), null, "Not deleted: a selected handset was deleted by another session meanwhile; nothing changed.").render();
        } catch (DectManagerUnreachableException e) {
            return fragment(query, ids, null, "Not deleted: the DECT manager is not reachable; nothing changed.").render();
        }
    }

    /** "Export": the selected entries (none selected: all) as the API's export file (POST /api/v1/mobile-devices/export). */
    @GET
    @Path("export")
    @Produces(MediaType.APPLICATION_JSON)
    public Response export(@QueryParam("id") List<String> ids) {
        MobileDeviceExport file = transfer.export(new MobileDeviceExportRequest(ids == null ? List.of() : ids));
        return Response.ok(file).header("Content-Disposition", "attachment; filename=\"mobile-devices.json\"").build();
    }

    /** "Import": an export file, validated as a whole (POST /api/v1/mobile-devices/import); any error and nothing is imported. */
    @POST
    @Path("import")
    @Produces(MediaType.TEXT_HTML)
    public String importFile(@RestForm("file") FileUpload file) {
        ListQuery query = ListQuery.of(null, null, null, null, null, null, null);
        if (file == null || file.uploadedFile() == null) {
            return fragment(query, List.of(), null, "Not imported: choose an export file first.").render();
        }
        MobileDeviceExport document;
        try {
            document = mapper.readValue(Files.readAllBytes(file.uploadedFile()), MobileDeviceExport.class);
        } catch (JacksonException e) {
            return fragment(query, List.of(), null, "Not imported: " + file.fileName() + " is not an export file of the Mobile devices list.").render();
        } catch (IOException e) {
            return fragment(query, List.of(), null, "Not imported: the file could not be read.").render();
        }
        try {
            int imported = transfer.importDocument(document).imported();
            return fragment(query, List.of(), imported + " handsets imported from " + file.fileName() + ".", null).render();
        } catch (InvalidValueException e) {
            return fragment(query, List.of(), null, "Not imported: " + e.field() + " " + e.rule() + "; nothing changed.").render();
        } catch (DectManagerUnreachableException e) {
            return fragment(query, List.of(), null, "Not imported: the DECT manager is not reachable; nothing changed.").render();
        }
    }

    private TemplateInstance fragment(ListQuery query, List<String> selected, String notice, String error) {
        List<MobileDeviceView> devices = administration.list();
        var rows = new ArrayList<List<String>>(devices.size());
        var keys = new ArrayList<String>(devices.size());
        boolean dmConnected = true;
        for (MobileDeviceView d : devices) {
            rows.add(row(d));
            keys.add(d.id());
            dmConnected &= d.dmConnected();
        }
        return list.data("result", query.apply(COLUMNS, rows, keys))
                .data("selected", selected == null ? Set.of() : Set.copyOf(selected))
                .data("dmConnected", dmConnected)
                .data("notice", notice)
                .data("error", error);
    }

    /** One line of the list as text, in the order of {@link #COLUMNS}; searched and sorted as shown. */
    static List<String> row(MobileDeviceView d) {
        String dect = d.regStatus() + ("Registered".equals(d.regStatus()) && !d.reachable() ? " (not reachable)" : "");
        String location = d.location() == null ? "" : d.location() + (d.dmConnected() ? "" : " (disconnected)");
        return Arrays.asList(text(d.ipui()), text(d.handsetName()), location, dect, d.dnd() ? "on" : "off", text(d.type()),
                text(d.firmware()), text(d.pin()), text(d.voipAccount().username()), text(d.voipAccount().displayName()),
                d.sip().state(), text(d.internalNumber()), text(d.internalName()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
