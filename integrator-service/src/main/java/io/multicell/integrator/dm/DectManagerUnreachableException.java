package io.multicell.integrator.dm;

/** The DECT manager did not answer (down, unreachable or too slow): retriable, nothing was changed (HTTP 503). */
public class DectManagerUnreachableException extends RuntimeException {

    public DectManagerUnreachableException(String detail, Throwable cause) {
        super("DECT manager not reachable: " + detail, cause);
    }
}
