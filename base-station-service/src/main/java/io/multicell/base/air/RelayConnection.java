package io.multicell.base.air;

import io.multicell.base.call.VoiceFrame;

/** The transport end of one VoiceRelay stream (gateway side); used only from the air thread. */
public interface RelayConnection {

    /** Sends an uplink frame to the gateway; a stream that already ended drops it. */
    void send(VoiceFrame frame);

    /** Ends the stream normally (the gateway closed its side). */
    void complete();

    /** Ends the stream: no bearer of that call here (any more). NOT_FOUND. */
    void notFound(String description);

    /** Ends the stream because the gateway broke the protocol: INVALID_ARGUMENT naming field and rule. */
    void rejectInvalid(String field, String rule);

    /** Ends the stream because the base goes off the air: UNAVAILABLE. */
    void abort(String description);
}
