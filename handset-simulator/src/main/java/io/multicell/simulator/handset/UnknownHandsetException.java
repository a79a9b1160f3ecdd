package io.multicell.simulator.handset;

/** No handset has this id. */
public class UnknownHandsetException extends RuntimeException {

    public UnknownHandsetException(String id) {
        super("no handset with id " + id);
    }
}
