package io.multicell.sip.registration;

import java.util.Locale;

/** How a registration round ended: the tag of the {@code multicell.sip.registrations} counter. */
public enum RegistrationResult {
    /** 2xx: the binding is in place. */
    REGISTERED,
    /** A final error response (4xx after authentication, 5xx, 6xx, 3xx). */
    REJECTED,
    /** No server answered (transaction timeout) or the request could not be sent. */
    NO_ANSWER;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
