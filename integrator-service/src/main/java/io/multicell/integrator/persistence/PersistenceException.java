package io.multicell.integrator.persistence;

/** PostgreSQL could not be read or written; a fault of the installation, not of the request (HTTP 500). */
public class PersistenceException extends RuntimeException {

    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
