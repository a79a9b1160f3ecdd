package io.multicell.integrator.provider;

import io.multicell.integrator.api.Labelled;

/** "Send settings of DTMF transmission", used when automatic negotiation is off. */
public enum DtmfSendMode implements Labelled {
    AUDIO("Audio"),
    RFC2833("RFC 2833"),
    SIP_INFO("SIP INFO");

    private final String label;

    DtmfSendMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
