package io.multicell.base.link;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.FloorPosition;

/**
 * Who this base is, as it introduces itself in Hello (the IP address is added by the connector).
 *
 * @param airEndpoint host:port of the base's AirInterface, where handsets connect
 */
public record BaseIdentity(MacAddress mac, String firmware, FloorPosition position, boolean local, String airEndpoint) {
}
