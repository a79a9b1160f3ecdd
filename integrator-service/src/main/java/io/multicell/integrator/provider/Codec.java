package io.multicell.integrator.provider;

import io.multicell.integrator.api.Labelled;

/** The voice codecs a profile can activate; the code is what the SIP gateway is sent. */
public enum Codec implements Labelled {
    G722("G.722"),
    PCMA("PCMA"),
    PCMU("PCMU"),
    G729A("G.729A");

    private final String label;

    Codec(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
