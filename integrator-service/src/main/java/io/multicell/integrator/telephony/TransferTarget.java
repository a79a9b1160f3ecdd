package io.multicell.integrator.telephony;

import io.multicell.integrator.api.Labelled;

/** How the transfer target address (Refer-To URI) is derived. */
public enum TransferTarget implements Labelled {
    AOR("From transfer target's AOR"),
    CONTACT("From transfer target's transport address");

    private final String label;

    TransferTarget(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
