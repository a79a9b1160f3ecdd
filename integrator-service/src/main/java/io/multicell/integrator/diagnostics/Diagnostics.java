package io.multicell.integrator.diagnostics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.multicell.core.process.ServiceProcess;
import io.multicell.integrator.audit.AuditEntry;
import io.multicell.integrator.audit.AuditLog;
import io.multicell.integrator.backup.ConfigurationFile;
import io.multicell.integrator.backup.SaveAndRestore;
import io.multicell.integrator.basestation.ConfirmedBase;
import io.multicell.integrator.basestation.PlanCoordinator;
import io.multicell.integrator.dm.DectManagerClient;
import io.multicell.integrator.dm.DectManagerSummary;
import io.multicell.integrator.dm.LiveBaseStation;
import io.multicell.integrator.incident.Incident;
import io.multicell.integrator.incident.IncidentCsv;
import io.multicell.integrator.incident.IncidentList;
import io.multicell.integrator.persistence.TelephonyRepository;
import io.multicell.integrator.sip.SipAccountStatus;
import io.multicell.integrator.sip.SipGatewayClient;
import io.multicell.integrator.sip.SipGatewayStatus;
import io.multicell.integrator.statistics.StatisticsCsv;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * "Status > Incidents > Diagnostics": the standard set of diagnostic info as one tar archive (services.txt with versions,
 * uptime and health of the services and bases, the base station list with sync state, incidents, base station
 * statistics, SIP registrations, the recent audit log), plus the options Last incident sysdump and Save settings. A part
 * whose peer does not answer is left out and named in services.txt, so the download works while a peer is down, which
 * is when it is needed.
 */
@ApplicationScoped
public class Diagnostics {

    private static final Logger LOG = Logger.getLogger(Diagnostics.class);

    /** Audit entries in the file: the recent changes, not the whole history. */
    static final int AUDIT_ENTRIES = 500;

    public static final String SERVICES = "services.txt";
    public static final String BASE_STATIONS = "base-stations.csv";
    public static final String INCIDENTS = IncidentCsv.FILE_NAME;
    public static final String STATISTICS = StatisticsCsv.FILE_NAME;
    public static final String SIP_REGISTRATIONS = "sip-registrations.csv";
    public static final String AUDIT_LOG = "audit-log.csv";
    public static final String LAST_INCIDENT = "last-incident.txt";

    private final DectManagerClient dm;
    private final SipGatewayClient sipGateway;
    private final TelephonyRepository sip;
    private final PeerHealth health;
    private final PlanCoordinator bases;
    private final IncidentList incidents;
    private final AuditLog audit;
    private final SaveAndRestore saveAndRestore;
    private final ObjectMapper json;
    private final Clock clock;
    private final String version;

    public Diagnostics(DectManagerClient dm, SipGatewayClient sipGateway, TelephonyRepository sip, PeerHealth health,
                       PlanCoordinator bases, IncidentList incidents, AuditLog audit, SaveAndRestore saveAndRestore,
                       ObjectMapper json, Clock clock,
                       @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown") String version) {
        this.dm = dm;
        this.sipGateway = sipGateway;
        this.sip = sip;
        this.health = health;
        this.bases = bases;
        this.incidents = incidents;
        this.audit = audit;
        this.saveAndRestore = saveAndRestore;
        this.json = json;
        this.clock = clock;
        this.version = version;
    }

    /** The name a download made now gets. */
    public String fileName() {
        return fileName(clock.instant());
    }

    /** The manual's default name: MAC of the integrator (see {@link HostId}), version, date, "_diagnostics.tar". */
    public String fileName(Instant at) {
        String date = at.atZone(clock.getZone()).toLocalDate().toString();
        return (HostId.integratorMac() + "_" + version + "_" + date + "_diagnostics.tar").replaceAll("[^A-Za-z0-9._-]", "_");
    }

