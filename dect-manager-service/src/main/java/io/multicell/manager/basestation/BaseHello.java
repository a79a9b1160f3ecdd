package io.multicell.manager.basestation;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.FloorPosition;

/** Who a base says it is when it opens its control stream. */
public record BaseHello(MacAddress mac, String firmware, String ipAddress, FloorPosition position, boolean local) {

    public BaseHello {
        firmware = firmware == null ? "" : firmware;
        ipAddress = ipAddress == null ? "" : ipAddress;
        if (position == null) {
            position = new FloorPosition(0, 0);
        }
    }

    public LastSeen lastSeen() {
        return new LastSeen(firmware, ipAddress, local);
    }
}
