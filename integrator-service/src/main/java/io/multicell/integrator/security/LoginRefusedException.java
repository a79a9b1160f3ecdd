package io.multicell.integrator.security;

import java.time.Duration;

/** A login that did not succeed: unknown user, wrong password, user ID not activated, or locked after failures. */
public class LoginRefusedException extends RuntimeException {

    private final Duration lockedFor;

    public LoginRefusedException(String message, Duration lockedFor) {
        super(message);
        this.lockedFor = lockedFor;
    }

    /** Zero unless the user ID is locked by the throttle. */
    public Duration lockedFor() {
        return lockedFor;
    }
}
