package io.multicell.integrator.telephony;

import io.multicell.integrator.api.TextRules;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "General VoIP settings" of the Telephony pages; pushed to the SIP gateway with the profiles and accounts. */
@Schema(name = "VoipSettings")
public record VoipSettings(
        @Schema(description = "SIP port 1..65535 (default 5060)") int sipPort,
        @Schema(description = "Secure SIP port (TLS) 1..65535 (default 5061)") int secureSipPort,
        @Schema(description = "SIP timer T1 in ms, 50..9999 (default 500)") int t1Ms,
        @Schema(description = "SIP session timer in seconds, 90..9999 (default 1800)") int sessionTimerSeconds,
        @Schema(description = "Failed registration retry timer in seconds, 10..9999 (default 300)") int failedRegistrationRetrySeconds,
        @Schema(description = "Subscription timer in seconds, 1..99999 (default 1800)") int subscriptionTimerSeconds,
        @Schema(description = "PRACK (reliable provisional responses)") boolean prack,
        @Schema(description = "SIP ToS / DiffServ 0..63 (default 34)") int sipTos,
        @Schema(description = "RTP ToS / DiffServ 0..63 (default 46)") int rtpTos) {

    public VoipSettings {
        TextRules.port("sipPort", sipPort);
        TextRules.port("secureSipPort", secureSipPort);
        // The manual gives only the default (500 ms); the gateway's bounds keep retransmissions sane.
        TextRules.range("t1Ms", t1Ms, 50, 9999, " ms");
        TextRules.range("sessionTimerSeconds", sessionTimerSeconds, 90, 9999, " seconds (max. 4 digits, min. 90)");
        TextRules.range("failedRegistrationRetrySeconds", failedRegistrationRetrySeconds, 10, 9999, " seconds (max. 4 digits, min. 10)");
        TextRules.range("subscriptionTimerSeconds", subscriptionTimerSeconds, 1, 99999, " seconds");
        TextRules.range("sipTos", sipTos, 0, 63, "");
        TextRules.range("rtpTos", rtpTos, 0, 63, "");
        if (sipPort == secureSipPort) {
            throw new io.multicell.core.InvalidValueException("secureSipPort", "must differ from the SIP port");
        }
    }

    /** The manual's defaults. */
    public static VoipSettings defaults() {
        return new VoipSettings(5060, 5061, 500, 1800, 300, 1800, false, 34, 46);
    }
}
