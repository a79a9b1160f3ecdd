package io.multicell.manager.basestation;

import io.multicell.core.InvalidValueException;

/** The DM's end of one base's control stream. Called only from the control loop, so implementations need no locking. */
public interface ControlLink {

    /** Sends a command; a link that is already closed drops it. */
    void send(BaseCommand command);

    /** Ends the stream because a newer stream for the same MAC took over. */
    void replaced();

    /** Ends the stream because the base broke the protocol. */
    void reject(InvalidValueException violation);
}
