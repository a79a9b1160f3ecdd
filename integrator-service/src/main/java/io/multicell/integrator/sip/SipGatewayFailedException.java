package io.multicell.integrator.sip;

/** The SIP gateway answered with an error the integrator cannot attribute to the request (HTTP 502). */
public class SipGatewayFailedException extends RuntimeException {

    public SipGatewayFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