    public DiagnosticFile collect(DiagnosticOptions options) {
        Instant now = clock.instant();
        var missing = new LinkedHashMap<String, String>();
        var parts = new LinkedHashMap<String, String>();
        Optional<List<LiveBaseStation>> live = part(BASE_STATIONS, missing, dm::listBaseStations);
        live.ifPresent(l -> parts.put(BASE_STATIONS, baseStations(l)));
        part(INCIDENTS, missing, () -> IncidentCsv.write(incidents.newest(IncidentList.MAX_LIMIT))).ifPresent(t -> parts.put(INCIDENTS, t));
        part(STATISTICS, missing, () -> StatisticsCsv.write(dm.listBaseStatistics())).ifPresent(t -> parts.put(STATISTICS, t));
        Optional<SipGatewayStatus> registrations = part(SIP_REGISTRATIONS, missing, sipGateway::status);
        registrations.ifPresent(s -> parts.put(SIP_REGISTRATIONS, sipRegistrations(s)));
        part(AUDIT_LOG, missing, () -> auditLog(audit.newest(AUDIT_ENTRIES))).ifPresent(t -> parts.put(AUDIT_LOG, t));
        if (options.lastIncident()) {
            part(LAST_INCIDENT, missing, () -> lastIncident(incidents.newest(1))).ifPresent(t -> parts.put(LAST_INCIDENT, t));
        }
        if (options.saveSettings()) {
            // The file under the name Save settings gives it, so it can be restored as it is.
            part("device-settings.json", missing, saveAndRestore::save)
                    .ifPresent(file -> parts.put(saveAndRestore.fileName(file), backup(file)));
        }
        Optional<DectManagerSummary> summary = part("DECT manager information", missing, dm::summary);
        String services = services(now, options, summary, live, registrations, missing);

        var tar = new TarArchive().add(SERVICES, services, now);
        parts.forEach((name, text) -> tar.add(name, text, now));
        return new DiagnosticFile(fileName(now), tar.finish(), tar.names());
    }

