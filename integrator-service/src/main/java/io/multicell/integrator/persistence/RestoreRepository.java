package io.multicell.integrator.persistence;

import io.multicell.integrator.basestation.BaseStationPlan;
import io.multicell.integrator.handset.HandsetEntry;
import io.multicell.integrator.handset.RegistrationWindow;
import io.multicell.integrator.setup.SystemSetup;
import io.multicell.integrator.system.network.NetworkSettings;
import io.multicell.integrator.system.time.DateTimeSettings;
import io.multicell.integrator.telephony.CallSettings;
import io.multicell.integrator.telephony.TelephonyConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * "Restoring configuration data": replaces every part of the configuration of record in ONE transaction, through the
 * same statements the owning repositories use. Either all of it is restored or nothing changed. A part the file does
 * not have (IP/LAN, Date and time, DECT settings in files saved before they were added; the setup) stays as it is.
 */
@ApplicationScoped
public class RestoreRepository {

    private final DataSource dataSource;
    private final Clock clock;

    public RestoreRepository(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * The whole configuration at once. The plans are written at the revisions given (the caller chooses revisions the
     * DM does not run, so the reconciler pushes them); the SIP configuration revision becomes 0 for the same reason.
     * The registration window is closed: a saved window must not open registration again.
     */
    public void restore(BaseStationPlan bases, boolean ledDisplay, TelephonyConfiguration telephony, CallSettings callSettings,
                        List<HandsetEntry> handsets, long handsetPlanRevision, RegistrationWindow window,
                        Optional<SystemSetup> setup, Optional<NetworkSettings> network, Optional<DateTimeSettings> dateAndTime,
                        Optional<SystemSettingsRepository.DectRadio> dect) {
        Timestamp now = Timestamp.from(clock.instant());
        Transactions.run(dataSource, "Cannot restore the configuration", c -> {
            ConfigurationRepository.writePlan(c, bases, now);
            ConfigurationRepository.writeLedDisplay(c, ledDisplay, now);
            TelephonyRepository.replace(c, telephony, callSettings, now);
            HandsetRepository.replaceEntries(c, handsets, handsetPlanRevision, now);
            HandsetRepository.saveWindow(c, window, now);
            if (setup.isPresent()) {
                SetupRepository.write(c, setup.get());
            }
            // A part a file saved before it was in the file does not have: the current settings stay.
            if (network.isPresent()) {
                SystemSettingsRepository.writeNetwork(c, network.get(), now);
            }
            if (dateAndTime.isPresent()) {
                SystemSettingsRepository.writeDateTime(c, dateAndTime.get(), now);
            }
            if (dect.isPresent()) {
                SystemSettingsRepository.writeDect(c, dect.get(), now);
            }
        });
    }
}
