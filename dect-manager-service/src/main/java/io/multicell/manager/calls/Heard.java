package io.multicell.manager.calls;

import io.multicell.core.identity.MacAddress;

/** A base a handset hears, at this RSSI (dBm). */
public record Heard(MacAddress base, double rssiDbm) {
}
