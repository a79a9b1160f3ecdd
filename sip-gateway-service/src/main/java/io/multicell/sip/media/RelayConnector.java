package io.multicell.sip.media;

import io.multicell.proto.media.v1.RelayOpen;

/** Opens relay legs: a VoiceRelay.Relay stream to the base serving at {@code relayEndpoint} ("host:port"). */
public interface RelayConnector {

    /** Opens the stream and sends {@code open} as its first message; uplink frames and the end go to {@code uplink}. */
    RelayLeg open(String relayEndpoint, RelayOpen open, RelayLeg.Uplink uplink);
}
