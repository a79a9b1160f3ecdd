package io.multicell.integrator.system.dect;

import io.multicell.integrator.api.ConflictException;
import io.multicell.integrator.persistence.SetupRepository;
import io.multicell.integrator.persistence.SystemSettingsRepository;
import io.multicell.integrator.persistence.SystemSettingsRepository.DectRadio;
import io.multicell.integrator.setup.DectRadioBand;
import io.multicell.integrator.setup.SystemSetup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * "Settings > System > DECT settings". ECO DECT and the security settings are stored here; the radio band is the
 * system setup's (the first login chose it; this page changes that same value). Nothing is pushed to the DECT
 * manager: it has no call for these settings yet.
 */
@ApplicationScoped
public class DectConfiguration {

    private final SystemSettingsRepository repository;
    private final SetupRepository setup;
    private final Clock clock;

    public DectConfiguration(SystemSettingsRepository repository, SetupRepository setup, Clock clock) {
        this.repository = repository;
        this.setup = setup;
        this.clock = clock;
    }

    public DectSettings current() {
        DectRadio radio = repository.dect();
        return DectSettings.of(radio.power(), radio.security(), setup.find().map(SystemSetup::dectRadioBand).orElse(null));
    }

    /** Every rule is checked before anything is stored; the band first, as it alone may be refused by the state. */
    public synchronized DectSettings update(DectSettingsRequest request) {
        DectRadio radio = repository.dect();
        DectRadioBand band = setup.find().map(SystemSetup::dectRadioBand).orElse(null);
        if (request == null) {
            return DectSettings.of(radio.power(), radio.security(), band);
        }
        DectRadio next = new DectRadio(request.power(radio.power()), request.security(radio.security()));
        DectRadioBand nextBand = request.band(band);
        if (nextBand != band && band == null) {
            throw new ConflictException("dectRadioBand", "is chosen at the first login; complete the first login first");
        }
        if (nextBand != band && !setup.updateDectRadioBand(nextBand, clock.instant())) {
            throw new ConflictException("dectRadioBand", "is chosen at the first login; complete the first login first");
        }
        if (!next.equals(radio)) {
            repository.saveDect(next);
        }
        return DectSettings.of(next.power(), next.security(), nextBand);
    }
}
