package io.multicell.simulator.handset;

/** The handset has had no call since it was switched on. */
public class NoCallException extends RuntimeException {

    public NoCallException(String id) {
        super("handset " + id + " has had no call");
    }
}
