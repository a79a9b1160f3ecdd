package io.multicell.simulator.handset;

/** A registration was asked for while the handset is still registering. */
public class RegistrationInProgressException extends RuntimeException {

    public RegistrationInProgressException(String id) {
        super("handset " + id + " is registering; wait for its result");
    }
}
