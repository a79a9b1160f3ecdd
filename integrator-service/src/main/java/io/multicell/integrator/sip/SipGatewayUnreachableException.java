package io.multicell.integrator.sip;

/** The SIP gateway did not answer (down, unreachable or too slow): retriable, nothing was changed (HTTP 503). */
public class SipGatewayUnreachableException extends RuntimeException {

    public SipGatewayUnreachableException(String detail, Throwable cause) {
        super("SIP gateway not reachable: " + detail, cause);
    }
}
