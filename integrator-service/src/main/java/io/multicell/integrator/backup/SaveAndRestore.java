package io.multicell.integrator.backup;

import io.multicell.integrator.backup.ConfigurationFile.SavedBaseStations;
import io.multicell.integrator.backup.ConfigurationFile.SavedMobileDevices;
import io.multicell.integrator.backup.ConfigurationFile.SavedSetup;
import io.multicell.integrator.backup.ConfigurationFile.SavedSystem;
import io.multicell.integrator.backup.ConfigurationFile.SavedTelephony;
import io.multicell.integrator.basestation.BaseStationPlan;
import io.multicell.integrator.basestation.ConfirmedBase;
import io.multicell.integrator.basestation.PlanCoordinator;
import io.multicell.integrator.basestation.TransferredBase;
import io.multicell.integrator.dm.DectManagerClient;
import io.multicell.integrator.handset.HandsetPlan;
import io.multicell.integrator.handset.HandsetPlanCoordinator;
import io.multicell.integrator.handset.LiveSubscriptions;
import io.multicell.integrator.handset.RegistrationWindow;
import io.multicell.integrator.handset.SubscriptionReader;
import io.multicell.integrator.persistence.RestoreRepository;
import io.multicell.integrator.persistence.SetupRepository;
import io.multicell.integrator.persistence.SystemSettingsRepository;
import io.multicell.integrator.provider.ProviderProfile;
import io.multicell.integrator.sip.SipConfigurationCoordinator;
import io.multicell.integrator.telephony.AudioRequest;
import io.multicell.integrator.telephony.TelephonyConfiguration;
import io.multicell.integrator.persistence.TelephonyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * "Settings > System > Save and restore". Save writes the configuration of record as one {@link ConfigurationFile}.
 * Restore checks the whole file first ({@link ConfigurationFileRules}), then, while every coordinator holds its changes
 * back, replaces the configuration of record in one transaction, and hands it to the DM and the SIP gateway through the
 * coordinators' own repair path: the plans are stored at revisions the peers do not run, so their reconcile pushes them
 * now and, if a peer is down, at the reconciler's next check after it is back.
 */
@ApplicationScoped
public class SaveAndRestore {

    private static final Logger LOG = Logger.getLogger(SaveAndRestore.class);

    private final PlanCoordinator bases;
    private final HandsetPlanCoordinator handsets;
    private final SipConfigurationCoordinator sip;
    private final TelephonyRepository telephony;
    private final SetupRepository setup;
    private final SystemSettingsRepository systemSettings;
    private final RestoreRepository restore;
    private final SubscriptionReader subscriptions;
    private final DectManagerClient dm;
    private final Clock clock;
    private final String version;

    public SaveAndRestore(PlanCoordinator bases, HandsetPlanCoordinator handsets, SipConfigurationCoordinator sip,
                          TelephonyRepository telephony, SetupRepository setup, SystemSettingsRepository systemSettings,
                          RestoreRepository restore,
                          SubscriptionReader subscriptions, DectManagerClient dm, Clock clock,
                          @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown") String version) {
        this.bases = bases;
        this.handsets = handsets;
        this.sip = sip;
        this.telephony = telephony;
        this.setup = setup;
        this.systemSettings = systemSettings;
        this.restore = restore;
        this.subscriptions = subscriptions;
        this.dm = dm;
        this.clock = clock;
        this.version = version;
    }

