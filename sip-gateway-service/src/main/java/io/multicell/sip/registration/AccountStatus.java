package io.multicell.sip.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What an account's registration looks like from outside, at one moment.
 *
 * @param lastStatusCode status code of the last final response, 0 when none came (timeout, nothing sent yet)
 * @param registrar the server that answered last ("host:port"), empty before any answer
 * @param nextAttempt when the next REGISTER (refresh or retry) is due, if one is scheduled
 */
public record AccountStatus(String accountId, RegistrationState state, int lastStatusCode, String reason, String registrar,
        Optional<Instant> nextAttempt) {

    /** Whole seconds until the next REGISTER, rounded up; 0 when none is scheduled or it is due. */
    public long secondsUntilNextAttempt(Clock clock) {
        return nextAttempt.map(at -> Duration.between(clock.instant(), at))
                .map(left -> left.isNegative() ? 0 : (left.toMillis() + 999) / 1000)
                .orElse(0L);
    }
}
