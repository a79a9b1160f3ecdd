package io.multicell.cluster;

/** A service process that did not come up: it exited, or was not ready in time. The message names it and its log. */
public class ServiceStartException extends IllegalStateException {

    public ServiceStartException(String message) {
        super(message);
    }
}
