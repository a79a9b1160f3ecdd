package io.multicell.integrator.system.reset;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.api.ConflictException;
import io.multicell.integrator.api.Labelled;
import io.multicell.integrator.dm.DectManagerClient;
import io.multicell.integrator.dm.LiveBaseStation;
import io.multicell.integrator.persistence.SetupRepository;
import io.multicell.integrator.persistence.SystemSettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * "Settings > System > Reboot and reset". Reboot: every connected base station of the DECT manager reboots (the
 * DM's RebootBaseStation call); the integrator and DM services are not restarted. Reset to factory settings: the
 * system settings of record (IP/LAN to the role's preset, Date and time, DECT settings) back to their factory values
 * and the device role set. Both need an explicit confirmation.
 */
@ApplicationScoped
public class RebootAndReset {

    /** What the factory reset sets back, in the menu's words. */
    public static final List<String> RESET = List.of("Network > IP/LAN", "System > Date and time",
            "System > DECT settings (except the DECT radio band)", "Device role");
    /** What it keeps for now: each is pushed to the DM or SIP gateway by its own coordinator, which a reset does not drive yet. */
    public static final List<String> KEPT = List.of("DECT radio band", "Users and passwords", "Base stations",
            "Mobile devices", "Provider or PBX profiles and Telephony settings", "Web security certificate");

    private final DectManagerClient dm;
    private final SystemSettingsRepository repository;
    private final SetupRepository setup;
    private final Clock clock;

    public RebootAndReset(DectManagerClient dm, SystemSettingsRepository repository, SetupRepository setup, Clock clock) {
        this.dm = dm;
        this.repository = repository;
        this.setup = setup;
        this.clock = clock;
    }

    /** "Reboot now": every confirmed base that is online reboots; offline ones are listed. */
    public RebootResult reboot(RebootRequest request) {
        if (request == null || !Boolean.TRUE.equals(request.confirm())) {
            throw new InvalidValueException("confirm", "must be true to reboot: every call is terminated");
        }
        List<String> rebooted = new ArrayList<>();
        List<String> offline = new ArrayList<>();
        for (LiveBaseStation base : dm.listBaseStations()) {
            if (!base.assigned()) {
                continue;
            }
            if (!base.online()) {
                offline.add(base.mac().value());
                continue;
            }
            try {
                dm.reboot(base.mac());
                rebooted.add(base.mac().value());
            } catch (ConflictException e) {
                // Went offline between the list and the call.
                offline.add(base.mac().value());
            }
        }
        return new RebootResult(rebooted, offline);
    }

    /** "Reset to device": needs the role and {@code confirm: true}; the first login must be done (it sets the role). */
    public synchronized FactoryResetResult factoryReset(FactoryResetRequest request) {
        if (request == null || request.resetTo() == null || request.resetTo().isBlank()) {
            throw new InvalidValueException("resetTo", "must be one of " + Labelled.codes(ResetRole.class));
        }
        ResetRole role = Labelled.parse(ResetRole.class, "resetTo", request.resetTo());
        if (!Boolean.TRUE.equals(request.confirm())) {
            throw new InvalidValueException("confirm", "must be true to reset: the settings are lost");
        }
        if (setup.find().isEmpty()) {
            throw new ConflictException("resetTo", "the first login is not completed yet; it chooses the device role");
        }
        repository.factoryReset(role.network(), role.deviceRole());
        return new FactoryResetResult(role, clock.instant(), RESET, KEPT);
    }
}
