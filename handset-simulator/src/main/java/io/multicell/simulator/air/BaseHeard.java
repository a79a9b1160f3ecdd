package io.multicell.simulator.air;

/** A base a handset hears: its MAC as the base announces it, and the RSSI in dBm. */
public record BaseHeard(String baseMac, double rssiDbm) {
}
