package io.multicell.base.call;

/** A base a handset hears, as the handset reports it (MAC as the base announces it). */
public record BaseHeard(String baseMac, double rssiDbm) {
}
