package io.multicell.integrator.web.basestation;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.sync.SyncSettings;
import io.multicell.integrator.api.ConflictException;
import io.multicell.integrator.api.UnknownEntityException;
import io.multicell.integrator.basestation.BaseStationAdministration;
import io.multicell.integrator.basestation.BaseStationListView;
import io.multicell.integrator.basestation.BaseStationSettings;
import io.multicell.integrator.basestation.BaseStationView;
import io.multicell.integrator.basestation.ConfirmRequest;
import io.multicell.integrator.basestation.IpAddressType;
import io.multicell.integrator.basestation.LiveStateReader;
import io.multicell.integrator.basestation.PendingBaseStationView;
import io.multicell.integrator.dm.DectManagerUnreachableException;
import io.multicell.integrator.security.Roles;
import io.multicell.integrator.web.BaseStationsPage;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * The manual's data page of a base station ("Adding/Editing base stations", admin only): MAC address, DM Name, Status,
 * IP address, RFPI, firmware and Sync Level shown; Name / Location, IP address type and address, reduced transmitting
 * power, redundancy sync master, activation and the position on the floor plan edited with the API's rules (saved like
 * PUT /api/v1/base-stations/{mac}; confirming a pending base like POST /api/v1/base-stations). Delete base station and
 * Reboot base station, each after a Yes.
 */
@Path(Menu.BASE_STATIONS)
@RolesAllowed(Roles.ADMIN)
public class BaseStationPage {

    static final String FORM_ID = "baseStation";
    static final String PENDING = Menu.BASE_STATIONS + "/pending/";

    private static final List<Choice> IP_ADDRESS_TYPES = Arrays.stream(IpAddressType.values())
            .map(t -> new Choice(t.name(), t == IpAddressType.DHCP ? "Dynamic (DHCP)" : "Static")).toList();

    private final SettingsForms forms;
    private final BaseStationAdministration administration;
    private final LiveStateReader liveState;

    public BaseStationPage(SettingsForms forms, BaseStationAdministration administration, LiveStateReader liveState) {
        this.forms = forms;
        this.administration = administration;
        this.liveState = liveState;
    }

    @GET
    @Path("{mac}")
    @Produces(MediaType.TEXT_HTML)
    public Response edit(@Context HttpHeaders headers, @PathParam("mac") String mac) {
        MacAddress address = MacAddress.parse(mac);
        BaseStationView base = administration.get(address);
        return forms.page(headers, editForm(address), base, null, actions(address), Menu.BASE_STATIONS);
    }

    /** Set: as PUT /api/v1/base-stations/{mac}; a field another session changed meanwhile is reported, not overwritten. */
    @POST
    @Path("{mac}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public String update(@PathParam("mac") String mac, MultivaluedMap<String, String> form) {
        MacAddress address = MacAddress.parse(mac);
        return forms.submit(editForm(address), form, () -> administration.get(address), BaseStationSettings.class,
                settings -> administration.update(address, settings));
    }

    /** "Delete base station" after Yes: the base leaves the connected list (pending again while it is on the LAN). */
    @POST
    @Path("{mac}/delete")
    @Produces(MediaType.TEXT_HTML)
    public Response delete(@PathParam("mac") String mac) {
        MacAddress address = MacAddress.parse(mac);
        try {
            administration.delete(List.of(address));
            return Pages.htmxRedirect(Menu.BASE_STATIONS + "?notice=" + BaseStationsPage.DELETED);
        } catch (UnknownEntityException e) {
            return outcome("error", "Not deleted: " + address.value() + " was deleted by another session meanwhile.");
        } catch (DectManagerUnreachableException e) {
            return outcome("error", "Not deleted: the DECT manager is not reachable; nothing changed.");
        }
    }

    /** "Reboot base station" after Yes (POST /api/v1/base-stations/{mac}/reboot): its connections are terminated. */
    @POST
    @Path("{mac}/reboot")
    @Produces(MediaType.TEXT_HTML)
    public Response reboot(@PathParam("mac") String mac) {
        MacAddress address = MacAddress.parse(mac);
        try {
            administration.reboot(address);
            return outcome("notice", address.value() + " is rebooting; its connections were terminated.");
        } catch (ConflictException e) {
            return outcome("error", "Not rebooted: " + e.rule() + ".");
        } catch (UnknownEntityException e) {
            return outcome("error", "Not rebooted: " + address.value() + " " + e.rule() + ".");
        } catch (DectManagerUnreachableException e) {
            return outcome("error", "Not rebooted: the DECT manager is not reachable.");
        }
    }

    /** The data page of a pending base ("Assigning a base station to your DECT manager"), with the defaults of a new base. */
    @GET
    @Path("pending/{mac}")
    @Produces(MediaType.TEXT_HTML)
    public Response add(@Context HttpHeaders headers, @PathParam("mac") String mac) {
        MacAddress address = MacAddress.parse(mac);
        BaseStationListView list = administration.list();
        PendingBaseStationView pending = list.pending().stream().filter(p -> p.mac().equals(address.value())).findFirst()
                .orElseThrow(() -> new UnknownEntityException("mac", "is not a pending base station"));
        return forms.page(headers, addForm(address), blank(pending, list, liveState.read().dmName()), null, backLink(), Menu.BASE_STATIONS);
    }

