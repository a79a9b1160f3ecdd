package io.multicell.integrator.system.network;

import io.multicell.integrator.api.Labelled;

/** The manual's "IP address type" of the device: from a DHCP server (Dynamic) or fixed (Static). */
public enum IpAddressAssignment implements Labelled {
    DHCP("Dynamic"),
    STATIC("Static");

    private final String label;

    IpAddressAssignment(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
