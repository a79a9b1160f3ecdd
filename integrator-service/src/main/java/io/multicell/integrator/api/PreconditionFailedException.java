package io.multicell.integrator.api;

/** If-Match named a version that is no longer the stored one (HTTP 412); nothing was changed. */
public class PreconditionFailedException extends RuntimeException {

    private final String current;

    public PreconditionFailedException(String current) {
        super(IfMatch.HEADER + ": does not match the stored version " + current);
        this.current = current;
    }

    /** The ETag of what is stored now. */
    public String current() {
        return current;
    }
}
