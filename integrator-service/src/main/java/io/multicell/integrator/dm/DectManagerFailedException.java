package io.multicell.integrator.dm;

/** The DECT manager answered with an error the integrator cannot attribute to the request (HTTP 502). */
public class DectManagerFailedException extends RuntimeException {

    public DectManagerFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
