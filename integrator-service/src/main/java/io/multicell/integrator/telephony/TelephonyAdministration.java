package io.multicell.integrator.telephony;

import io.multicell.integrator.persistence.TelephonyRepository;
import io.multicell.integrator.sip.SipConfigurationCoordinator;
import io.multicell.integrator.sip.UsedProfileRule;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The manual's Telephony pages: VoIP settings, Audio and Call settings go through the SIP configuration (validated,
 * pushed, committed); the gateway applies the access code and area codes of the Call settings to what handsets dial.
 */
@ApplicationScoped
public class TelephonyAdministration {

    private final SipConfigurationCoordinator coordinator;
    private final TelephonyRepository repository;

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
        if (request == null) {
            return callSettings();
        }
        return coordinator.changeCallSettings(request::applyTo);
    }

}
