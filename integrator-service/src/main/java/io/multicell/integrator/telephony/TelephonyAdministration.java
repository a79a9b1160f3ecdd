package io.multicell.integrator.telephony;

import io.multicell.integrator.persistence.TelephonyRepository;
import io.multicell.integrator.sip.SipConfigurationCoordinator;
import io.multicell.integrator.sip.UsedProfileRule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The manual's Telephony pages: VoIP settings and Audio go through the SIP configuration (validated, pushed, committed);
 * Call settings concern the handsets' dialling and are stored only.
 */
@ApplicationScoped
public class TelephonyAdministration {

    private final SipConfigurationCoordinator coordinator;
    private final TelephonyRepository repository;
    /** Read-modify-write of the call settings page: two edits must not lose each other's fields. */
    private final ReentrantLock callSettingsWriter = new ReentrantLock();

    public TelephonyAdministration(SipConfigurationCoordinator coordinator, TelephonyRepository repository) {
        this.coordinator = coordinator;
        this.repository = repository;
    }

    public VoipSettings voip() {
        return coordinator.current().voip();
    }

    public VoipSettings updateVoip(VoipSettingsRequest request) {
        if (request == null) {
            return voip();
        }
        return coordinator.change((current, usage) -> current.withVoip(request.applyTo(current.voip())), UsedProfileRule.PROFILE_PAGE)
                .voip();
    }

    public AudioView audio() {
        return AudioView.of(coordinator.current().audio());
    }

    public AudioView updateAudio(AudioRequest request) {
        if (request == null) {
            return audio();
        }
        return AudioView.of(coordinator.change((current, usage) -> current.withAudio(request.applyTo(current.audio())),
                UsedProfileRule.AUDIO_PAGE).audio());
    }

    public CallSettings callSettings() {
        return repository.loadCallSettings();
    }

    public CallSettings updateCallSettings(CallSettingsRequest request) {
        callSettingsWriter.lock();
        try {
            CallSettings current = repository.loadCallSettings();
            if (request == null) {
                return current;
            }
            CallSettings next = request.applyTo(current);
            if (!next.equals(current)) {
                repository.saveCallSettings(next);
            }
            return next;
        } finally {
            callSettingsWriter.unlock();
        }
    }
}
