package io.multicell.manager.basestation;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.FloorPosition;

/**
 * Who a base says it is when it opens its control stream.
 *
 * @param airEndpoint host:port of the base's AirInterface (where handsets connect); empty when not reported
 */
public record BaseHello(MacAddress mac, String firmware, String ipAddress, FloorPosition position, boolean local, String airEndpoint) {

    public BaseHello {
        firmware = firmware == null ? "" : firmware;
        ipAddress = ipAddress == null ? "" : ipAddress;
        airEndpoint = airEndpoint == null ? "" : airEndpoint;
        if (position == null) {
            position = new FloorPosition(0, 0);
        }
    }

    /** A Hello without an air endpoint (bases from before the handset issue). */
    public BaseHello(MacAddress mac, String firmware, String ipAddress, FloorPosition position, boolean local) {
        this(mac, firmware, ipAddress, position, local, "");
    }

    public LastSeen lastSeen() {
        return new LastSeen(firmware, ipAddress, local, airEndpoint);
    }
}
