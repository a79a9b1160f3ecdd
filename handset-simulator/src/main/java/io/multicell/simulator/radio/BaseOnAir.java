package io.multicell.simulator.radio;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.FloorPosition;

/**
 * A base station as the handsets may hear it, from the DM's list.
 *
 * @param rfpi        10 hex digits; empty while the base is pending
 * @param airEndpoint host:port of its AirInterface; empty before the base said Hello
 * @param inService   status Sync or Sync overload: only such a base transmits for handsets
 */
public record BaseOnAir(MacAddress mac, String rfpi, FloorPosition position, String airEndpoint, boolean inService) {

    public BaseOnAir {
        rfpi = rfpi == null ? "" : rfpi;
        airEndpoint = airEndpoint == null ? "" : airEndpoint;
    }

    /** Handsets can lock to it: in service and reachable. */
    public boolean usable() {
        return inService && !airEndpoint.isEmpty();
    }
}