    private static <T> Optional<T> part(String name, Map<String, String> missing, Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (RuntimeException e) {
            LOG.infof("Diagnostics without %s: %s", name, e.getMessage());
            missing.put(name, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return Optional.empty();
        }
    }

    private String services(Instant now, DiagnosticOptions options, Optional<DectManagerSummary> summary,
                            Optional<List<LiveBaseStation>> live, Optional<SipGatewayStatus> registrations,
                            Map<String, String> missing) {
        var text = new StringBuilder();
        text.append("Multicell diagnostics collected ").append(now).append('\n')
                .append("Options: save settings ").append(yesNo(options.saveSettings()))
                .append(", last incident sysdump ").append(yesNo(options.lastIncident()))
                .append(", core dump and RAM dump not available (no service writes core dumps; no CSS co-processor)\n\n");
        text.append("[integrator]\n")
                .append(process(now, Optional.of(ServiceProcess.current(version)), "integrator"))
                .append("java: ").append(System.getProperty("java.vm.name")).append(' ').append(Runtime.version()).append('\n')
                .append("host id (MAC): ").append(HostId.integratorMac()).append('\n')
                .append("health: SERVING (it wrote this file)\n\n");
        text.append("[dect-manager]\n")
                .append("grpc health: ").append(health.dectManager()).append('\n');
        summary.ifPresent(s -> text.append("name: ").append(s.name()).append('\n')
                .append("PARI: ").append(s.pari()).append('\n')
                .append("RPN group: ").append(s.rpnGroup()).append('\n')
                .append("plan revision: ").append(s.planRevision()).append(" (integrator's record: ")
                .append(bases.current().revision()).append(")\n")
                .append("LED display: ").append(s.ledDisplay() ? "on" : "off").append('\n'));
        text.append(process(now, summary.flatMap(DectManagerSummary::process), "DECT manager")).append('\n');
        text.append("[sip-gateway]\n")
                .append("grpc health: ").append(health.sipGateway()).append('\n');
        registrations.ifPresent(r -> text.append("configuration revision: ").append(r.revision())
                .append(" (integrator's record: ").append(sip.revision()).append(")\n")
                .append("accounts registered: ").append(r.accounts().values().stream()
                        .filter(a -> a.state() == io.multicell.integrator.sip.SipRegistrationState.REGISTERED).count())
                .append(" of ").append(r.accounts().size()).append('\n'));
        text.append(process(now, registrations.flatMap(SipGatewayStatus::process), "SIP gateway")).append('\n');
        text.append("[base-stations] (the DECT manager's view)\n");
        live.ifPresent(l -> l.stream().sorted(Comparator.comparing(b -> b.mac().value())).forEach(b -> text
                .append(b.mac().value()).append(": ").append(b.online() ? "online" : "offline")
                .append(", status ").append(b.status() == null ? "" : b.status().label())
                .append(", firmware ").append(b.firmware())
                .append(b.assigned() ? "" : ", pending").append('\n')));
        if (!missing.isEmpty()) {
            text.append("\n[not collected]\n");
            missing.forEach((part, why) -> text.append(part).append(": ").append(why).append('\n'));
        }
        return text.toString();
    }

    /** "version: …, started: …, uptime: …" of a peer, or why they are missing. */
    private static String process(Instant now, Optional<ServiceProcess> process, String peer) {
        return process.map(p -> "version: " + p.version() + "\nstarted: " + p.startedAt() + "\nuptime: "
                        + uptime(Duration.between(p.startedAt(), now)) + "\n")
                .orElse("version, uptime: not reported (the " + peer + " did not answer, or is older than this integrator)\n");
    }

    private String baseStations(List<LiveBaseStation> live) {
        var csv = new CsvTable("MAC address", "Name", "Connected", "Online", "Status", "RPN", "RFPI", "Sync type",
                "Sync source MAC", "Sync source RFPI", "Reference", "DECT level", "Firmware", "IP address", "LocalBS");
        Map<String, String> names = new LinkedHashMap<>();
        for (ConfirmedBase b : bases.current().bases()) {
            names.put(b.mac().value(), b.name());
        }
        live.stream().sorted(Comparator.comparing(b -> b.mac().value())).forEach(b -> csv.row(b.mac().value(),
                names.getOrDefault(b.mac().value(), ""), b.assigned(), b.online(), b.status() == null ? "" : b.status().label(),
                b.radio() == null ? "" : b.radio().rpn().value(), b.radio() == null ? "" : b.radio().rfpi(), b.syncType(),
                b.syncSourceMac() == null ? "" : b.syncSourceMac().value(), b.syncSourceRfpi(), b.reference(),
                b.effectiveSyncLevel(), b.firmware(), b.ipAddress(), b.local()));
        return csv.toString();
    }

    private static String sipRegistrations(SipGatewayStatus status) {
        var csv = new CsvTable("Account", "State", "Last status code", "Reason", "Registrar", "Next attempt in seconds");
        status.accounts().values().stream().sorted(Comparator.comparing(SipAccountStatus::accountId)).forEach(a -> csv.row(
                a.accountId(), a.state().label(), a.lastStatusCode(), a.reason(), a.registrar(), a.nextAttemptInSeconds()));
        return csv.toString();
    }

    private static String auditLog(List<AuditEntry> entries) {
        var csv = new CsvTable("Time", "User", "Action", "Target", "HTTP status");
        entries.forEach(e -> csv.row(e.at(), e.user(), e.action(), e.target(), e.outcome()));
        return csv.toString();
    }

    private static String lastIncident(List<Incident> newest) {
        if (newest.isEmpty()) {
            return "No incident recorded.\n";
        }
        Incident i = newest.get(0);
        return "id: " + i.id() + "\nevent id: " + i.eventId() + "\noccurred: " + i.occurredAt() + "\nreceived: " + i.receivedAt()
                + "\nseverity: " + IncidentCsv.label(i.severity()) + "\ntype: " + i.code() + "\nDECT manager: " + text(i.source())
                + "\nbase station: " + text(i.baseName()) + "\nMAC address: " + text(i.baseMac()) + "\ninfo: " + text(i.message()) + "\n";
    }

    private String backup(ConfigurationFile file) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the configuration file", e);
        }
    }

    private static String uptime(Duration d) {
        return String.format("%dd %02dh %02dm %02ds", d.toDays(), d.toHoursPart(), d.toMinutesPart(), d.toSecondsPart());
    }

    private static String yesNo(boolean on) {
        return on ? "yes" : "no";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
