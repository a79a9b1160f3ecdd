package io.multicell.integrator.provider;

import io.multicell.integrator.api.Labelled;

/** When the outbound proxy is used: Always (all requests go to it) or Never. */
public enum OutboundProxyMode implements Labelled {
    ALWAYS("Always"),
    NEVER("Never");

    private final String label;

    OutboundProxyMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
