package io.multicell.sip.registration;

import java.util.EnumSet;
import java.util.Set;

/** Registration state of one account (the manual's SIP column), with the states each may follow. */
public enum RegistrationState {
    /** Not yet tried, or the account cannot register (incomplete, transport not served). */
    NOT_REGISTERED,
    /** A REGISTER transaction (with its digest round trip and failover) is under way. */
    REGISTERING,
    /** The registrar accepted the binding; a refresh is scheduled before it expires. */
    REGISTERED,
    /** The last attempt failed; the next one waits for the failed-registration retry timer. */
    FAILED;

    /** States this one may follow; NOT_REGISTERED is only ever the first state. */
    public Set<RegistrationState> legalPrevious() {
        return switch (this) {
            case NOT_REGISTERED -> EnumSet.noneOf(RegistrationState.class);
            case REGISTERING -> EnumSet.of(NOT_REGISTERED, REGISTERED, FAILED);
            case REGISTERED, FAILED -> EnumSet.of(REGISTERING);
        };
    }
}
