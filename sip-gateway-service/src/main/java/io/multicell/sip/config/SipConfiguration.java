package io.multicell.sip.config;

import java.util.List;
import java.util.Optional;

/** The whole SIP configuration as the integrator pushes it: one versioned snapshot. */
public record SipConfiguration(long revision, VoipSettings voip, List<ProviderProfile> profiles, List<SipAccount> accounts,
        DialRules dialRules) {

    /** Without dial settings: numbers go out as dialled. */
    public SipConfiguration(long revision, VoipSettings voip, List<ProviderProfile> profiles, List<SipAccount> accounts) {
        this(revision, voip, profiles, accounts, DialRules.NONE);
    }

    public SipConfiguration {
        profiles = List.copyOf(profiles);
        accounts = List.copyOf(accounts);
    }

    /** Nothing configured yet: what the gateway runs with until the integrator's first push. */
    public static SipConfiguration empty() {
        return new SipConfiguration(0, VoipSettings.defaults(), List.of(), List.of());
    }

    public Optional<ProviderProfile> profile(int id) {
        return profiles.stream().filter(profile -> profile.id() == id).findFirst();
    }
}
