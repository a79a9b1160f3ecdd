package io.multicell.sip.media;

import io.multicell.proto.media.v1.RelayOpen;

/**
 * The radio side of the calls' voice: opens relay legs (a VoiceRelay.Relay stream to the base serving at
 * {@code relayEndpoint}, "host:port") and brings the uplink the bases send to the gateway to the call's anchor.
 */
public interface RelayConnector {

    /**
     * Opens the stream and sends {@code open} as its first message, with the uplink address filled in; the base's
     * answer and the end go to {@code listener}.
     */
    RelayLeg open(String relayEndpoint, RelayOpen open, RelayLeg.Listener listener);

    /** The uplink of the anchor's call goes to it from now on; its voice is marked with the call's RTP DSCP. */
    void attach(String callId, MediaAnchor anchor, int rtpDscp);

    /** The anchor's call takes no more uplink. */
    void detach(String callId, MediaAnchor anchor);
}
