package io.multicell.simulator.handset;

/** The engine is stopped (starting up, or restarting): handsets cannot be changed right now. */
public class EngineNotRunningException extends IllegalStateException {

    public EngineNotRunningException() {
        super("the handset engine is not running");
    }
}
