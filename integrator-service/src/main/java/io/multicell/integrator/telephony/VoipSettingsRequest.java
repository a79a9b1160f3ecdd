package io.multicell.integrator.telephony;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The VoIP settings page as a request; absent fields keep their value. */
@Schema(name = "VoipSettingsRequest", description = "Fields of the VoIP settings; absent fields keep their value")
public record VoipSettingsRequest(
        Integer sipPort,
        Integer secureSipPort,
        Integer t1Ms,
        Integer sessionTimerSeconds,
        Integer failedRegistrationRetrySeconds,
        Integer subscriptionTimerSeconds,
        Boolean prack,
        Integer sipTos,
        Integer rtpTos) {

    public VoipSettings applyTo(VoipSettings current) {
        return new VoipSettings(
                or(sipPort, current.sipPort()),
                or(secureSipPort, current.secureSipPort()),
                or(t1Ms, current.t1Ms()),
                or(sessionTimerSeconds, current.sessionTimerSeconds()),
                or(failedRegistrationRetrySeconds, current.failedRegistrationRetrySeconds()),
                or(subscriptionTimerSeconds, current.subscriptionTimerSeconds()),
                or(prack, current.prack()),
                or(sipTos, current.sipTos()),
                or(rtpTos, current.rtpTos()));
    }

    private static <T> T or(T given, T current) {
        return given == null ? current : given;
    }
}
