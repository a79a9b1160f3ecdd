package io.multicell.sip.registration;

/** Sends REGISTER requests and reports their outcome: the SIP stack as registration sees it. */
public interface RegisterTransport {

    /**
     * Uses this local endpoint from now on.
     *
     * @return whether it differs from the one in use (then transactions under way are lost and every account must
     *     register again)
     */
    boolean configure(LocalEndpoint endpoint);

    /**
     * Sends one REGISTER. The outcome arrives on the listener, from a thread of the transport.
     *
     * @throws SendFailedException when the request cannot leave (socket not available, unknown host)
     */
    void send(RegisterAttempt attempt, Listener listener) throws SendFailedException;

    /** Outcome of one REGISTER. */
    interface Listener {

        /** A final response (provisional ones are not reported). */
        void onResponse(long attemptId, RegisterResponse response);

        /** No final response within the transaction timeout (64 x T1). */
        void onTimeout(long attemptId, String description);
    }

    /** The request could not be sent at all. */
    class SendFailedException extends Exception {

        public SendFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
