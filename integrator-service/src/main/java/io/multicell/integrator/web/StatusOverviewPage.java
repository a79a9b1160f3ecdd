package io.multicell.integrator.web;

import io.multicell.integrator.basestation.BaseStationAdministration;
import io.multicell.integrator.basestation.BaseStationListView;
import io.multicell.integrator.basestation.BaseStationView;
import io.multicell.integrator.dm.DectManagerClient;
import io.multicell.integrator.dm.DectManagerSummary;
import io.multicell.integrator.handset.HandsetAdministration;
import io.multicell.integrator.handset.MobileDeviceView;
import io.multicell.integrator.setup.FirstLogin;
import io.multicell.integrator.setup.SystemSetup;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** "Status > Overview": the manual's table of integrator status, base stations and mobile devices. */
@Path(Menu.STATUS_OVERVIEW)
@Authenticated
public class StatusOverviewPage {

    private static final Logger LOG = Logger.getLogger(StatusOverviewPage.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    /** One line of the table: a label and its value. */
    public record Line(String label, String value) {
    }

    private final Template page;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final DectManagerClient dm;
    private final BaseStationAdministration bases;
    private final HandsetAdministration handsets;
    private final FirstLogin firstLogin;
    private final Clock clock;
    private final String version;

    public StatusOverviewPage(@Location("status-overview.html") Template page, Pages pages, SecurityIdentity identity,
                              DectManagerClient dm, BaseStationAdministration bases, HandsetAdministration handsets,
                              FirstLogin firstLogin, Clock clock,
                              @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown") String version) {
        this.page = page;
        this.pages = pages;
        this.identity = identity;
        this.dm = dm;
        this.bases = bases;
        this.handsets = handsets;
        this.firstLogin = firstLogin;
        this.clock = clock;
        this.version = version;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@Context HttpHeaders headers) {
        PageFrame frame = pages.frame(identity, headers, "Overview", Menu.STATUS_OVERVIEW,
                "The status page offers important information on the system operation and the involved devices.");
        return pages.render(frame, page.data("integrator", integrator()).data("baseStations", baseStations())
                .data("mobileDevices", mobileDevices()));
    }

    private List<Line> integrator() {
        SystemSetup setup = firstLogin.setup().orElse(null);
        String pari = "unknown (DECT manager not reachable)";
        try {
            DectManagerSummary summary = dm.summary();
            pari = summary.pari();
        } catch (RuntimeException e) {
            LOG.debugf("Overview without the DM: %s", e.getMessage());
        }
        return List.of(
                new Line("Device name", "multicell-integrator"),
                new Line("Device role", setup == null ? "Integrator" : setup.deviceRole().label()),
                new Line("DECT Frequency band", setup == null ? "not set" : setup.dectRadioBand().label()),
                new Line("DECT PARI", pari),
                new Line("Firmware version", version),
                new Line("Date and time", TIME.format(clock.instant())),
                new Line("Last backup", "Never"));
    }

    private List<Line> baseStations() {
        BaseStationListView list = bases.list();
        long active = list.connected().stream().filter(BaseStationView::activated).count();
        long offline = list.connected().stream().filter(b -> "OFFLINE".equals(b.statusCode())).count();
        var lines = new ArrayList<Line>();
        lines.add(new Line("Number of active base stations", Long.toString(active)));
        lines.add(new Line("Number of pending base stations", Integer.toString(list.pending().size())));
        lines.add(new Line("Number of online base stations", Long.toString(list.connected().size() - offline)));
        lines.add(new Line("Number of offline base stations", Long.toString(offline)));
        if (!list.dmConnected()) {
            lines.add(new Line("DECT manager", "not reachable"));
        }
        return lines;
    }

    private List<Line> mobileDevices() {
        try {
            List<MobileDeviceView> devices = handsets.list();
            long registered = devices.stream().filter(d -> "REGISTERED".equals(d.regStatusCode())).count();
            long reachable = devices.stream().filter(d -> "REGISTERED".equals(d.regStatusCode()) && d.reachable()).count();
            long toRegister = devices.stream().filter(d -> "TO_REGISTER".equals(d.regStatusCode())).count();
            return List.of(
                    new Line("Number of registered mobile devices (reachable/all)", reachable + "/" + registered),
                    new Line("Number of mobile devices to register", Long.toString(toRegister)));
        } catch (RuntimeException e) {
            LOG.debugf("Overview without mobile devices: %s", e.getMessage());
            return List.of(new Line("Mobile devices", "unknown (DECT manager not reachable)"));
        }
    }
}
