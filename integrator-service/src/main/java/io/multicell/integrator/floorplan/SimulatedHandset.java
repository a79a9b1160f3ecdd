package io.multicell.integrator.floorplan;

import io.multicell.core.radio.FloorPosition;

/**
 * A virtual handset as the simulator reports it.
 *
 * @param lockedBaseMac the base it listens to, null when out of range
 * @param reachable     in range of at least one base in service
 * @param callState     IDLE, DIALLING, ..., CONNECTED or RELEASED
 */
public record SimulatedHandset(String id, String ipui, FloorPosition position, String lockedBaseMac, boolean reachable,
                               String callState) {

    public boolean inCall() {
        return callState != null && !"IDLE".equals(callState) && !"RELEASED".equals(callState);
    }
}
