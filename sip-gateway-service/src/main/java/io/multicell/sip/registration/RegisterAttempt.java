package io.multicell.sip.registration;

import java.util.Optional;

import io.multicell.sip.config.HostPort;

/**
 * One REGISTER request to send.
 *
 * @param attemptId identifies the request among the account's attempts; answers to older ones are ignored
 * @param nextHop the server the request goes to (pre-loaded as a loose Route)
 * @param authorization credentials answering the last challenge, if any
 */
public record RegisterAttempt(
        String accountId,
        long attemptId,
        HostPort nextHop,
        String username,
        String domain,
        String displayName,
        String callId,
        String fromTag,
        long cseq,
        int expiresSeconds,
        int t1Ms,
        Optional<Credentials> authorization) {

    /** An Authorization (answering a 401) or Proxy-Authorization (answering a 407) header value. */
    public record Credentials(boolean forProxy, String headerValue) {

        public String headerName() {
            return forProxy ? "Proxy-Authorization" : "Authorization";
        }
    }
}
