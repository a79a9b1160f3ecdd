package io.multicell.integrator.provider;

import io.multicell.integrator.api.Labelled;

/** The SDP attribute of a hold re-INVITE: a=inactive or a=sendonly. */
public enum HoldSignalling implements Labelled {
    INACTIVE("inactive"),
    SENDONLY("sendonly");

    private final String label;

    HoldSignalling(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