    /** "Save settings": the configuration of record now. */
    public ConfigurationFile save() {
        LiveSubscriptions live = subscriptions.read();
        // What the DM reports is recorded as requests the way every push does: a handset that registered is saved Registered.
        HandsetPlan handsetPlan = live.adoptInto(handsets.current());
        TelephonyConfiguration sipSide = sip.current();
        return new ConfigurationFile(ConfigurationFile.FORMAT, clock.instant(),
                new SavedSystem("multicell-integrator", version, pari()),
                setup.find().map(s -> new SavedSetup(s.dectRadioBand().name(), s.deviceRole().name())).orElse(null),
                new SavedBaseStations(bases.ledDisplay(), bases.current().bases().stream().map(TransferredBase::of).toList()),
                sipSide.profiles().stream().filter(p -> !p.equals(ProviderProfile.unused(p.id()))).map(SavedParts::profile).toList(),
                new SavedTelephony(SavedParts.voip(sipSide.voip()), new AudioRequest(sipSide.audio().g722Enabled()),
                        SavedParts.callSettings(telephony.loadCallSettings())),
                new SavedMobileDevices(handsetPlan.window().duration().toSeconds(),
                        handsetPlan.entries().stream().map(SavedParts::device).toList()),
                SavedParts.network(systemSettings.network()), SavedParts.dateAndTime(systemSettings.dateTime()),
                SavedParts.dect(systemSettings.dect()));
    }

    /** The manual's default file name: system, firmware version, date of export, "_device-settings". */
    public String fileName(ConfigurationFile file) {
        String system = file.system() == null || file.system().pari() == null ? "multicell" : file.system().pari();
        String date = file.savedAt().atZone(clock.getZone()).toLocalDate().toString();
        return (system + "_" + version + "_" + date + "_device-settings.json").replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** "Restoring configuration data": a file that breaks a rule changes nothing (InvalidValueException names the value). */
    public RestoreResult restore(ConfigurationFile file) {
        RestoredConfiguration restored = ConfigurationFileRules.check(file, handsets.maxHandsets(), clock.instant());
        // Revisions above what the peers run (when they answer), so their reconcile sees the restored plans as new.
        long dmPlanRevision = peerRevision(() -> dm.summary().planRevision());
        long dmHandsetRevision = peerRevision(() -> subscriptions.require().planRevision());
        bases.exclusively(() -> handsets.exclusively(() -> sip.exclusively(() -> {
            BaseStationPlan current = bases.current();
            // The RPN/RFPI a base has now stays until the DM assigns anew; a base new to this system gets one on the push.
            var plan = new BaseStationPlan(Math.max(current.revision(), dmPlanRevision) + 1, restored.bases().stream()
                    .map(b -> b.withRadio(current.find(b.mac()).flatMap(ConfirmedBase::radioIdentity).orElse(null)))
                    .toList());
            long handsetRevision = Math.max(handsets.current().revision(), dmHandsetRevision) + 1;
            restore.restore(plan, restored.ledDisplay(), restored.telephony(), restored.callSettings(), restored.handsets(),
                    handsetRevision, new RegistrationWindow(null, restored.registrationDuration(), null, null), restored.setup(),
                    restored.network(), restored.dateAndTime(), restored.dect());
            return null;
        })));
        LOG.infof("Configuration restored: %d base stations, %d handset entries; pushing to the DECT manager and the SIP gateway",
                restored.bases().size(), restored.handsets().size());
        String dectManager = push("base station plan", bases::reconcile);
        if (RestoreResult.APPLIED.equals(dectManager)) {
            dectManager = push("handset plan", handsets::reconcile);
        }
        String sipGateway = push("SIP configuration", sip::reconcile);
        int configured = (int) restored.telephony().profiles().stream().filter(ProviderProfile::configured).count();
        return new RestoreResult(clock.instant(), restored.bases().size(), configured, restored.handsets().size(), dectManager, sipGateway);
    }

    private String pari() {
        try {
            return dm.summary().pari();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static long peerRevision(java.util.function.LongSupplier revision) {
        try {
            return revision.getAsLong();
        } catch (RuntimeException unreachable) {
            return 0;
        }
    }

    private static String push(String what, BooleanSupplier reconcile) {
        try {
            reconcile.getAsBoolean();
            return RestoreResult.APPLIED;
        } catch (RuntimeException e) {
            LOG.warnf("Restored %s not pushed yet (the reconciler retries): %s", what, e.getMessage());
            return "not yet: " + e.getMessage();
        }
    }
}
