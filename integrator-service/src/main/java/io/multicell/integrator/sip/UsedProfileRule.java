package io.multicell.integrator.sip;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.provider.ProviderProfile;
import io.multicell.integrator.telephony.TelephonyConfiguration;
import java.util.Map;

/**
 * What a profile needs while handsets register with it (the gateway's rule, checked first here): a domain (the AoR
 * host part) and at least one codec the system may use. The fields blamed depend on the page that broke it.
 *
 * @param domainField field named when a used profile loses its domain
 * @param codecField  field named when a used profile is left without a usable codec
 */
public record UsedProfileRule(String domainField, String codecField) {

    /** For the provider profile page. */
    public static final UsedProfileRule PROFILE_PAGE = new UsedProfileRule("domain", "codecs");
    /** For the Audio page: only turning G.722 off can break a profile. */
    public static final UsedProfileRule AUDIO_PAGE = new UsedProfileRule("domain", "g722Enabled");

    void check(TelephonyConfiguration configuration, Map<Integer, Integer> usage) {
        usage.forEach((id, handsets) -> {
            ProviderProfile profile = configuration.profile(id);
            if (!profile.configured()) {
                throw new InvalidValueException(domainField, "is required: " + handsets + " handset(s) use " + profile.name());
            }
            if (SipProfile.activeCodecs(profile, configuration.audio().g722Enabled()).isEmpty()) {
                throw new InvalidValueException(codecField, profile.name() + " is used by " + handsets
                        + " handset(s) and needs an active codec other than G.722 while G.722 is off on the Audio page");
            }
        });
    }
}
