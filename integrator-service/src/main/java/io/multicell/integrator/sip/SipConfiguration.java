package io.multicell.integrator.sip;

import io.multicell.integrator.telephony.CallSettings;
import io.multicell.integrator.telephony.VoipSettings;
import java.util.List;

/**
 * What the SIP gateway is sent, whole, at a revision: the VoIP settings, every configured profile (the part the
 * gateway acts on), every handset's SIP account and the Call settings (their dialling part is sent).
 */
public record SipConfiguration(long revision, VoipSettings voip, List<SipProfile> profiles, List<SipAccount> accounts,
        CallSettings callSettings) {

    public SipConfiguration {
        profiles = List.copyOf(profiles);
        accounts = List.copyOf(accounts);
    }

    public SipConfiguration atRevision(long next) {
        return new SipConfiguration(next, voip, profiles, accounts, callSettings);
    }

    /** Same settings, profiles and accounts whatever the revision: the gateway would have nothing to do. */
    public boolean sameContent(SipConfiguration other) {
        return other != null && voip.equals(other.voip) && profiles.equals(other.profiles) && accounts.equals(other.accounts)
                && callSettings.equals(other.callSettings);
    }
}
