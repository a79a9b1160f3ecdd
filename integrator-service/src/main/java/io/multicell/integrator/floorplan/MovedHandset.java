package io.multicell.integrator.floorplan;

import io.multicell.integrator.basestation.Position;

/** Answer to a move: where the virtual handset is now and the base it listens to right after the move. */
public record MovedHandset(String ipui, String simulatorId, Position position, String lockedBaseMac, boolean outOfRange) {
}
