package io.multicell.integrator.floorplan;

import io.multicell.integrator.api.ConflictException;

/** Moving a handset needs the handset simulator, and the integrator was not given one (409). */
public class SimulatorNotConfiguredException extends ConflictException {

    public SimulatorNotConfiguredException() {
        super("simulator", "must be configured (multicell.integrator.simulator.url): only virtual handsets can be moved");
    }
}
