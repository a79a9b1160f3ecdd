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
        PageFrame frame = pages.frame(identity, headers, pages.messages().statusOverviewTitle(), Menu.STATUS_OVERVIEW,
                pages.messages().helpStatusOverview());
        return pages.render(frame, page.data("integrator", integrator()).data("baseStations", baseStations())
                .data("mobileDevices", mobileDevices()));
    }

    private List<Line> integrator() {
        WebMessages msg = pages.messages();
        SystemSetup setup = firstLogin.setup().orElse(null);
        String pari = msg.unknownDmUnreachable();
        try {
            DectManagerSummary summary = dm.summary();
            pari = summary.pari();
        } catch (RuntimeException e) {
            LOG.debugf("Overview without the DM: %s", e.getMessage());
        }
        return List.of(
                new Line(msg.overviewDeviceName(), "multicell-integrator"),
                new Line(msg.overviewDeviceRole(), setup == null ? "Integrator" : setup.deviceRole().label()),
                new Line(msg.overviewFrequencyBand(), setup == null ? msg.notSet() : setup.dectRadioBand().label()),
                new Line(msg.overviewPari(), pari),
                new Line(msg.overviewFirmwareVersion(), version),
                new Line(msg.overviewDateAndTime(), TIME.format(clock.instant())),
                new Line(msg.overviewLastBackup(), msg.never()));
    }

    private List<Line> baseStations() {
        WebMessages msg = pages.messages();
        BaseStationListView list = bases.list();
        long active = list.connected().stream().filter(BaseStationView::activated).count();
        long offline = list.connected().stream().filter(b -> "OFFLINE".equals(b.statusCode())).count();
        var lines = new ArrayList<Line>();
        lines.add(new Line(msg.overviewActiveBases(), Long.toString(active)));
        lines.add(new Line(msg.overviewPendingBases(), Integer.toString(list.pending().size())));
        lines.add(new Line(msg.overviewOnlineBases(), Long.toString(list.connected().size() - offline)));
        lines.add(new Line(msg.overviewOfflineBases(), Long.toString(offline)));
        if (!list.dmConnected()) {
            lines.add(new Line(msg.overviewDectManager(), msg.notReachable()));
        }
        return lines;
    }

    private List<Line> mobileDevices() {
        WebMessages msg = pages.messages();
        try {
            List<MobileDeviceView> devices = handsets.list();
            long registered = devices.stream().filter(d -> "REGISTERED".equals(d.regStatusCode())).count();
            long reachable = devices.stream().filter(d -> "REGISTERED".equals(d.regStatusCode()) && d.reachable()).count();
            long toRegister = devices.stream().filter(d -> "TO_REGISTER".equals(d.regStatusCode())).count();
            return List.of(
                    new Line(msg.overviewRegisteredHandsets(), reachable + "/" + registered),
                    new Line(msg.overviewHandsetsToRegister(), Long.toString(toRegister)));
        } catch (RuntimeException e) {
            LOG.debugf("Overview without mobile devices: %s", e.getMessage());
            return List.of(new Line(msg.mobileDevices(), msg.unknownDmUnreachable()));
        }
    }
}
