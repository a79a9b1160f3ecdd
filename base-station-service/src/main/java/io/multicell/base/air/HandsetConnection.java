package io.multicell.base.air;

/** The transport end of one handset's air stream; used only from the air thread. */
public interface HandsetConnection {

    /** Sends a message down the stream; a stream that already ended drops it. */
    void send(Downlink message);

    /** Ends the stream normally. */
    void complete();

    /** Ends the stream because the handset broke the protocol: INVALID_ARGUMENT naming field and rule. */
    void rejectInvalid(String field, String rule);

    /** Ends the stream because the message came out of order: FAILED_PRECONDITION. */
    void rejectOutOfOrder(String description);

    /** Ends the stream because the base goes off the air: UNAVAILABLE. */
    void abort(String description);
}
