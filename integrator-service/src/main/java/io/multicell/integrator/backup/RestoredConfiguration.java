package io.multicell.integrator.backup;

import io.multicell.integrator.basestation.ConfirmedBase;
import io.multicell.integrator.handset.HandsetEntry;
import io.multicell.integrator.persistence.SystemSettingsRepository.DectRadio;
import io.multicell.integrator.setup.SystemSetup;
import io.multicell.integrator.system.network.NetworkSettings;
import io.multicell.integrator.system.time.DateTimeSettings;
import io.multicell.integrator.telephony.CallSettings;
import io.multicell.integrator.telephony.TelephonyConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A configuration file that passed every rule: the values the configuration of record takes on restore.
 *
 * @param bases                without RPN/RFPI (the DM assigns them)
 * @param setup                empty: the file has none and the current one stays
 * @param network              empty: the file has no IP/LAN part (saved before it had one) and the current settings stay;
 *                             the same for {@code dateAndTime} and {@code dect}
 */
public record RestoredConfiguration(List<ConfirmedBase> bases, boolean ledDisplay, TelephonyConfiguration telephony,
                                    CallSettings callSettings, List<HandsetEntry> handsets, Duration registrationDuration,
                                    Optional<SystemSetup> setup, Optional<NetworkSettings> network,
                                    Optional<DateTimeSettings> dateAndTime, Optional<DectRadio> dect) {
}
