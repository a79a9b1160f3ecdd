package io.multicell.integrator.floorplan;

/** The handset simulator did not answer, or answered with an error of its own. */
public class SimulatorUnreachableException extends RuntimeException {

    public SimulatorUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
