package io.multicell.base.air;

import io.multicell.base.call.VoiceFrame;
import io.multicell.core.identity.Ipui;

/** Transport events of one VoiceRelay stream; called from transport threads, handled on the air thread. */
public interface RelayStreamListener {

    /** RelayOpen: the gateway feeds the bearer of this call. */
    void onOpen(String callId, Ipui ipui);

    /** A downlink frame from the gateway. */
    void onFrame(VoiceFrame frame);

    /** A message the base cannot read. */
    void onInvalid(String field, String rule);

    /** The gateway ended the stream, or it broke. */
    void onEnded();
}
