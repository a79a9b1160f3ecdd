package io.multicell.base.air;

/** The transport end of one VoiceRelay stream (gateway side): control only, the voice goes by the voice socket; used only from the air thread. */
public interface RelayConnection {

    /** RelayAccepted: the bearer is fed from now on; the gateway sends its downlink voice to the base's voice socket. */
    void accepted();

    /** Ends the stream normally (the gateway closed its side). */
    void complete();

    /** Ends the stream: no bearer of that call here (any more). NOT_FOUND. */
    void notFound(String description);

    /** Ends the stream because the gateway broke the protocol: INVALID_ARGUMENT naming field and rule. */
    void rejectInvalid(String field, String rule);

    /** Ends the stream because the base goes off the air: UNAVAILABLE. */
    void abort(String description);
}
