package io.multicell.simulator.persistence;

/** PostgreSQL failed (unreachable, or a statement broke): the change did not happen. */
public class PersistenceException extends RuntimeException {

    public PersistenceException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
