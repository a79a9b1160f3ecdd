package io.multicell.simulator.handset;

/** A handset with this id exists already. */
public class DuplicateHandsetException extends RuntimeException {

    public DuplicateHandsetException(String message) {
        super(message);
    }
}