    /** Confirm: as POST /api/v1/base-stations with the page's settings; then the connected list shows the base. */
    @POST
    @Path("pending/{mac}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(@PathParam("mac") String mac, MultivaluedMap<String, String> form) {
        MacAddress address = MacAddress.parse(mac);
        // A pending base has no stored settings another session could have changed; confirming it twice is a conflict.
        form.remove(EditConflict.SHOWN);
        var confirmed = new AtomicReference<BaseStationView>();
        String html = forms.submit(addForm(address), form, Map::of, ConfirmRequest.class, request -> {
            confirmed.set(administration.confirm(of(address, request)));
            return confirmed.get();
        });
        if (confirmed.get() != null) {
            return Pages.htmxRedirect(Menu.BASE_STATIONS + "?notice=" + BaseStationsPage.ADDED);
        }
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** The page's settings for the base of its path (the MAC is shown, not sent). */
    private static ConfirmRequest of(MacAddress mac, ConfirmRequest page) {
        return new ConfirmRequest(mac.value(), page.name(), page.ipAddressType(), page.staticIpAddress(), page.activated(),
                page.position(), null, page.syncLevel(), null, null, page.syncMasterRedundancy(), page.reducedTxPower());
    }

    static FormDefinition editForm(MacAddress mac) {
        return form(Menu.BASE_STATIONS + "/" + mac.value(), false);
    }

    static FormDefinition addForm(MacAddress mac) {
        return form(PENDING + mac.value(), true);
    }

    private static FormDefinition form(String path, boolean adding) {
        var builder = FormDefinition.builder(FORM_ID, path)
                .section("shown")
                .readOnly("mac")
                .readOnly("dmName")
                .readOnly("status")
                .readOnly("ipAddress")
                .readOnly("rfpi")
                .readOnly("firmware");
        if (adding) {
            builder.select("syncLevel", IntStream.rangeClosed(1, SyncSettings.MAX_SYNC_LEVEL)
                    .mapToObj(i -> new Choice(Integer.toString(i), Integer.toString(i))).toList());
        } else {
            builder.readOnly("syncLevelLabel");
        }
        return builder
                .section("edited")
                .text("name")
                .select("ipAddressType", IP_ADDRESS_TYPES)
                .text("staticIpAddress")
                .checkbox("reducedTxPower")
                .checkbox("syncMasterRedundancy")
                .checkbox("activated")
                .section("position")
                .decimal("position.x", "m")
                .decimal("position.y", "m")
                .build();
    }

    /** What a pending base gets on confirmation unless changed (the manual's defaults, as the API applies them). */
    private static Map<String, Object> blank(PendingBaseStationView pending, BaseStationListView list, String dmName) {
        var values = new LinkedHashMap<String, Object>();
        values.put("mac", pending.mac());
        values.put("dmName", dmName);
        values.put("status", "Pending");
        values.put("ipAddress", pending.ipAddress());
        values.put("firmware", pending.firmware());
        // The first base of a system is its sync master (level 1); the following ones synchronise to it.
        values.put("syncLevel", list.connected().isEmpty() ? 1 : 2);
        values.put("name", pending.local() ? BaseStationSettings.LOCAL_BASE_NAME : pending.mac());
        values.put("ipAddressType", IpAddressType.DHCP.name());
        values.put("reducedTxPower", false);
        values.put("syncMasterRedundancy", false);
        values.put("activated", true);
        values.put("position", pending.position());
        return values;
    }

    private static String actions(MacAddress mac) {
        String path = Menu.BASE_STATIONS + "/" + mac.value();
        return "<div class=\"actions\" id=\"base-actions\">"
                + "<button type=\"button\" id=\"delete-base\" hx-post=\"" + path + "/delete\" hx-target=\"#base-outcome\""
                + " hx-swap=\"innerHTML\" hx-confirm=\"Delete this base station? It is shown in the list of pending base stations again.\">"
                + "Delete base station</button> "
                + "<button type=\"button\" id=\"reboot-base\" hx-post=\"" + path + "/reboot\" hx-target=\"#base-outcome\""
                + " hx-swap=\"innerHTML\" hx-confirm=\"Reboot this base station? All connections it manages are terminated.\">"
                + "Reboot base station</button> "
                + "<a href=\"" + Menu.BASE_STATIONS + "\" id=\"back\">Back to the list</a></div>"
                + "<div id=\"base-outcome\"></div>";
    }

    private static String backLink() {
        return "<div class=\"actions\"><a href=\"" + Menu.BASE_STATIONS + "\" id=\"back\">Back to the list</a></div>";
    }

    private static Response outcome(String kind, String text) {
        return Response.ok("<p class=\"" + kind + "\" id=\"base-" + kind + "\">" + escape(text) + "</p>",
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
