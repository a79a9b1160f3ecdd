package io.multicell.sip;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Local settings of the gateway's SIP socket; the rest of the SIP configuration is pushed by the integrator. */
@ConfigMapping(prefix = "multicell.sip")
public interface SipSettings {

    /** Address the SIP socket binds to (MULTICELL_SIP_BIND_ADDRESS). */
    @WithDefault("0.0.0.0")
    String bindAddress();

    /** SIP port; when set it overrides the VoIP settings' SIP port, for local runs and tests (MULTICELL_SIP_PORT). */
    OptionalInt port();

    /** Host put in Via and Contact; default: the bind address, or the local address routed towards the server. */
    Optional<String> advertisedAddress();

    /** First RTP port of the calls' port pairs (even; RTCP = RTP + 1); unset with -max: any free pair (MULTICELL_SIP_RTP_PORT_MIN). */
    OptionalInt rtpPortMin();

    /** Last port of the RTP range (MULTICELL_SIP_RTP_PORT_MAX). */
    OptionalInt rtpPortMax();

    /**
     * UDP port of the gateway's one voice socket towards the bases, on the bind address; 0: an ephemeral port (the
     * bases learn it from each RelayOpen) (MULTICELL_SIP_VOICE_PORT).
     */
    @WithDefault("0")
    int voicePort();

    /** First wait before dialling the DM's CallControl again after a break (MULTICELL_SIP_DM_RECONNECT_BACKOFF_MIN). */
    @WithDefault("200ms")
    Duration dmReconnectBackoffMin();

    /** Longest wait between attempts; the wait doubles up to it (MULTICELL_SIP_DM_RECONNECT_BACKOFF_MAX). */
    @WithDefault("2S")
    Duration dmReconnectBackoffMax();

    /**
     * How long one second of the session timer lasts: 1 s; tests shorten it so that a 90 s session expires in
     * seconds (MULTICELL_SIP_SESSION_TIMER_SECOND). The headers still carry the configured seconds.
     */
    @WithDefault("1S")
    Duration sessionTimerSecond();

    /**
     * How long the gateway waits for the ACK of the 200 OK it sent for an incoming call before it ends the call with
     * BYE (RFC 3261 13.3.1.4); default 64 x T1 of the VoIP settings (32 s at 500 ms). Tests shorten it
     * (MULTICELL_SIP_ACK_WAIT).
     */
    Optional<Duration> ackWait();
}
