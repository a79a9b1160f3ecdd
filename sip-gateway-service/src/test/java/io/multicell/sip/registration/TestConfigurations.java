package io.multicell.sip.registration;

import java.util.List;

import io.multicell.sip.config.OutboundProxyMode;
import io.multicell.sip.config.ProviderProfile;
import io.multicell.sip.config.SipAccount;
import io.multicell.sip.config.SipConfiguration;
import io.multicell.sip.config.Transport;
import io.multicell.sip.config.VoipSettings;

/** Configurations for tests: the demo PBX's subscribers (1001..1030, password pw + number) on a profile. */
public final class TestConfigurations {

    private TestConfigurations() {
    }

    /** Profile 1: domain 127.0.0.1, proxy 127.0.0.1:{@code port}, refresh {@code refreshSeconds}. */
    public static ProviderProfile profile(int port, long refreshSeconds) {
        return new ProviderProfile(1, "Demo PBX", "127.0.0.1", "127.0.0.1", port, refreshSeconds, Transport.UDP, "", 0,
                OutboundProxyMode.NEVER, "", 0, List.of("PCMA", "PCMU"), 20, false);
    }

    public static VoipSettings voip(long t1Ms, long retrySeconds) {
        var defaults = VoipSettings.defaults();
        return new VoipSettings(defaults.sipPort(), defaults.secureSipPort(), t1Ms, defaults.sessionTimerSeconds(),
                retrySeconds, defaults.subscriptionTimerSeconds(), false, defaults.sipTos(), defaults.rtpTos());
    }

    /** Subscriber {@code user} of the demo PBX, with its right password. */
    public static SipAccount subscriber(String user) {
        return account(user, "pw" + user);
    }

    public static SipAccount account(String user, String password) {
        return new SipAccount("hs-" + user, 1, user, password, user, "Handset " + user, "");
    }

    public static SipConfiguration configuration(long revision, VoipSettings voip, ProviderProfile profile, SipAccount... accounts) {
        return new SipConfiguration(revision, voip, List.of(profile), List.of(accounts));
    }
}
