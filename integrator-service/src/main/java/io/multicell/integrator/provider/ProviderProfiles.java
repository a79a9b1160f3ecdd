package io.multicell.integrator.provider;

import io.multicell.integrator.api.ConflictException;
import io.multicell.integrator.api.UnknownEntityException;
import io.multicell.integrator.sip.SipConfigurationCoordinator;
import io.multicell.integrator.sip.UsedProfileRule;
import io.multicell.integrator.telephony.TelephonyConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** The manual's "Provider or PBX profiles" page: list, edit and delete (reset) the 20 profiles. */
@ApplicationScoped
public class ProviderProfiles {

    private final SipConfigurationCoordinator coordinator;

    public ProviderProfiles(SipConfigurationCoordinator coordinator) {
        this.coordinator = coordinator;
    }

    public List<ProviderProfileView> list() {
        TelephonyConfiguration configuration = coordinator.current();
        Map<Integer, Integer> usage = coordinator.usage();
        return configuration.profiles().stream().map(p -> ProviderProfileView.of(p, usage.getOrDefault(p.id(), 0))).toList();
    }

    public ProviderProfileView get(String id) {
        int profileId = parseId(id);
        return ProviderProfileView.of(coordinator.current().profile(profileId), coordinator.usage().getOrDefault(profileId, 0));
    }

    /** The stored profile (the document the API's ETag is of; the view adds how many handsets use it). */
    public ProviderProfile profile(String id) {
        return coordinator.current().profile(parseId(id));
    }

    /** Edit: absent fields keep their value; pushed to the SIP gateway when it changes what the gateway acts on. */
    public ProviderProfileView update(String id, ProviderProfileRequest request) {
        int profileId = parseId(id);
        ProviderProfileRequest edit = request == null ? empty() : request;
        TelephonyConfiguration next = coordinator.change((current, usage) -> current.withProfile(edit.applyTo(current.profile(profileId))),
                UsedProfileRule.PROFILE_PAGE);
        return ProviderProfileView.of(next.profile(profileId), coordinator.usage().getOrDefault(profileId, 0));
    }

    /** Delete: the profile goes back to its factory setting (not configured); refused while handsets use it. */
    public void delete(String id) {
        int profileId = parseId(id);
        coordinator.change((current, usage) -> {
            int users = usage.getOrDefault(profileId, 0);
            if (users > 0) {
                throw new ConflictException("id", current.profile(profileId).name() + " is the VoIP provider of " + users
                        + " handset(s); choose another provider for them first");
            }
            return current.withProfile(ProviderProfile.unused(profileId));
        }, UsedProfileRule.PROFILE_PAGE);
    }

    static int parseId(String id) {
        try {
            int parsed = Integer.parseInt(id);
            if (parsed >= 1 && parsed <= ProviderProfile.PROFILES) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Same answer as an id out of range.
        }
        throw new UnknownEntityException("id", "is not a provider profile (1.." + ProviderProfile.PROFILES + ")");
    }

    private static ProviderProfileRequest empty() {
        return new ProviderProfileRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
