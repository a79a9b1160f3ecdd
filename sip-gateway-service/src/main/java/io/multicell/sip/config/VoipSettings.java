package io.multicell.sip.config;

/** General VoIP settings of the Telephony pages, with the manual's defaults. */
public record VoipSettings(
        long sipPort,
        long secureSipPort,
        long t1Ms,
        long sessionTimerSeconds,
        long failedRegistrationRetrySeconds,
        long subscriptionTimerSeconds,
        boolean prack,
        long sipTos,
        long rtpTos) {

    /** The manual's defaults: SIP port 5060/5061, T1 500 ms, session timer 1800 s, retry 300 s, ToS 34/46. */
    public static VoipSettings defaults() {
        return new VoipSettings(5060, 5061, 500, 1800, 300, 1800, false, 34, 46);
    }
}
