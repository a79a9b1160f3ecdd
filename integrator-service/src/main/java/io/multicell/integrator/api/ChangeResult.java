package io.multicell.integrator.api;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.dm.DectManagerFailedException;
import io.multicell.integrator.dm.DectManagerUnreachableException;
import io.multicell.integrator.sip.SipGatewayFailedException;
import io.multicell.integrator.sip.SipGatewayUnreachableException;

/** How an API change ended; the bounded "result" tag of the change counter. */
public enum ChangeResult {
    APPLIED,
    INVALID,
    NOT_FOUND,
    CONFLICT,
    PRECONDITION_FAILED,
    DM_UNREACHABLE,
    DM_FAILED,
    SIP_UNREACHABLE,
    SIP_FAILED,
    ERROR;

    /** The result a failure stands for: the same taxonomy the exception mappers answer with. */
    public static ChangeResult of(Throwable failure) {
        if (failure instanceof InvalidValueException) {
            return INVALID;
        }
        if (failure instanceof UnknownEntityException) {
            return NOT_FOUND;
        }
        if (failure instanceof ConflictException) {
            return CONFLICT;
        }
        if (failure instanceof PreconditionFailedException) {
            return PRECONDITION_FAILED;
        }
        if (failure instanceof DectManagerUnreachableException) {
            return DM_UNREACHABLE;
        }
        if (failure instanceof DectManagerFailedException) {
            return DM_FAILED;
        }
        if (failure instanceof SipGatewayUnreachableException) {
            return SIP_UNREACHABLE;
        }
        if (failure instanceof SipGatewayFailedException) {
            return SIP_FAILED;
        }
        return ERROR;
    }

    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
