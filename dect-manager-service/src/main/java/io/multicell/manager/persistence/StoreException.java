package io.multicell.manager.persistence;

/** The database refused or was unreachable; retriable from the caller's point of view. */
public class StoreException extends RuntimeException {

    public StoreException(String what, Throwable cause) {
        super("database failure " + what + ": " + cause.getMessage(), cause);
    }
}
