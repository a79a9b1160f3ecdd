package io.multicell.integrator.telephony;

import io.multicell.integrator.provider.ProviderProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The SIP side of the configuration of record that is not per handset: the 20 provider/PBX profiles, the VoIP
 * settings and the Audio switch. Together with the handsets' VoIP accounts it makes what the SIP gateway is sent.
 *
 * @param profiles exactly 20, profile n at index n - 1
 */
public record TelephonyConfiguration(List<ProviderProfile> profiles, VoipSettings voip, AudioSettings audio) {

    public TelephonyConfiguration {
        profiles = List.copyOf(profiles);
        if (profiles.size() != ProviderProfile.PROFILES) {
            throw new IllegalArgumentException("there are " + ProviderProfile.PROFILES + " profiles, not " + profiles.size());
        }
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).id() != i + 1) {
                throw new IllegalArgumentException("profile " + profiles.get(i).id() + " at position " + (i + 1));
            }
        }
        Objects.requireNonNull(voip, "voip");
        Objects.requireNonNull(audio, "audio");
    }

    /** Nothing configured: every profile unused, the manual's defaults. */
    public static TelephonyConfiguration defaults() {
        var profiles = new ArrayList<ProviderProfile>(ProviderProfile.PROFILES);
        for (int id = 1; id <= ProviderProfile.PROFILES; id++) {
            profiles.add(ProviderProfile.unused(id));
        }
        return new TelephonyConfiguration(profiles, VoipSettings.defaults(), AudioSettings.defaults());
    }

    /** Profile {@code id}, 1..20. */
    public ProviderProfile profile(int id) {
        return profiles.get(id - 1);
    }

    public TelephonyConfiguration withProfile(ProviderProfile profile) {
        var next = new ArrayList<>(profiles);
        next.set(profile.id() - 1, profile);
        return new TelephonyConfiguration(next, voip, audio);
    }

    public TelephonyConfiguration withVoip(VoipSettings next) {
        return new TelephonyConfiguration(profiles, next, audio);
    }

    public TelephonyConfiguration withAudio(AudioSettings next) {
        return new TelephonyConfiguration(profiles, voip, next);
    }
}
