package io.multicell.integrator.sip;

/**
 * The registration of one account as the gateway reported it.
 *
 * @param lastStatusCode status code of the last final response, null when there was none (e.g. no answer)
 * @param registrar      "host:port" that answered, null if none
 */
public record SipAccountStatus(String accountId, SipRegistrationState state, Integer lastStatusCode, String reason, String registrar,
                               int nextAttemptInSeconds) {
}
