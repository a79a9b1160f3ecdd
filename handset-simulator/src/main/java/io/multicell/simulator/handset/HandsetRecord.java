package io.multicell.simulator.handset;

import io.multicell.core.identity.Ipui;
import io.multicell.core.radio.FloorPosition;
import java.util.Optional;

/**
 * A virtual handset as it survives a restart: what a real one keeps in flash.
 *
 * @param uak the user authentication key from its last accepted registration; never logged
 */
public record HandsetRecord(String id, Ipui ipui, String model, String firmware, FloorPosition position,
        Optional<byte[]> uak) {

    @Override
    public String toString() {
        return "HandsetRecord[id=" + id + ", ipui=" + ipui + ", model=" + model + ", firmware=" + firmware
                + ", position=" + position + ", registered=" + uak.isPresent() + "]";
    }
}
