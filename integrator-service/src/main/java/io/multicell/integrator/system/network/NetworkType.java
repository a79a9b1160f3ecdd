package io.multicell.integrator.system.network;

import io.multicell.integrator.api.Labelled;

/** The manual's "Network type": "Currently only IPv4 is supported." */
public enum NetworkType implements Labelled {
    IPV4("IPv4");

    private final String label;

    NetworkType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
