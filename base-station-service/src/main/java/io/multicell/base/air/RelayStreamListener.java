package io.multicell.base.air;

import io.multicell.core.identity.Ipui;
import java.net.InetSocketAddress;

/** Transport events of one VoiceRelay stream; called from transport threads, handled on the air thread. */
public interface RelayStreamListener {

    /** RelayOpen: the gateway feeds the bearer of this call and takes its uplink voice at {@code uplink}. */
    void onOpen(String callId, Ipui ipui, InetSocketAddress uplink);

    /** A message the base cannot read. */
    void onInvalid(String field, String rule);

    /** The gateway ended the stream, or it broke. */
    void onEnded();
}
